using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>One API key without its secret (with ETag).</summary>
public static class GetApiKey
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ApiKeySql.ParseId(id)), ct))
        .WithName(nameof(GetApiKey))
        .WithSummary("Read one API key (with ETag, without its secret)")
        .RequireAuthorization(Policies.Admin);

    public sealed record Query(int Id) : IQuery<ApiKeyResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, ApiKeyResponse>
    {
        public async ValueTask<ApiKeyResponse> Handle(Query query, CancellationToken ct) =>
            (await ApiKeySql.LoadAsync(db, query.Id, ct)).ToResponse(clock.GetUtcNow());
    }
}
