using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Features.Businesses;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>A business's e-katalog history, oldest first.</summary>
public static class ListEkatalogTransitions
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/ekatalog-transitions", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(ListEkatalogTransitions))
        .WithSummary("E-katalog history of a business, oldest first")
        .RequireAuthorization(Policies.StaffRead);

    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<EkatalogTransitionResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<EkatalogTransitionResponse>>
    {
        private const string Sql = """
            SELECT Id, BusinessId, FromStatus, ToStatus, Reason, OccurredAt, ActorType, ActorId, ActorName, BusinessVersion
            FROM EkatalogTransitions WHERE BusinessId = @BusinessId ORDER BY Id
            """;

        public async ValueTask<IReadOnlyList<EkatalogTransitionResponse>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            return (await db.QueryAsync<EkatalogTransitionRow>(Sql, new { query.BusinessId }, ct)).Select(r => r.ToResponse()).ToList();
        }
    }
}
