using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Ekatalog;

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
        services.AddOptions<ReadinessOptions>().Bind(config.GetSection(ReadinessOptions.Section)).ValidateOnStart();
        // Registered always; it does nothing when Readiness:RefreshJob is false.
        services.AddHostedService<ReadinessRefreshJob>();
    }
}
