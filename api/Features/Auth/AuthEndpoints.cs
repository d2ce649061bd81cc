using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>Route table of /api/v1/auth.</summary>
public sealed class AuthEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Auth");

        group.MapPost("/token", async ([FromBody] IssueToken.Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .WithName(nameof(IssueToken))
            .WithSummary("Sign in with e-mail and password; returns a bearer token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimiting.LoginPolicy);

        group.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentUser.Query(), ct)))
            .WithName(nameof(GetCurrentUser))
            .WithSummary("Who am I")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(Policies.Authenticated);

        group.MapPost("/change-password", async ([FromBody] ChangePassword.Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .WithName(nameof(ChangePassword))
            .WithSummary("Change your own password; returns a fresh token")
            .WithDescription("The new password needs at least 10 characters with letters and digits. Every other token of the user stops working.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAuthorization(Policies.StaffRead)
            .RequireRateLimiting(RateLimiting.LoginPolicy);
    }
}
