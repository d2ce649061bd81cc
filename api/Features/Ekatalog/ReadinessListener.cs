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
public sealed class ReadinessListener(DbSession db, TimeProvider clock, ReadinessRefreshSignal signal, DomainEvents events) : IBusinessChangeListener
{
    /// <summary>Every row not already due becomes due today (the refresh job recomputes rows with StaleOn on or before today).</summary>
    public const string MarkAllStaleSql = "UPDATE BusinessReadiness SET StaleOn = @Today WHERE StaleOn IS NULL OR StaleOn > @Today";

    private const string StatesSql = "SELECT BusinessId, IsReady, MissingCount FROM BusinessReadiness WHERE BusinessId IN @Ids";

    public async ValueTask OnChangedAsync(IReadOnlyCollection<int> businessIds, bool all, CancellationToken ct)
    {
        if (all)
        {
            await db.ExecuteAsync(MarkAllStaleSql, new { Today = OfficeTime.Today(clock) }, ct);
            signal.Raise();
            return;
        }
        if (businessIds.Count == 0) return;
        var before = new Dictionary<int, (bool IsReady, int MissingCount)>();
        foreach (var chunk in businessIds.Chunk(500))
            foreach (var s in await db.QueryAsync<(int BusinessId, bool IsReady, int MissingCount)>(StatesSql, new { Ids = chunk }, ct))
                before[s.BusinessId] = (s.IsReady, s.MissingCount);
        // readiness.changed (the outbox) for each business whose result moved; a first computation is no change.
        foreach (var r in await Readiness.RecomputeManyAsync(db, clock.GetUtcNow(), businessIds, ct))
            if (before.TryGetValue(r.BusinessId, out var old) && (old.IsReady != r.IsReady || old.MissingCount != r.Missing.Count))
                events.Raise("readiness.changed", "business", r.BusinessId, new { businessId = r.BusinessId.ToString(System.Globalization.CultureInfo.InvariantCulture), isReady = r.IsReady, missingCount = r.Missing.Count });
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
