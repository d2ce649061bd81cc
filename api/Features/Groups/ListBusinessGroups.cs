using System.Globalization;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>The groups a business belongs to (business page).</summary>
public static class ListBusinessGroups
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/groups", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(ListBusinessGroups))
        .WithSummary("Groups a business belongs to")
        .RequireAuthorization(Policies.GroupsRead);

    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<GroupResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<GroupResponse>>
    {
        private const string Sql = GroupSql.Select + """

            WHERE g.Id IN (SELECT m.GroupId FROM BusinessGroupMembers m WHERE m.BusinessId = @BusinessId)
            ORDER BY g.Name, g.Id
            """;

        public async ValueTask<IReadOnlyList<GroupResponse>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            return (await db.QueryAsync<GroupRow>(Sql, query, ct)).Select(GroupMapper.ToResponse).ToList();
        }
    }
}
