using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>
/// The browser renews its session: the refresh cookie for a new access token and a new refresh
/// token of the same family (the presented one is rotated out). A rotated token presented again
/// revokes the whole family. A disabled user, or one whose security stamp changed (role or
/// password change) since the sign-in, gets nothing and the family ends.
/// </summary>
public static class RefreshSession
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/refresh", async Task<Results<Ok<IssueToken.TokenResponse>, ProblemHttpResult>> (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var signedIn = await sender.Send(new Command(SessionCookie.Read(http.Request)), ct);
                if (signedIn?.Refresh is null)
                {
                    SessionCookie.Delete(http.Response);
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: ServerTexts.Get("title.401"),
                        detail: ServerTexts.Get(ExpiredCode), extensions: new Dictionary<string, object?> { ["code"] = ExpiredCode });
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

    /// <summary>The refresh token from the cookie (null when the request had none).</summary>
    public sealed record Command(string? RefreshToken) : ICommand<IssueToken.SignedIn?>;

    public const string ExpiredCode = "session_expired";

    public sealed class Handler(DbSession db, RefreshTokens refreshTokens, TokenService tokens, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, IssueToken.SignedIn?>
    {
        /// <summary>Null when the session cannot be renewed; what was revoked on the way is kept (committed).</summary>
        public async ValueTask<IssueToken.SignedIn?> Handle(Command command, CancellationToken ct)
        {
            if (command.RefreshToken is not { Length: > 0 and <= 200 } presented) return null;
            var row = await refreshTokens.FindAsync(db, presented, ct);
            if (row is null || row.RevokedAt is not null) return null;
            if (row.RotatedAt is not null)
            {
                await RevokeAsync(row, "refresh_token_reused", ct);
                return null;
            }
            if (row.ExpiresAt <= clock.GetUtcNow()) return null;
            if (!row.IsActive || row.SecurityStamp != row.UserStamp)
            {
                await RevokeAsync(row, "session_ended", ct);
                return null;
            }
            if (!await refreshTokens.RotateAsync(db, row.Id, ct))
            {
                // Another request rotated it a moment ago: the same token used twice.
                await RevokeAsync(row, "refresh_token_reused", ct);
                return null;
            }
            var next = await refreshTokens.IssueAsync(db, row.UserId, row.FamilyId, row.SecurityStamp, ct);
            return IssueToken.SignedIn.Issue(tokens, row.UserId, row.Email, row.Name, row.Role, row.UserStamp, next);
        }

        private async Task RevokeAsync(RefreshTokens.Row row, string action, CancellationToken ct)
        {
            var revoked = await refreshTokens.RevokeFamilyAsync(db, row.FamilyId, ct);
            await audit.RecordAsync("user", row.UserId.ToString(CultureInfo.InvariantCulture), action, null, new { family = row.FamilyId[..8], revokedTokens = revoked }, ct);
        }
    }
}
