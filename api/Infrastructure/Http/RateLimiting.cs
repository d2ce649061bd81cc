using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>Configuration section <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    /// <summary>Requests per minute per user, API key, or (anonymous) client address.</summary>
    public int PerMinute { get; set; } = 600;
    /// <summary>
    /// Failed sign-ins per minute per client address (successful ones are not counted), and
    /// password-change requests per minute per address.
    /// </summary>
    public int LoginPerMinute { get; set; } = 30;
    /// <summary>Failed sign-ins per minute per account from all addresses together (see SignInThrottle).</summary>
    public int LoginPerAccountPerMinute { get; set; } = 10;
}

public static class RateLimiting
{
    /// <summary>Password changes: every request counts, per client address.</summary>
    public const string LoginPolicy = "login";

    public static IServiceCollection AddMedanRateLimiting(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RateLimitOptions>(config.GetSection(RateLimitOptions.Section));
        services.AddSingleton<Auth.SignInThrottle>();
        var limits = config.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                RateLimitPartition.GetFixedWindowLimiter(PartitionKey(ctx), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(LoginPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                "login:" + ctx.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.LoginPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (ctx, ct) =>
            {
                var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                var http = ctx.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = 429,
                        Title = ServerTexts.Get("title.429"),
                        Detail = ServerTexts.Get("rate_limited", ("seconds", (int)Math.Ceiling(retry.TotalSeconds))),
                        Extensions = { ["code"] = "rate_limited" },
                    },
                });
            };
        });
        return services;
    }

    // Partitions by credential where there is one (the user or key, not the address they share),
    // else by client address. Authentication runs before the limiter, so the user is known.
    private static string PartitionKey(HttpContext ctx)
    {
        var user = ctx.User;
        if (user.Identity?.IsAuthenticated == true)
            return (user.FindFirstValue(Auth.MedanClaims.ActorType) ?? "user") + ":" + user.FindFirstValue(ClaimTypes.NameIdentifier);
        return "ip:" + ctx.Connection.RemoteIpAddress;
    }
}
