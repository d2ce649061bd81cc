using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>One API key without its secret (with ETag).</summary>
public static class GetApiKey
{
    public sealed record Query(int Id) : IQuery<ApiKeyResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, ApiKeyResponse>
    {
        public async ValueTask<ApiKeyResponse> Handle(Query query, CancellationToken ct) =>
            (await ApiKeySql.LoadAsync(db, query.Id, ct)).ToResponse(clock.GetUtcNow());
    }
}
