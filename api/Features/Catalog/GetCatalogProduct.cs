using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using System.Globalization;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>One product of the public e-katalog; products not in the catalog are simply not found.</summary>
public static class GetCatalogProduct
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{productId}", async (string productId, HttpContext http, ISender sender, CancellationToken ct) =>
            CatalogConditionalGet.OkOrNotModified(http, await sender.Send(new Query(CatalogConditionalGet.ParseId(productId)), ct)))
        .WithName(nameof(GetCatalogProduct))
        .WithSummary("One product of the public e-katalog")
        .Produces<CatalogProductResponse>()
        .Produces(StatusCodes.Status304NotModified)
        .AllowAnonymous();

    public sealed record Query(int Id) : IQuery<CatalogProductResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, CatalogProductResponse>
    {
        private const string Sql = CatalogSql.Select + "\nWHERE p.Id = @Id AND " + CatalogSql.Visible;

        public async ValueTask<CatalogProductResponse> Handle(Query query, CancellationToken ct)
        {
            var row = await db.QuerySingleOrDefaultAsync<CatalogRow>(Sql, new { query.Id }, ct)
                      ?? throw new NotFoundException("Catalog product", query.Id.ToString(CultureInfo.InvariantCulture));
            return (await CatalogSql.ToResponsesAsync(db, [row], OfficeTime.Today(clock), ct))[0];
        }
    }
}
