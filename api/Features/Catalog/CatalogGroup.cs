using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>
/// /api/v1/catalog: the public e-katalog, readable without credentials (a bearer token or an API key
/// with catalog:read works too). Each use case maps its own route.
/// </summary>
public sealed class CatalogGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/catalog").WithTags("Catalog");
        ListCatalog.Map(group);
        GetCatalogProduct.Map(group);
        GetCatalogPhoto.Map(group);
    }
}
