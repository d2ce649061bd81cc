using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Recomputes readiness when a rule version takes effect: at start-up and then every day just after
/// WIB midnight (from the injected TimeProvider). It recomputes the rows whose result may have changed
/// by date (StaleOn reached: rule versions, certificate expiry, KSWP deadlines), rows written before
/// the catalogue existed (UpcomingMissing is null) and businesses without a row, 500 per transaction
/// as <see cref="Readiness.RecomputeManyAsync"/> does elsewhere.
/// </summary>
public sealed class ReadinessRefreshJob(IServiceProvider services, TimeProvider clock, ILogger<ReadinessRefreshJob> logger) : BackgroundService
{
    private const int Batch = 500;

    private const string DueSql = """
        SELECT b.Id FROM Businesses b
        WHERE NOT EXISTS (SELECT 1 FROM BusinessReadiness r WHERE r.BusinessId = b.Id)
        UNION
        SELECT BusinessId FROM BusinessReadiness WHERE StaleOn <= @Today OR UpcomingMissing IS NULL
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var count = await RunOnceAsync(services, clock, stoppingToken);
                if (count > 0) logger.LogInformation("Readiness recomputed for {Count} businesses", count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { logger.LogWarning(e, "Readiness refresh failed; retrying at the next WIB midnight"); }
            try { await Task.Delay(UntilNextWibMidnight(clock.GetUtcNow()), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Time from <paramref name="now"/> to one minute after the next midnight in WIB.</summary>
    public static TimeSpan UntilNextWibMidnight(DateTimeOffset now)
    {
        var local = now.ToOffset(OfficeTime.Offset);
        var next = new DateTimeOffset(local.Date.AddDays(1).AddMinutes(1), OfficeTime.Offset);
        return next - now;
    }

    /// <summary>One pass; returns how many businesses were recomputed.</summary>
    public static async Task<int> RunOnceAsync(IServiceProvider services, TimeProvider clock, CancellationToken ct)
    {
        List<int> due;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            due = (await db.QueryAsync<int>(DueSql, new { Today = OfficeTime.Today(clock) }, ct)).ToList();
        }
        foreach (var chunk in due.Chunk(Batch))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            await db.BeginAsync(ct);
            await Readiness.RecomputeManyAsync(db, clock.GetUtcNow(), chunk, ct);
            await db.CommitAsync(ct);
        }
        return due.Count;
    }
}

/// <summary>
/// Recomputes the readiness of the businesses a write touched (<see cref="BusinessChanges"/>), inside
/// that write's transaction; a change to every business (a rule version, an opened catalogue category)
/// recomputes them all, in the batches <see cref="Readiness.RecomputeManyAsync"/> uses.
/// </summary>
public sealed class ReadinessListener(DbSession db, TimeProvider clock) : IBusinessChangeListener
{
    public async ValueTask OnChangedAsync(IReadOnlyCollection<int> businessIds, bool all, CancellationToken ct)
    {
        var ids = all ? (await db.QueryAsync<int>("SELECT Id FROM Businesses", null, ct)).ToList() : businessIds;
        if (ids.Count > 0) await Readiness.RecomputeManyAsync(db, clock.GetUtcNow(), ids, ct);
    }
}

/// <summary>Registers readiness upkeep: the listener every write goes through, and the daily refresh.</summary>
public sealed class ReadinessServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<IBusinessChangeListener, ReadinessListener>();
        if (config.GetValue("Readiness:RefreshJob", true)) services.AddHostedService<ReadinessRefreshJob>();
    }
}
