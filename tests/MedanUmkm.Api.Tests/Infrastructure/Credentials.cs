using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>API keys and hand-made tokens for the security tests.</summary>
public static class Credentials
{
    public const string TestSigningKey = "test-signing-key-that-is-long-enough-for-hmac-sha256";

    /// <summary>Creates an API key through the API (as admin) and returns the key and its id.</summary>
    public static async Task<(string Key, string Id, string ETag)> CreateApiKeyAsync(HttpClient admin, params string[] scopes)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = $"Integrasi uji {TestData.Next()}", scopes });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, body.GetProperty("apiKey").GetProperty("id").GetString()!, response.Headers.ETag!.ToString());
    }

    /// <summary>A client that sends the given X-Api-Key.</summary>
    public static HttpClient WithApiKey(this ApiFactory factory, string key)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Add(AuthSchemes.ApiKeyHeader, key);
        return client;
    }

    /// <summary>A client that sends the given bearer token.</summary>
    public static HttpClient WithToken(this ApiFactory factory, string token)
    {
        var client = factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs a token with the test key, as the API would, with the claims and times given.</summary>
    public static string CraftToken(IDictionary<string, object> claims, DateTime notBefore, DateTime expires,
        string signingKey = TestSigningKey, string issuer = "medanumkm", string audience = "medanumkm-api") =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
}
