using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>One business (personal data is masked at the boundary for callers that may not see it).</summary>
public static class GetBusiness
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(GetBusiness))
        .WithSummary("Read one business (with ETag)")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query(int Id) : IQuery<BusinessResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, BusinessResponse>
    {
        public async ValueTask<BusinessResponse> Handle(Query query, CancellationToken ct) =>
            await BusinessSql.LoadAsync(db, query.Id, ct);
    }
}
