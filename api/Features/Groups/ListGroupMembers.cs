using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>The member businesses of a group, leader first.</summary>
public static class ListGroupMembers
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/members", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(GroupSql.ParseId(id)), ct))
        .WithName(nameof(ListGroupMembers))
        .WithSummary("Member businesses of a group, leader first")
        .RequireAuthorization(Policies.GroupsRead);

    public sealed record Query(int GroupId) : IQuery<IReadOnlyList<GroupMemberResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<GroupMemberResponse>>
    {
        public async ValueTask<IReadOnlyList<GroupMemberResponse>> Handle(Query query, CancellationToken ct)
        {
            await GroupSql.LoadAsync(db, query.GroupId, ct);
            return await GroupSql.MembersAsync(db, query.GroupId, ct);
        }
    }
}
