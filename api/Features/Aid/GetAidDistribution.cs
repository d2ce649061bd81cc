using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>One aid distribution with its items.</summary>
public static class GetAidDistribution
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(AidSql.ParseId(id)), ct))
        .WithName(nameof(GetAidDistribution))
        .WithSummary("Read one aid distribution (with ETag)")
        .RequireAuthorization(Policies.AidRead);

    public sealed record Query(int Id) : IQuery<AidResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, AidResponse>
    {
        public async ValueTask<AidResponse> Handle(Query query, CancellationToken ct) => await AidSql.LoadAsync(db, query.Id, ct);
    }
}
