using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Products;

/// <summary>One product with its photos.</summary>
public static class GetProduct
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{productId}", (string productId, ISender sender, CancellationToken ct) => sender.Send(new Query(ProductSql.ParseId(productId)), ct))
        .WithName(nameof(GetProduct))
        .WithSummary("Read one product (with ETag)")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query(int Id) : IQuery<ProductResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, ProductResponse>
    {
        public async ValueTask<ProductResponse> Handle(Query query, CancellationToken ct) => await ProductSql.LoadAsync(db, query.Id, ct);
    }
}
