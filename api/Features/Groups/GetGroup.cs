using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>One group with its leader and member count.</summary>
public static class GetGroup
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(GroupSql.ParseId(id)), ct))
        .WithName(nameof(GetGroup))
        .WithSummary("Read one group (with ETag)")
        .RequireAuthorization(Policies.GroupsRead);

    public sealed record Query(int Id) : IQuery<GroupResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, GroupResponse>
    {
        public async ValueTask<GroupResponse> Handle(Query query, CancellationToken ct) => await GroupSql.LoadAsync(db, query.Id, ct);
    }
}
