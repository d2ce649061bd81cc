using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>Versions travel as strong ETags (<c>"7"</c>); updates must send the one they read in If-Match.</summary>
public static class ETags
{
    public static string For(int version) => $"\"{version}\"";

    /// <summary>The version in If-Match; 428 when absent, 412 when it is not a version of ours.</summary>
    public static int RequireIfMatch(HttpRequest request, string entity, string id)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header)) throw new PreconditionRequiredException();
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return int.TryParse(value, out var version) && version > 0
            ? version
            : throw new PreconditionFailedException(entity, id);
    }

    /// <summary>Sets the ETag of a resource on the response.</summary>
    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = For(version);
}
