using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Recomputes readiness rows that are due: at start-up, every day just after WIB midnight (from the
/// injected TimeProvider), and shortly after a change marked rows stale (<see cref="ReadinessRefreshSignal"/>:
/// a rule version added, a catalogue category opened or closed). Due are the rows whose result may
/// have changed by date (StaleOn reached: a rule version taking effect, certificate expiry, KSWP
/// deadlines, or marked stale today), rows written before the catalogue existed (UpcomingMissing is
/// null) and businesses without a row, 500 per transaction as <see cref="Readiness.RecomputeManyAsync"/>
/// does elsewhere. A recomputed row's StaleOn is the next date its result can change (the soonest coming
/// rule version included), so a version readiness changes from its effective date.
/// </summary>
public sealed partial class ReadinessRefreshJob(
    IServiceProvider services, TimeProvider clock, IOptions<ReadinessOptions> options, ReadinessRefreshSignal signal,
    ILogger<ReadinessRefreshJob> logger) : BackgroundService
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
        if (!options.Value.RefreshJob) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var count = await RunOnceAsync(services, clock, stoppingToken);
                if (count > 0) LogRecomputed(logger, count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogFailed(logger, e); }
            try { await WaitForNextPassAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Until the next WIB midnight, or until rows were marked stale (then a few seconds more, to let the change commit and gather).</summary>
    private async Task WaitForNextPassAsync(CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var midnight = Task.Delay(UntilNextWibMidnight(clock.GetUtcNow()), clock, stop.Token);
        var raised = signal.WaitAsync(stop.Token);
        var first = await Task.WhenAny(midnight, raised);
        await stop.CancelAsync();
        await first; // rethrows a cancellation of the host
        if (first == raised) await Task.Delay(TimeSpan.FromSeconds(options.Value.SettleSeconds), clock, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Readiness recomputed for {Count} businesses")]
    private static partial void LogRecomputed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Readiness refresh failed; retrying at the next WIB midnight")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Readiness upkeep settings (configuration section <c>Readiness</c>).</summary>
public sealed class ReadinessOptions
{
    public const string Section = "Readiness";

    /// <summary>Whether the daily refresh runs (default true).</summary>
    public bool RefreshJob { get; set; } = true;

    /// <summary>Seconds the job waits after rows were marked stale before it recomputes them (default 5).</summary>
    public int SettleSeconds { get; set; } = 5;
}
