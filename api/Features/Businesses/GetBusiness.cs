using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>One business (personal data is masked at the boundary for callers that may not see it).</summary>
public static class GetBusiness
{
    public sealed record Query(int Id) : IQuery<BusinessResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, BusinessResponse>
    {
        public async ValueTask<BusinessResponse> Handle(Query query, CancellationToken ct) =>
            await BusinessSql.LoadAsync(db, query.Id, ct);
    }
}
