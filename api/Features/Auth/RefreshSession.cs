using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>
/// The browser renews its session: the refresh cookie for a new access token and a new refresh
/// token of the same family (the presented one is rotated out). A rotated token presented again
/// revokes the whole family. A disabled user, or one whose security stamp changed (role or
/// password change) since the sign-in, gets nothing and the family ends.
/// </summary>
public static class RefreshSession
{
    /// <summary>The refresh token from the cookie (null when the request had none).</summary>
    public sealed record Command(string? RefreshToken) : ICommand<IssueToken.SignedIn?>;

    public const string ExpiredCode = "session_expired";
    public const string ExpiredDetail = "The session has ended. Sign in again.";

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
            var (token, expires) = tokens.Issue(row.UserId, row.Email, row.Name, row.Role, row.UserStamp);
            return new IssueToken.SignedIn(
                new IssueToken.TokenResponse(token, "Bearer", expires, new IssueToken.UserSummary(row.UserId.ToString(), row.Email, row.Name, row.Role)),
                next);
        }

        private async Task RevokeAsync(RefreshTokens.Row row, string action, CancellationToken ct)
        {
            var revoked = await refreshTokens.RevokeFamilyAsync(db, row.FamilyId, ct);
            await audit.RecordAsync("user", row.UserId.ToString(), action, null, new { family = row.FamilyId[..8], revokedTokens = revoked }, ct);
        }
    }
}
