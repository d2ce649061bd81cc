using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>One group with its leader and member count.</summary>
public static class GetGroup
{
    public sealed record Query(int Id) : IQuery<GroupResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, GroupResponse>
    {
        public async ValueTask<GroupResponse> Handle(Query query, CancellationToken ct) => await GroupSql.LoadAsync(db, query.Id, ct);
    }
}
