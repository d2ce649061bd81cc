using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Products;

/// <summary>One product with its photos.</summary>
public static class GetProduct
{
    public sealed record Query(int Id) : IQuery<ProductResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, ProductResponse>
    {
        public async ValueTask<ProductResponse> Handle(Query query, CancellationToken ct) => await ProductSql.LoadAsync(db, query.Id, ct);
    }
}
