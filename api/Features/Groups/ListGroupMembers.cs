using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>The member businesses of a group, leader first.</summary>
public static class ListGroupMembers
{
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
