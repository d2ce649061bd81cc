using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>Issues short-lived HMAC-SHA256 JWTs for staff users.</summary>
public sealed class TokenService(SigningKey key, IOptions<AuthOptions> options, TimeProvider clock)
{
    public (string Token, DateTimeOffset ExpiresAt) Issue(int userId, string email, string name, string role, string securityStamp)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.Value.TokenMinutes);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.Email, email),
                new Claim("name", name),
                new Claim("role", role),
                new Claim(MedanClaims.SecurityStamp, securityStamp),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }
}
