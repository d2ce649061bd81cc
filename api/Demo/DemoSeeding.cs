using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;

using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Demo;

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

/// <summary>
/// The demo data set, kept out of the production features: registered and run from Program, never
/// referenced by a feature (an architecture test holds that).
/// </summary>
public static class DemoSeeding
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<DemoOptions>(config.GetSection(DemoOptions.Section));
        foreach (var type in typeof(IDemoSeeder).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDemoSeeder).IsAssignableFrom(t)))
            services.AddScoped(typeof(IDemoSeeder), type);
        return services;
    }

    /// <summary>
    /// Refuses <c>Demo__Seed</c> where it is not allowed (the app does not start), then fills a
    /// database without businesses, every seeder in order inside one transaction.
    /// </summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Demo");
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        try
        {
            demo.EnsureAllowedIn(app.Environment);
        }
        catch (InvalidOperationException e)
        {
            log.DemoSeedRefused(e.Message);
            throw;
        }
        if (!demo.Seed) return;

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbSession>();
        if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM Businesses") > 0) return;
        var context = new DemoContext(sp.GetRequiredService<TimeProvider>().GetUtcNow());
        var seeders = sp.GetServices<IDemoSeeder>().OrderBy(s => s.Order).ToList();
        await db.BeginAsync(CancellationToken.None);
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(db, context, CancellationToken.None);
            if (log.IsEnabled(LogLevel.Information)) log.SeederDone(seeder.GetType().Name);
        }
        await db.CommitAsync(CancellationToken.None);
    }
}

/// <summary>The demo data set's log messages (source-generated).</summary>
internal static partial class DemoLog
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "{Reason}")]
    public static partial void DemoSeedRefused(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Seeder} done")]
    public static partial void SeederDone(this ILogger logger, string seeder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account ({Role}): {Email} / {Password}")]
    public static partial void DemoAccount(this ILogger logger, string role, string email, string password);
}
