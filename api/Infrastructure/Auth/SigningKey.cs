using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>The token signing key, from configuration or made once per process.</summary>
public sealed class SigningKey(IOptions<AuthOptions> options)
{
    public SymmetricSecurityKey Key { get; } = new(
        options.Value.SigningKey is { Length: >= 32 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : RandomNumberGenerator.GetBytes(64));
}
