using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Auth;

/// <summary>Sign-in helpers: a caller at a given client address, and the refresh cookie as a browser keeps it.</summary>
public static class AuthTestClients
{
    public const string CookieName = "medanumkm_refresh";

    /// <summary>
    /// A client whose requests come from <paramref name="address"/> (the test server's connection is
    /// trusted as a proxy, so X-Forwarded-For sets the client address as a reverse proxy would).
    /// Cookies are not kept automatically: the refresh cookie is Secure and the test server is http.
    /// </summary>
    public static HttpClient From(this ApiFactory factory, string address)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false,
        });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    public static Task<HttpResponseMessage> SignIn(this HttpClient client, string email, string password, bool cookie = false) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { email, password, useRefreshCookie = cookie });

    /// <summary>The Set-Cookie header for the refresh cookie, or null.</summary>
    public static string? RefreshSetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.LastOrDefault(v => v.StartsWith(CookieName + "=", StringComparison.Ordinal))
            : null;

    /// <summary>The refresh token's value from the answer's Set-Cookie (empty when the cookie was cleared).</summary>
    public static string RefreshToken(HttpResponseMessage response)
    {
        var header = RefreshSetCookie(response) ?? throw new AssertionException("no refresh cookie in the answer");
        return header[(CookieName.Length + 1)..].Split(';')[0];
    }

    /// <summary>POST /auth/refresh (or another auth route) sending the given refresh token as the browser would.</summary>
    public static Task<HttpResponseMessage> PostWithCookie(this HttpClient client, string path, string? refreshToken, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (refreshToken is not null) request.Headers.Add("Cookie", $"{CookieName}={refreshToken}");
        if (body is not null) request.Content = JsonContent.Create(body);
        return client.SendAsync(request);
    }
}
