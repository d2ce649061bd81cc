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
                await Problem(ctx, StatusCodes.Status413PayloadTooLarge, "Payload too large",
                    $"The request body is larger than this endpoint accepts ({limit} bytes).");
                return;
            }
        }
        await next();
    });

    /// <summary>
    /// 404 for a path under /api that matches no endpoint. Without it the fallback authorisation
    /// policy would answer 401/403, as if the resource existed.
    /// </summary>
    public static IApplicationBuilder UseApiNotFound(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.GetEndpoint() is null && ctx.Request.Path.StartsWithSegments("/api"))
        {
            await Problem(ctx, StatusCodes.Status404NotFound, "Not found", "No API endpoint has this path. See /swagger for the API.");
            return;
        }
        await next();
    });

    private static async Task Problem(HttpContext ctx, int status, string title, string detail)
    {
        ctx.Response.StatusCode = status;
        await ctx.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
