using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Recomputes the readiness of the businesses a write touched (<see cref="BusinessChanges"/>), inside
/// that write's transaction; a change to every business (a rule version, an opened catalogue category)
/// recomputes them all, in the batches <see cref="Readiness.RecomputeManyAsync"/> uses.
/// </summary>
public sealed class ReadinessListener(DbSession db, TimeProvider clock, DomainEvents events) : IBusinessChangeListener
{
    private const string StatesSql = "SELECT BusinessId, IsReady, MissingCount FROM BusinessReadiness WHERE BusinessId IN @Ids";

    public async ValueTask OnChangedAsync(IReadOnlyCollection<int> businessIds, bool all, CancellationToken ct)
    {
        var ids = all ? (await db.QueryAsync<int>("SELECT Id FROM Businesses", null, ct)).ToList() : businessIds;
        if (ids.Count == 0) return;
        var before = new Dictionary<int, (bool IsReady, int MissingCount)>();
        foreach (var chunk in ids.Chunk(500))
            foreach (var s in await db.QueryAsync<(int BusinessId, bool IsReady, int MissingCount)>(StatesSql, new { Ids = chunk }, ct))
                before[s.BusinessId] = (s.IsReady, s.MissingCount);
        // readiness.changed (the outbox) for each business whose result moved; a first computation is no change.
        foreach (var r in await Readiness.RecomputeManyAsync(db, clock.GetUtcNow(), ids, ct))
            if (before.TryGetValue(r.BusinessId, out var old) && (old.IsReady != r.IsReady || old.MissingCount != r.Missing.Count))
                events.Raise("readiness.changed", "business", r.BusinessId, new { businessId = r.BusinessId.ToString(System.Globalization.CultureInfo.InvariantCulture), isReady = r.IsReady, missingCount = r.Missing.Count });
    }
}

/// <summary>Registers readiness upkeep: the listener every write goes through, and the daily refresh.</summary>
public sealed class ReadinessServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<IBusinessChangeListener, ReadinessListener>();
        services.AddOptions<ReadinessOptions>().Bind(config.GetSection(ReadinessOptions.Section)).ValidateOnStart();
        // Registered always; it does nothing when Readiness:RefreshJob is false.
        services.AddHostedService<ReadinessRefreshJob>();
    }
}
