using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Route table of /api/v1/businesses/{id}/products and /api/v1/products.</summary>
public sealed class ProductsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var nested = app.MapGroup("/businesses/{id}/products").WithTags("Products");

        nested.MapGet("/", async (string id, [AsParameters] ListProducts.Query query, ISender sender, CancellationToken ct) =>
            {
                var businessId = BusinessSql.ParseId(id);
                var page = await sender.Send(query with { BusinessId = businessId.ToString() }, ct);
                if (page.TotalCount == 0) await sender.Send(new GetBusiness.Query(businessId), ct); // 404 for an unknown business
                return TypedResults.Ok(page);
            })
            .WithName("ListBusinessProducts")
            .WithSummary("List a business's products")
            .WithDescription("Same paging, sort and filters as GET /api/v1/products, limited to this business.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesRead);

        nested.MapPost("/", async (string id, [FromBody] ProductInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateProduct.Command(BusinessSql.ParseId(id), body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/products/{created.Id}", created);
            })
            .WithName(nameof(CreateProduct))
            .WithSummary("Add a product to a business")
            .WithDescription("Recomputes the business's e-katalog readiness in the same transaction.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesWrite);

        var group = app.MapGroup("/products").WithTags("Products");

        group.MapGet("/", async ([AsParameters] ListProducts.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListProducts))
            .WithSummary("Search products across businesses")
            .WithDescription("Paging, sort, free text (q) over name and description, filters by category, kecamatan, business, active, food and price range.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/categories", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return TypedResults.Ok(await sender.Send(new ListProductCategories.Query(), ct));
            })
            .WithName(nameof(ListProductCategories))
            .WithSummary("Product categories with the KBLI prefixes that cover each")
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/{productId}", async (string productId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var product = await sender.Send(new GetProduct.Query(ProductSql.ParseId(productId)), ct);
                ETags.Set(http, product.Version);
                return TypedResults.Ok(product);
            })
            .WithName(nameof(GetProduct))
            .WithSummary("Read one product (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapPut("/{productId}", async (string productId, [FromBody] ProductInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var id = ProductSql.ParseId(productId);
                var version = await ETags.RequireIfMatchAsync(http, "Product", productId, "Products", id);
                var updated = await sender.Send(new UpdateProduct.Command(id, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateProduct))
            .WithSummary("Replace a product (If-Match required)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.BusinessesWrite);

        group.MapDelete("/{productId}", async (string productId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var id = ProductSql.ParseId(productId);
                var version = await ETags.RequireIfMatchAsync(http, "Product", productId, "Products", id);
                await sender.Send(new DeleteProduct.Command(id, version), ct);
                return TypedResults.NoContent();
            })
            .WithName(nameof(DeleteProduct))
            .WithSummary("Delete a product and its photos (If-Match required)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.BusinessesWrite);

        group.MapPost("/{productId}/photos", async (string productId, IFormFile? file, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var id = ProductSql.ParseId(productId);
                if (file is null) throw new Infrastructure.Errors.FieldValidationException("file", "Send the image as multipart/form-data field 'file'.");
                if (file.Length > PhotoRules.MaxPhotoBytes) throw new PhotoTooLargeException();
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var photo = await sender.Send(new UploadProductPhoto.Command(id, buffer.ToArray()), ct);
                return TypedResults.Created(photo.Url, photo);
            })
            .WithName(nameof(UploadProductPhoto))
            .WithSummary("Upload a product photo (multipart field 'file'; JPEG, PNG or WebP, at most 5 MB)")
            .WithDescription("The type is detected from the content (magic bytes): other content is a 415, over 5 MB a 413.")
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoRules.MaxUploadRequestBytes))
            .RequireAuthorization(Policies.BusinessesWrite);

        group.MapGet("/{productId}/photos/{photoId}", async (string productId, string photoId, HttpContext http, ISender sender, CancellationToken ct) =>
                await PhotoResult(http, sender, new GetProductPhoto.Query(ProductSql.ParseId(productId), ParsePhotoId(photoId), false,
                    http.Request.Headers.IfNoneMatch.ToString()), "private, max-age=86400", ct))
            .WithName(nameof(GetProductPhoto))
            .WithSummary("Photo bytes (ETag, Cache-Control; 304 on If-None-Match)")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png", "image/webp"])
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapDelete("/{productId}/photos/{photoId}", async (string productId, string photoId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var id = ProductSql.ParseId(productId);
                var version = await ETags.RequireIfMatchAsync(http, "Product", productId, "Products", id);
                await sender.Send(new DeleteProductPhoto.Command(id, ParsePhotoId(photoId), version), ct);
                return TypedResults.NoContent();
            })
            .WithName(nameof(DeleteProductPhoto))
            .WithSummary("Delete a product photo (If-Match of the product required)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.BusinessesWrite);
    }

    public static int ParsePhotoId(string id) => RouteIds.Parse(id, "Photo");

    /// <summary>Writes a photo with its caching headers, or 304 when the caller's copy is current.</summary>
    public static async Task<IResult> PhotoResult(HttpContext http, ISender sender, GetProductPhoto.Query query, string cacheControl, CancellationToken ct)
    {
        var photo = await sender.Send(query, ct);
        http.Response.Headers.ETag = photo.ETag;
        http.Response.Headers.CacheControl = cacheControl;
        return photo.Content is null
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.File(photo.Content, photo.ContentType);
    }
}
