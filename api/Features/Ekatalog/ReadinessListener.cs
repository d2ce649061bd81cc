using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Keeps the readiness rows of the businesses a write touched (<see cref="BusinessChanges"/>), inside
/// that write's transaction: the touched businesses are recomputed at once. A change that may affect
/// every business (a rule version, an opened or closed catalogue category) only marks every row stale
/// (StaleOn = today, one statement) and wakes <see cref="ReadinessRefreshJob"/>, which recomputes them
/// in batches of its own transactions: the request answers at once, whatever the number of businesses.
/// </summary>
public sealed class ReadinessListener(DbSession db, TimeProvider clock, ReadinessRefreshSignal signal) : IBusinessChangeListener
{
    /// <summary>Every row not already due becomes due today (the refresh job recomputes rows with StaleOn on or before today).</summary>
    public const string MarkAllStaleSql = "UPDATE BusinessReadiness SET StaleOn = @Today WHERE StaleOn IS NULL OR StaleOn > @Today";

    public async ValueTask OnChangedAsync(IReadOnlyCollection<int> businessIds, bool all, CancellationToken ct)
    {
        if (all)
        {
            await db.ExecuteAsync(MarkAllStaleSql, new { Today = OfficeTime.Today(clock) }, ct);
            signal.Raise();
            return;
        }
        if (businessIds.Count > 0) await Readiness.RecomputeManyAsync(db, clock.GetUtcNow(), businessIds, ct);
    }
}

/// <summary>
/// Wakes the refresh job when rows were marked stale. Raising twice before the job wakes counts once;
/// the job waits <see cref="ReadinessOptions.SettleSeconds"/> after a wake-up, so the marking
/// transaction has committed and several changes made together are recomputed in one pass.
/// </summary>
public sealed class ReadinessRefreshSignal : IDisposable
{
    private readonly SemaphoreSlim _raised = new(0, 1);

    /// <summary>Asks for a refresh pass soon.</summary>
    public void Raise()
    {
        try { if (_raised.CurrentCount == 0) _raised.Release(); }
        catch (SemaphoreFullException) { /* already raised: one pass covers both */ }
    }

    /// <summary>Completes when <see cref="Raise"/> was called (at once if it was since the last wait).</summary>
    public Task WaitAsync(CancellationToken ct) => _raised.WaitAsync(ct);

    public void Dispose() => _raised.Dispose();
}

/// <summary>Registers readiness upkeep: the listener every write goes through, and the daily refresh.</summary>
public sealed class ReadinessServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<IBusinessChangeListener, ReadinessListener>();
        services.AddSingleton<ReadinessRefreshSignal>();
        services.AddOptions<ReadinessOptions>().Bind(config.GetSection(ReadinessOptions.Section)).ValidateOnStart();
        // Registered always; it does nothing when Readiness:RefreshJob is false.
        services.AddHostedService<ReadinessRefreshJob>();
    }
}
