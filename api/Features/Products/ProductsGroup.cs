using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Products;

/// <summary>
/// /api/v1/businesses/{id}/products and /api/v1/products. Each use case maps its own route; the If-Match
/// routes (product and photo changes) take the product's version.
/// </summary>
public sealed class ProductsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var nested = app.MapGroup("/businesses/{id}/products").WithTags("Products");
        ListProducts.MapForBusiness(nested);
        CreateProduct.Map(nested);

        var group = app.MapGroup("/products").WithTags("Products").Versioned("Product", "Products", "productId");
        ListProducts.Map(group);
        ListProductCategories.Map(group);
        GetProduct.Map(group);
        UpdateProduct.Map(group);
        DeleteProduct.Map(group);
        UploadProductPhoto.Map(group);
        GetProductPhoto.Map(group);
        DeleteProductPhoto.Map(group);
    }
}
