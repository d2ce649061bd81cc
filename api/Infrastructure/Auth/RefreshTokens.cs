using System.Security.Cryptography;
using System.Text;
using MedanUmkm.Api.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>A refresh token just made: the secret (only ever in the cookie) and when it stops working.</summary>
public sealed record IssuedRefreshToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>
/// The browser's rotating refresh tokens. Only a SHA-256 of each token is stored. Every token of
/// one sign-in shares a family id; each renewal rotates the token (the old one is marked rotated,
/// a new one of the same family is issued). A rotated token presented again means it was copied:
/// the whole family is revoked, so the thief and the victim both have to sign in again.
/// </summary>
public sealed class RefreshTokens(IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>A stored token with its user as they are now.</summary>
    public sealed class Row
    {
        public int Id { get; init; }
        public int UserId { get; init; }
        public string FamilyId { get; init; } = "";
        public string SecurityStamp { get; init; } = "";
        public DateTimeOffset ExpiresAt { get; init; }
        public DateTimeOffset? RotatedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public bool IsActive { get; init; }
        public string UserStamp { get; init; } = "";
    }

    private const string InsertSql = """
        INSERT INTO RefreshTokens (UserId, FamilyId, TokenHash, SecurityStamp, CreatedAt, ExpiresAt)
        VALUES (@UserId, @FamilyId, @TokenHash, @SecurityStamp, @Now, @ExpiresAt)
        """;
    private const string FindSql = """
        SELECT t.Id, t.UserId, t.FamilyId, t.SecurityStamp, t.ExpiresAt, t.RotatedAt, t.RevokedAt,
               u.Email, u.Name, u.Role, u.IsActive, u.SecurityStamp AS UserStamp
        FROM RefreshTokens t JOIN Users u ON u.Id = t.UserId
        WHERE t.TokenHash = @TokenHash
        """;
    private const string RotateSql = "UPDATE RefreshTokens SET RotatedAt = @Now WHERE Id = @Id AND RotatedAt IS NULL AND RevokedAt IS NULL";
    private const string RevokeFamilySql = "UPDATE RefreshTokens SET RevokedAt = @Now WHERE FamilyId = @FamilyId AND RevokedAt IS NULL";
    private const string RevokeUserSql = "UPDATE RefreshTokens SET RevokedAt = @Now WHERE UserId = @UserId AND RevokedAt IS NULL";

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    /// <summary>A new family (a new sign-in) with its first token.</summary>
    public Task<IssuedRefreshToken> StartFamilyAsync(DbSession db, int userId, string securityStamp, CancellationToken ct) =>
        IssueAsync(db, userId, Guid.NewGuid().ToString("N"), securityStamp, ct);

    public async Task<IssuedRefreshToken> IssueAsync(DbSession db, int userId, string familyId, string securityStamp, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var expires = now.AddHours(options.Value.RefreshHours);
        await db.ExecuteAsync(InsertSql, new
        {
            UserId = userId, FamilyId = familyId, TokenHash = Hash(token), SecurityStamp = securityStamp, Now = now, ExpiresAt = expires,
        }, ct);
        return new IssuedRefreshToken(token, expires);
    }

    public Task<Row?> FindAsync(DbSession db, string token, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<Row>(FindSql, new { TokenHash = Hash(token) }, ct);

    /// <summary>Marks the token used; false when another request rotated or revoked it first.</summary>
    public async Task<bool> RotateAsync(DbSession db, int id, CancellationToken ct) =>
        await db.ExecuteAsync(RotateSql, new { Id = id, Now = clock.GetUtcNow() }, ct) == 1;

    public Task<int> RevokeFamilyAsync(DbSession db, string familyId, CancellationToken ct) =>
        db.ExecuteAsync(RevokeFamilySql, new { FamilyId = familyId, Now = clock.GetUtcNow() }, ct);

    /// <summary>Ends every browser session of a user (disable, password change, password reset).</summary>
    public Task<int> RevokeAllForUserAsync(DbSession db, int userId, CancellationToken ct) =>
        db.ExecuteAsync(RevokeUserSql, new { UserId = userId, Now = clock.GetUtcNow() }, ct);
}

/// <summary>
/// The refresh token's cookie: httpOnly (no script reads it), Secure (HTTPS only; browsers also
/// accept it on http://localhost and http://127.0.0.1), SameSite=Strict (never sent by another
/// site's page), and scoped to /api/v1/auth, so it travels only to the refresh, sign-out and
/// change-password calls, never with ordinary API requests.
/// </summary>
public static class SessionCookie
{
    public const string Name = "medanumkm_refresh";
    public const string Path = "/api/v1/auth";

    public static string? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static void Append(HttpResponse response, IssuedRefreshToken token) =>
        response.Cookies.Append(Name, token.Token, Options(token.ExpiresAt));

    public static void Delete(HttpResponse response) =>
        response.Cookies.Delete(Name, Options(null));

    private static CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expires,
        IsEssential = true,
    };
}
