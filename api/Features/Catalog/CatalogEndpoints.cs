using System.Security.Cryptography;
using System.Text.Json;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>
/// Route table of /api/v1/catalog: the public e-katalog, readable without credentials (a bearer
/// token or an API key with catalog:read works too). Answers carry an ETag (hash of the body)
/// and honour If-None-Match with 304.
/// </summary>
public sealed class CatalogEndpoints : IEndpointGroup
{
    private const string CacheControl = "public, max-age=60";

    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/catalog").WithTags("Catalog");

        group.MapGet("/", async ([AsParameters] ListCatalog.Query query, HttpContext http, ISender sender, CancellationToken ct) =>
                OkOrNotModified(http, await sender.Send(query, ct)))
            .WithName(nameof(ListCatalog))
            .WithSummary("Public e-katalog: products of listed businesses")
            .WithDescription("No personal data: product fields, business name, kecamatan and photo URLs. Filters: category, kecamatan, " +
                             "minPriceIdr, maxPriceIdr, halal=true, q. ETag and conditional GET (304).")
            .Produces<PagedResponse<CatalogProductResponse>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .AllowAnonymous();

        group.MapGet("/{productId}", async (string productId, HttpContext http, ISender sender, CancellationToken ct) =>
                OkOrNotModified(http, await sender.Send(new GetCatalogProduct.Query(ParseId(productId)), ct)))
            .WithName(nameof(GetCatalogProduct))
            .WithSummary("One product of the public e-katalog")
            .Produces<CatalogProductResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        group.MapGet("/{productId}/photos/{photoId}", async (string productId, string photoId, HttpContext http, ISender sender, CancellationToken ct) =>
                await GetProductPhoto.PhotoResult(http, sender, new GetProductPhoto.Query(ParseId(productId), GetProductPhoto.ParsePhotoId(photoId),
                    true, http.Request.Headers.IfNoneMatch.ToString()), "public, max-age=3600", ct))
            .WithName("GetCatalogPhoto")
            .WithSummary("Public photo of a catalog product (ETag, Cache-Control; 304 on If-None-Match)")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png", "image/webp"])
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
    }

    private static int ParseId(string id) => RouteIds.Parse(id, "Catalog product");

    /// <summary>200 with an ETag computed from the body, or 304 when If-None-Match already holds it.</summary>
    private static IResult OkOrNotModified<T>(HttpContext http, T body)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json);
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..32].ToLowerInvariant() + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.Vary = "Accept-Encoding";
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "W/" + etag || t == "*"))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(bytes, "application/json");
    }
}
