using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Users;

/// <summary>One staff account (with ETag).</summary>
public static class GetUser
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(UserSql.ParseId(id)), ct))
        .WithName(nameof(GetUser))
        .WithSummary("Read one staff account (with ETag)")
        .RequireAuthorization(Policies.Admin);

    public sealed record Query(int Id) : IQuery<UserResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, UserResponse>
    {
        public async ValueTask<UserResponse> Handle(Query query, CancellationToken ct) =>
            (await UserSql.LoadAsync(db, query.Id, ct)).ToResponse(clock.GetUtcNow());
    }
}
