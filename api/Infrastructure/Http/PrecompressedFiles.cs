using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// Serves the client's build precompressed: for a request of <c>/assets/x.js</c> whose
/// <c>Accept-Encoding</c> admits it, the <c>x.js.br</c> (or <c>.gz</c>) that client/scripts/precompress.mjs
/// wrote beside it, with <c>Content-Encoding</c>, <c>Vary: Accept-Encoding</c> and the original file's
/// content type. The static-file middleware then serves it as usual (ranges, ETag, caching headers).
/// </summary>
public static class PrecompressedFiles
{
    private static readonly (string Token, string Suffix, string Encoding)[] Encodings = [("br", ".br", "br"), ("gzip", ".gz", "gzip")];

    /// <summary>Rewrites a request for a file with a precompressed sibling to that sibling (before UseStaticFiles).</summary>
    public static IApplicationBuilder UsePrecompressedFiles(this IApplicationBuilder app, IFileProvider files) => app.Use(async (http, next) =>
    {
        var path = http.Request.Path.Value;
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && path is not null && path.StartsWith("/assets/", StringComparison.Ordinal))
        {
            var accepted = http.Request.Headers.AcceptEncoding.ToString();
            foreach (var (token, suffix, encoding) in Encodings)
            {
                if (!Accepts(accepted, token) || !files.GetFileInfo(path + suffix).Exists) continue;
                http.Request.Path = path + suffix;
                http.Response.Headers.ContentEncoding = encoding;
                break;
            }
            // Whether or not a copy was chosen, the answer depends on Accept-Encoding.
            http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }
        await next(http);
    });

    /// <summary>Content types by the name without .br/.gz, so x.js.br is still JavaScript.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider inner = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix, _) in Encodings)
                if (subpath.EndsWith(suffix, StringComparison.Ordinal)) return inner.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            return inner.TryGetContentType(subpath, out contentType!);
        }
    }

    /// <summary>
    /// True when the header admits the coding with a non-zero weight (RFC 9110 §12.5.3); <c>*</c> counts.
    /// </summary>
    public static bool Accepts(string acceptEncoding, string coding)
    {
        foreach (var part in acceptEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (!string.Equals(pieces[0], coding, StringComparison.OrdinalIgnoreCase) && pieces[0] != "*") continue;
            var zero = pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
            return !zero;
        }
        return false;
    }

    /// <summary>
    /// Compression of API answers (JSON, problem details, CSV): Brotli or gzip at their fastest level,
    /// from 1 KB. Not for images and spreadsheets (already compressed) nor for the sign-in endpoints,
    /// whose answers carry tokens (no compression-oracle attack on secrets: BREACH).
    /// </summary>
    public static IServiceCollection AddMedanResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/problem+json", "text/csv", "text/plain", "application/xml", "text/xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseMedanResponseCompression(this IApplicationBuilder app)
    {
        app.UseResponseCompression();
        // After it: the compression middleware installs the feature this turns off.
        return app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api/v1/auth", StringComparison.OrdinalIgnoreCase)
                && http.Features.Get<IHttpsCompressionFeature>() is { } feature)
                feature.Mode = HttpsCompressionMode.DoNotCompress;
            await next(http);
        });
    }
}
