using System.Security.Cryptography;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>
/// The public catalog's answers carry an ETag (hash of the body) and honour If-None-Match with 304,
/// so caches and browsers can revalidate without credentials.
/// </summary>
public static class CatalogConditionalGet
{
    private const string CacheControl = "public, max-age=60";

    public static int ParseId(string id) => RouteIds.Parse(id, "Catalog product");

    /// <summary>200 with an ETag computed from the body, or 304 when If-None-Match already holds it.</summary>
    public static IResult OkOrNotModified<T>(HttpContext http, T body)
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
