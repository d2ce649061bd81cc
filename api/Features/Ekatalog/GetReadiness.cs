using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Features.Businesses;
using System.Globalization;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The e-katalog readiness checklist of one business, computed now from its data.</summary>
public static class GetReadiness
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/ekatalog-readiness", (string id, DateOnly? asOf, HttpContext http, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(BusinessSql.ParseId(id), asOf, Language.Of(http.Request)), ct))
        .WithName(nameof(GetReadiness))
        .WithSummary("E-katalog readiness checklist of a business, as of a date")
        .WithDescription("Each requirement of the catalogue (GET /api/v1/requirements?scope=ekatalog) with met / missing / expiring (within 30 days) / " +
                         "advisory / not_applicable, a reasonCode with reasonParams, a reason text (Accept-Language: id by default, or en), " +
                         "the rule version applied and its legal basis. asOf=YYYY-MM-DD evaluates the rules in force and the data on another day.")
        .RequireAuthorization(Policies.BusinessesRead);

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
                       ?? throw new NotFoundException("Business", query.BusinessId.ToString(CultureInfo.InvariantCulture));
            var now = clock.GetUtcNow();
            var asOf = query.AsOf ?? OfficeTime.DateOf(now);
            var result = (await Readiness.EvaluateAsync(db, [query.BusinessId], asOf, ct, query.Lang))[0];
            return new Response
            {
                BusinessId = query.BusinessId.ToString(CultureInfo.InvariantCulture),
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
