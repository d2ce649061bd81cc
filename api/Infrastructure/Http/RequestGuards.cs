using MedanUmkm.Api.Infrastructure.Texts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>Checks that answer before authentication, with problem details.</summary>
public static class RequestGuards
{
    /// <summary>
    /// 413 for a body whose declared length is above the endpoint's limit (its
    /// <see cref="IRequestSizeLimitMetadata"/>, else <see cref="ApiSetup.MaxJsonBodyBytes"/>).
    /// Kestrel enforces the same limit while reading chunked bodies; this check also holds behind
    /// hosts that do not (IIS out of process, the test server), and costs no read of the body.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var length = ctx.Request.ContentLength;
        if (length is > 0)
        {
            var metadata = ctx.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = metadata is null ? ApiSetup.MaxJsonBodyBytes : metadata.MaxRequestBodySize;
            if (limit is not null && length > limit)
            {
                await Problem(ctx, StatusCodes.Status413PayloadTooLarge, "payload_too_large_at_most", ("limit", Size(limit.Value)));
                return;
            }
        }
        await next();
    });

    /// <summary>
    /// The bounds of query and path values (<see cref="InputLimits"/>): a query value longer than
    /// <see cref="InputLimits.MaxQueryValue"/> characters is a 400 naming it; a path value longer than an id
    /// can be (or, for other path values, than <see cref="InputLimits.MaxQueryValue"/>) is not found.
    /// </summary>
    public static IApplicationBuilder UseInputLengthLimits(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.GetEndpoint() is null || !ctx.Request.Path.StartsWithSegments("/api"))
        {
            await next();
            return;
        }
        foreach (var (name, values) in ctx.Request.Query)
        {
            if (!values.Any(v => v?.Length > InputLimits.MaxQueryValue)) continue;
            await Problem(ctx, StatusCodes.Status400BadRequest, "query_value_too_long", ("name", name), ("max", InputLimits.MaxQueryValue));
            return;
        }
        foreach (var (name, value) in ctx.Request.RouteValues)
        {
            var max = InputLimits.IsIdName(name) ? InputLimits.MaxId : InputLimits.MaxQueryValue;
            if (value is not string text || text.Length <= max) continue;
            await Problem(ctx, StatusCodes.Status404NotFound, "path_value_not_found", ("name", name), ("value", text[..Math.Min(text.Length, 20)] + "..."));
            return;
        }
        await next();
    });

    /// <summary>
    /// 404 for a path under /api that matches no endpoint. Without it the fallback authorisation
    /// policy would answer 401/403, as if the resource existed.
    /// </summary>
    public static IApplicationBuilder UseApiNotFound(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var endpoint = ctx.GetEndpoint();
        if (endpoint is null && ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Problem(ctx, StatusCodes.Status404NotFound, "no_such_endpoint");
            return;
        }
        await next();
    });

    /// <summary>
    /// Routing answers a wrong method or content type with endpoints of its own ("405 HTTP Method
    /// Not Supported", "415 HTTP Unsupported Media Type") that declare no policy, so the closed
    /// fallback policy would turn them into 403. After authentication: anonymous callers get
    /// their 401 as on the real endpoint, others the 405/415 with problem details.
    /// </summary>
    public static IApplicationBuilder UseRoutingRejections(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var name = ctx.GetEndpoint()?.DisplayName;
        var status = name switch
        {
            not null when name.StartsWith("405 HTTP", StringComparison.Ordinal) => StatusCodes.Status405MethodNotAllowed,
            not null when name.StartsWith("415 HTTP", StringComparison.Ordinal) => StatusCodes.Status415UnsupportedMediaType,
            _ => 0,
        };
        if (status == 0)
        {
            await next();
            return;
        }
        if (ctx.User.Identity?.IsAuthenticated != true)
        {
            await ctx.ChallengeAsync();
            return;
        }
        await Problem(ctx, status, status == 405 ? "method_not_allowed" : "content_type_not_accepted");
    });

    /// <summary>A limit as people read it: whole MB (rounded down, uploads add a little form overhead) or KB.</summary>
    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{Math.Max(1, bytes / 1024)} KB";

    /// <summary>A problem whose title follows its status and whose detail is the catalogue's <paramref name="code"/>.</summary>
    private static async Task Problem(HttpContext ctx, int status, string code, params (string Name, object? Value)[] args)
    {
        ctx.Response.StatusCode = status;
        await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = ServerTexts.Has($"title.{status}") ? ServerTexts.Get($"title.{status}") : ServerTexts.Get("title.bad_request"),
                Detail = ServerTexts.Get(code, args),
                Extensions = { ["code"] = code },
            },
        });
    }
}
