using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using MedanUmkm.Api.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>API key format: <c>mu_{prefix}_{secret}</c>; only the prefix and a SHA-256 of the whole key are stored.</summary>
public static class ApiKeyFormat
{
    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"mu_{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_');
        return parts.Length == 3 && parts[0] == "mu" && parts[1].Length == 12 ? parts[1] : null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '.');
}

/// <summary>Authenticates <c>X-Api-Key</c>: known prefix, matching hash, not revoked or expired.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ConnectionFactory connections, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private sealed class KeyRow
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string KeyHash { get; init; } = "";
        public string Scopes { get; init; } = "";
        public DateTimeOffset? ExpiresAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }
    }

    private const string FindSql = """
        SELECT Id, Name, KeyHash, Scopes, ExpiresAt, RevokedAt, LastUsedAt
        FROM ApiKeys WHERE Prefix = @Prefix
        """;
    private const string TouchSql = "UPDATE ApiKeys SET LastUsedAt = @Now WHERE Id = @Id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values)) return AuthenticateResult.NoResult();
        var key = values.ToString();
        var prefix = ApiKeyFormat.PrefixOf(key);
        if (prefix is null) return AuthenticateResult.Fail("Malformed API key.");

        await using var connection = await connections.OpenAsync(Context.RequestAborted);
        var row = await Dapper.SqlMapper.QuerySingleOrDefaultAsync<KeyRow>(connection, FindSql, new { Prefix = prefix });
        if (row is null) return AuthenticateResult.Fail("Unknown API key.");
        var presented = Encoding.ASCII.GetBytes(ApiKeyFormat.Hash(key));
        if (!CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(row.KeyHash)))
            return AuthenticateResult.Fail("Unknown API key.");
        var now = clock.GetUtcNow();
        if (row.RevokedAt is not null) return AuthenticateResult.Fail("API key revoked.");
        if (row.ExpiresAt is { } exp && exp <= now) return AuthenticateResult.Fail("API key expired.");

        // Last use is recorded at most once a minute per key, to keep reads free of writes.
        if (row.LastUsedAt is null || now - row.LastUsedAt.Value > TimeSpan.FromMinutes(1))
            await Dapper.SqlMapper.ExecuteAsync(connection, TouchSql, new { Now = now, row.Id });

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, row.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, row.Name),
            new(MedanClaims.ActorType, "api_key"),
        };
        claims.AddRange(row.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(MedanClaims.Scope, s)));
        var identity = new ClaimsIdentity(claims, AuthSchemes.ApiKey, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), AuthSchemes.ApiKey));
    }
}
