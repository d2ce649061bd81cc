using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>
/// The bytes of a product photo, with its content-hash ETag; when the caller already holds that
/// ETag (If-None-Match) the bytes are not even read. <c>PublicOnly</c>: only photos of products
/// in the public catalog (active product of an active, listed business).
/// </summary>
public static class GetProductPhoto
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{productId}/photos/{photoId}", (string productId, string photoId, HttpContext http, ISender sender, CancellationToken ct) =>
            PhotoResult(http, sender, new Query(ProductSql.ParseId(productId), ParsePhotoId(photoId), false,
                http.Request.Headers.IfNoneMatch.ToString()), "private, max-age=86400", ct))
        .WithName(nameof(GetProductPhoto))
        .WithSummary("Photo bytes (ETag, Cache-Control; 304 on If-None-Match)")
        .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png", "image/webp"])
        .Produces(StatusCodes.Status304NotModified)
        .RequireAuthorization(Policies.BusinessesRead);

    public static int ParsePhotoId(string id) => RouteIds.Parse(id, "Photo");

    /// <summary>Writes a photo with its caching headers, or 304 when the caller's copy is current (the staff and the public catalog routes).</summary>
    public static async Task<IResult> PhotoResult(HttpContext http, ISender sender, Query query, string cacheControl, CancellationToken ct)
    {
        var photo = await sender.Send(query, ct);
        http.Response.Headers.ETag = photo.ETag;
        http.Response.Headers.CacheControl = cacheControl;
        return photo.Content is null
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.File(photo.Content, photo.ContentType);
    }

    public sealed record Query(int ProductId, int PhotoId, bool PublicOnly, string? IfNoneMatch) : IQuery<PhotoFile>;

    /// <summary>The photo; <c>Content</c> is null when the caller's copy is current (304).</summary>
    public sealed record PhotoFile(string ContentType, string ETag, byte[]? Content);

    public sealed class PhotoMeta
    {
        public string ContentType { get; init; } = "";
        public string Sha256 { get; init; } = "";
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PhotoFile>
    {
        private const string MetaSql = """
            SELECT ph.ContentType, ph.Sha256 FROM ProductPhotos ph WHERE ph.Id = @PhotoId AND ph.ProductId = @ProductId
            """;
        private const string PublicMetaSql = """
            SELECT ph.ContentType, ph.Sha256 FROM ProductPhotos ph
            JOIN Products p ON p.Id = ph.ProductId
            JOIN Businesses b ON b.Id = p.BusinessId
            WHERE ph.Id = @PhotoId AND ph.ProductId = @ProductId
              AND p.IsActive = 1 AND b.EkatalogStatus = 'listed' AND b.Status = 'active'
            """;
        private const string ContentSql = "SELECT Content FROM ProductPhotos WHERE Id = @PhotoId";

        public async ValueTask<PhotoFile> Handle(Query query, CancellationToken ct)
        {
            var meta = await db.QuerySingleOrDefaultAsync<PhotoMeta>(query.PublicOnly ? PublicMetaSql : MetaSql,
                           new { query.PhotoId, query.ProductId }, ct)
                       ?? throw new NotFoundException("Photo", query.PhotoId.ToString(CultureInfo.InvariantCulture));
            var etag = PhotoRules.ETagOf(meta.Sha256);
            if (Matches(query.IfNoneMatch, etag)) return new PhotoFile(meta.ContentType, etag, null);
            var content = await db.ExecuteScalarAsync<byte[]>(ContentSql, new { query.PhotoId }, ct);
            return new PhotoFile(meta.ContentType, etag, content);
        }

        private static bool Matches(string? ifNoneMatch, string etag) =>
            !string.IsNullOrWhiteSpace(ifNoneMatch) && ifNoneMatch.Split(',').Select(t => t.Trim())
                .Any(t => t == "*" || t == etag || t == "W/" + etag);
    }
}
