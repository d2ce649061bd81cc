using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>One aid distribution with its items.</summary>
public static class GetAidDistribution
{
    public sealed record Query(int Id) : IQuery<AidResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, AidResponse>
    {
        public async ValueTask<AidResponse> Handle(Query query, CancellationToken ct) => await AidSql.LoadAsync(db, query.Id, ct);
    }
}
