using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
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
                var signedIn = await sender.Send(command, ct);
                if (signedIn.Refresh is not null) SessionCookie.Append(http.Response, signedIn.Refresh);
                return TypedResults.Ok(signedIn.Response);
            })
            .WithName(nameof(IssueToken))
            .WithSummary("Sign in with e-mail and password; returns a bearer token")
            .WithDescription("An unknown e-mail, a wrong password, a disabled account and an address that must wait after repeated failures " +
                "all get the same 401 (code invalid_credentials). Failures slow down the address they come from, for that e-mail only. " +
                "429 with Retry-After when too many sign-ins failed from the address or for the account this minute. " +
                "With useRefreshCookie the browser also gets the refresh cookie for POST /auth/refresh.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AllowAnonymous();

        group.MapPost("/refresh", async Task<Results<Ok<IssueToken.TokenResponse>, ProblemHttpResult>> (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var signedIn = await sender.Send(new RefreshSession.Command(SessionCookie.Read(http.Request)), ct);
                if (signedIn?.Refresh is null)
                {
                    SessionCookie.Delete(http.Response);
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                        detail: RefreshSession.ExpiredDetail, extensions: new Dictionary<string, object?> { ["code"] = RefreshSession.ExpiredCode });
                }
                SessionCookie.Append(http.Response, signedIn.Refresh);
                return TypedResults.Ok(signedIn.Response);
            })
            .WithName(nameof(RefreshSession))
            .WithSummary("Renew the browser's session from its refresh cookie; returns a new bearer token")
            .WithDescription("For the browser client: reads the httpOnly refresh cookie set at sign-in, rotates it (a new cookie comes back) " +
                "and returns a new access token. A refresh token used twice ends every session of that sign-in. 401 (code session_expired) " +
                "when there is no valid cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();

        group.MapPost("/sign-out", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignOut.Command(SessionCookie.Read(http.Request)), ct);
                SessionCookie.Delete(http.Response);
                return TypedResults.NoContent();
            })
            .WithName(nameof(SignOut))
            .WithSummary("Sign the browser out: its refresh cookie stops working and is cleared")
            .WithDescription("Answers 204 whether or not a session was open. Access tokens already issued run out on their own (minutes).")
            .AllowAnonymous();

        group.MapGet("/me", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetCurrentUser.Query(), ct)))
            .WithName(nameof(GetCurrentUser))
            .WithSummary("Who am I")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(Policies.Authenticated);

        group.MapPost("/change-password", async ([FromBody] ChangePassword.Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var signedIn = await sender.Send(command with { KeepBrowserSession = SessionCookie.Read(http.Request) is not null }, ct);
                if (signedIn.Refresh is not null) SessionCookie.Append(http.Response, signedIn.Refresh);
                return TypedResults.Ok(signedIn.Response);
            })
            .WithName(nameof(ChangePassword))
            .WithSummary("Change your own password; returns a fresh token")
            .WithDescription("The new password needs at least 10 characters with letters and digits. Every other token and browser session of the user stops working.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireAuthorization(Policies.StaffRead)
            .RequireRateLimiting(RateLimiting.LoginPolicy);
    }
}
