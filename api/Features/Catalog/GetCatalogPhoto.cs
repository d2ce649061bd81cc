using MedanUmkm.Api.Features.Products;
using Mediator;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>A photo of a catalog product, served publicly: only photos of products the catalog shows (<see cref="GetProductPhoto"/> with PublicOnly).</summary>
public static class GetCatalogPhoto
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{productId}/photos/{photoId}", (string productId, string photoId, HttpContext http, ISender sender, CancellationToken ct) =>
            GetProductPhoto.PhotoResult(http, sender, new GetProductPhoto.Query(CatalogConditionalGet.ParseId(productId), GetProductPhoto.ParsePhotoId(photoId),
                true, http.Request.Headers.IfNoneMatch.ToString()), "public, max-age=3600", ct))
        .WithName("GetCatalogPhoto")
        .WithSummary("Public photo of a catalog product (ETag, Cache-Control; 304 on If-None-Match)")
        .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png", "image/webp"])
        .Produces(StatusCodes.Status304NotModified)
        .AllowAnonymous();
}
