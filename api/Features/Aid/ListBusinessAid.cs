using System.Globalization;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Aid given to the groups a business belongs to (business page), newest first; all statuses.</summary>
public static class ListBusinessAid
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/aid", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(ListBusinessAid))
        .WithSummary("Aid received by a business through its groups")
        .RequireAuthorization(Policies.AidRead);

    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<AidResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<AidResponse>>
    {
        private const string Sql = AidSql.Select + """

            WHERE a.GroupId IN (SELECT m.GroupId FROM BusinessGroupMembers m WHERE m.BusinessId = @BusinessId)
            ORDER BY a.HandedOverOn DESC, a.Id DESC
            """;

        public async ValueTask<IReadOnlyList<AidResponse>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            return await AidSql.ToResponsesAsync(db, await db.QueryAsync<AidRow>(Sql, query, ct), ct);
        }
    }
}
