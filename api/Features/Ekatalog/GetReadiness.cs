using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The e-katalog readiness checklist of one business, computed now from its data.</summary>
public static class GetReadiness
{
    /// <param name="BusinessId">Business id.</param>
    /// <param name="AsOf">Date to evaluate the rules and data on (default today, WIB); past or future.</param>
    /// <param name="Lang">id (default) or en: language of titles and reasons.</param>
    public sealed record Query(int BusinessId, DateOnly? AsOf = null, string Lang = "id") : IQuery<Response>;

    /// <summary>Checklist: every requirement with met / missing / expiring / advisory / not_applicable, the reason and its legal basis.</summary>
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
        /// <summary>The date the rules were evaluated for.</summary>
        public required DateOnly AsOf { get; init; }
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
            var asOf = query.AsOf ?? OfficeTime.DateOf(now);
            var result = (await Readiness.EvaluateAsync(db, [query.BusinessId], asOf, ct, query.Lang))[0];
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
                AsOf = asOf,
            };
        }
    }
}
