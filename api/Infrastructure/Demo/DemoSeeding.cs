using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Infrastructure.Demo;

/// <summary>Configuration section <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";
    /// <summary>Fill an empty database with the demo data set.</summary>
    public bool Seed { get; set; }

    /// <summary>
    /// The demo data set includes staff accounts whose passwords are printed in the README, so seeding
    /// runs only in the Development (and Testing) environments unless this is set as well.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }

    /// <summary>
    /// Throws (the app does not start) when <see cref="Seed"/> is asked for outside Development and
    /// Testing without <see cref="AllowOutsideDevelopment"/>: a production database must never get
    /// accounts with published passwords by a stray environment variable.
    /// </summary>
    public void EnsureAllowedIn(IHostEnvironment environment)
    {
        if (!Seed || AllowOutsideDevelopment || environment.IsDevelopment() || environment.IsEnvironment("Testing")) return;
        throw new InvalidOperationException(
            $"Demo__Seed=true is refused in the {environment.EnvironmentName} environment: the demo data set creates staff " +
            "accounts whose passwords are published in the README. Unset Demo__Seed, or set Demo__AllowOutsideDevelopment=true " +
            "if this really is a demonstration server.");
    }
}

/// <summary>
/// One area's part of the demo data set. Seeders run in <see cref="Order"/> inside one transaction
/// when the database has no business yet; each must be deterministic (seeded <see cref="Random"/>).
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }
    Task SeedAsync(DbSession db, DemoContext context, CancellationToken ct);
}

/// <summary>
/// Shared facts between seeders: the demo "now" (from the injected TimeProvider) and "today" (its WIB
/// date), and ids created by earlier seeders. Seeders build every date from these, never from the machine clock.
/// </summary>
public sealed class DemoContext(DateTimeOffset now)
{
    public DateTimeOffset Now { get; } = now;
    /// <summary>The demo "today": the WIB date of <see cref="Now"/>.</summary>
    public DateOnly Today => Domain.OfficeTime.DateOf(Now);
    public List<int> BusinessIds { get; } = [];
    public Dictionary<string, int> UserIds { get; } = [];
    public Dictionary<string, object> Items { get; } = [];
}

public static class DemoSeedingExtensions
{
    public static IServiceCollection AddDemoSeeders(this IServiceCollection services)
    {
        foreach (var type in typeof(IDemoSeeder).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoSeeder).IsAssignableFrom(t)))
            services.AddScoped(typeof(IDemoSeeder), type);
        return services;
    }
}
