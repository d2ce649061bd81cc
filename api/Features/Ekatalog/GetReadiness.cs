using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The e-katalog readiness checklist of one business, computed now from its data.</summary>
public static class GetReadiness
{
    public sealed record Query(int BusinessId) : IQuery<Response>;

    /// <summary>Checklist: every requirement with met / missing / expiring and the reason.</summary>
    public sealed record Response
    {
        public required string BusinessId { get; init; }
        public required string BusinessName { get; init; }
        public required EkatalogStatus EkatalogStatus { get; init; }
        /// <summary>True when nothing is missing (expiring items still count as met).</summary>
        public required bool IsReady { get; init; }
        /// <example>["halal","kswp"]</example>
        public required IReadOnlyList<string> Missing { get; init; }
        public required IReadOnlyList<string> Expiring { get; init; }
        public required IReadOnlyList<ReadinessRequirement> Requirements { get; init; }
        public required DateTimeOffset ComputedAt { get; init; }
    }

    public sealed class Head
    {
        public string Name { get; init; } = "";
        public string EkatalogStatus { get; init; } = "";
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        private const string HeadSql = "SELECT Name, EkatalogStatus FROM Businesses WHERE Id = @Id";

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var head = await db.QuerySingleOrDefaultAsync<Head>(HeadSql, new { Id = query.BusinessId }, ct)
                       ?? throw new NotFoundException("Business", query.BusinessId.ToString());
            var now = clock.GetUtcNow();
            var result = (await Readiness.EvaluateAsync(db, [query.BusinessId], OfficeTime.DateOf(now), ct))[0];
            return new Response
            {
                BusinessId = query.BusinessId.ToString(),
                BusinessName = head.Name,
                EkatalogStatus = EnumText.Parse<EkatalogStatus>(head.EkatalogStatus),
                IsReady = result.IsReady,
                Missing = result.Missing,
                Expiring = result.Expiring,
                Requirements = result.Requirements,
                ComputedAt = now,
            };
        }
    }
}
