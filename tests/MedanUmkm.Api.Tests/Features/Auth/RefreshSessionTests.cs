using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Auth;

/// <summary>
/// Issue #14, defect 9: the browser keeps its session in a rotating refresh token (httpOnly
/// cookie), so a reload or a new tab stays signed in; a copied token ends the whole session.
/// </summary>
public sealed class RefreshSessionTests : ApiTest
{
    private const string Refresh = "/api/v1/auth/refresh";

    private async Task<(string Email, string Token, HttpClient Browser)> BrowserSignIn(string role = "officer")
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, role);
        var browser = Factory.From("198.51.100.7");
        var response = await browser.SignIn(email, UserTestData.Password, cookie: true);
        await Expect(response, HttpStatusCode.OK);
        return (email, AuthTestClients.RefreshToken(response), browser);
    }

    private static async Task<string> AccessToken(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;

    [Test]
    public async Task BrowserSignIn_SetsAnHttpOnlySecureStrictCookieScopedToTheAuthRoutes()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        var response = await Factory.From("198.51.100.8").SignIn(email, UserTestData.Password, cookie: true);

        var header = AuthTestClients.RefreshSetCookie(response);
        Assert.That(header, Is.Not.Null);
        var attributes = header!.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.That(attributes, Does.Contain("httponly"));
        Assert.That(attributes, Does.Contain("secure"));
        Assert.That(attributes, Does.Contain("samesite=strict"));
        Assert.That(attributes, Does.Contain("path=/api/v1/auth"));
        Assert.That(attributes.Any(a => a.StartsWith("expires=", StringComparison.Ordinal)), Is.True, "survives closing the tab");
        var stored = await Factory.ScalarAsync<string>("SELECT TokenHash FROM RefreshTokens WHERE TokenHash = @Hash",
            new { Hash = MedanUmkm.Api.Infrastructure.Auth.RefreshTokens.Hash(AuthTestClients.RefreshToken(response)) });
        Assert.That(stored, Is.Not.Null.And.Not.EqualTo(AuthTestClients.RefreshToken(response)), "only a hash is stored");
    }

    [Test]
    public async Task IntegratorSignIn_GetsNoCookie()
    {
        var response = await Factory.From("198.51.100.9").SignIn(ApiFactory.AdminEmail, ApiFactory.Password);

        await Expect(response, HttpStatusCode.OK);
        Assert.That(AuthTestClients.RefreshSetCookie(response), Is.Null);
    }

    [Test]
    public async Task Refresh_ReturnsAWorkingAccessToken_AndRotatesTheCookie()
    {
        var (email, first, browser) = await BrowserSignIn();

        var response = await browser.PostWithCookie(Refresh, first);

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo(email));
        var second = AuthTestClients.RefreshToken(response);
        Assert.That(second, Is.Not.Empty.And.Not.EqualTo(first));
        await Expect(await Factory.WithToken(await AccessToken(response)).GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        // The new one renews again (a reload after a reload).
        await Expect(await browser.PostWithCookie(Refresh, second), HttpStatusCode.OK);
    }

    [Test]
    public async Task ReusingARotatedToken_RevokesTheWholeFamily()
    {
        var (email, first, browser) = await BrowserSignIn();
        var rotated = await browser.PostWithCookie(Refresh, first);
        var current = AuthTestClients.RefreshToken(rotated);

        // Someone replays the old token (copied before it was rotated).
        var replay = await Expect(await Factory.From("192.0.2.66").PostWithCookie(Refresh, first), HttpStatusCode.Unauthorized);

        Assert.That(replay.GetProperty("code").GetString(), Is.EqualTo("session_expired"));
        // The legitimate browser's newer token is dead too: both must sign in again.
        await Expect(await browser.PostWithCookie(Refresh, current), HttpStatusCode.Unauthorized);
        var userId = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = email });
        Assert.That(await Factory.ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'user' AND EntityId = @Id AND Action = 'refresh_token_reused'",
            new { Id = userId.ToString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task RefreshWithoutOrWithAnUnknownCookie_Returns401AndClearsTheCookie()
    {
        await Expect(await Factory.From("198.51.100.10").PostWithCookie(Refresh, null), HttpStatusCode.Unauthorized);
        var response = await Factory.From("198.51.100.10").PostWithCookie(Refresh, "not-a-token");

        var problem = await Expect(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_expired"));
        Assert.That(AuthTestClients.RefreshSetCookie(response), Does.Contain("expires=Thu, 01 Jan 1970"));
    }

    [Test]
    public async Task AnExpiredRefreshToken_Returns401()
    {
        var (_, token, browser) = await BrowserSignIn();
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await Factory.ScalarAsync<int>("UPDATE RefreshTokens SET ExpiresAt = @Past WHERE TokenHash = @Hash",
            new { Past = now.AddSeconds(-1), Hash = MedanUmkm.Api.Infrastructure.Auth.RefreshTokens.Hash(token) });

        await Expect(await browser.PostWithCookie(Refresh, token), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task SignOut_RevokesTheSession_AndClearsTheCookie()
    {
        var (_, token, browser) = await BrowserSignIn();

        var response = await browser.PostWithCookie("/api/v1/auth/sign-out", token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(AuthTestClients.RefreshSetCookie(response), Does.Contain("expires=Thu, 01 Jan 1970").And.Contain("path=/api/v1/auth"));
        await Expect(await browser.PostWithCookie(Refresh, token), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task DisablingTheUser_EndsTheBrowserSession()
    {
        var (email, token, browser) = await BrowserSignIn();
        var id = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = email });
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!.ToString();
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag)), HttpStatusCode.OK);

        await Expect(await browser.PostWithCookie(Refresh, token), HttpStatusCode.Unauthorized);
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM RefreshTokens WHERE UserId = @Id AND RevokedAt IS NULL", new { Id = id }),
            Is.EqualTo(0));
    }

    [Test]
    public async Task ChangingTheRole_EndsTheBrowserSession()
    {
        var (email, token, browser) = await BrowserSignIn();
        var id = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = email });
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!.ToString();
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", etag, new { role = "viewer" })), HttpStatusCode.OK);

        await Expect(await browser.PostWithCookie(Refresh, token), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ChangingThePassword_EndsOtherBrowserSessions_AndRenewsThisOne()
    {
        var (email, thisBrowser, browser) = await BrowserSignIn();
        var other = AuthTestClients.RefreshToken(await Factory.From("198.51.100.11").SignIn(email, UserTestData.Password, cookie: true));
        var renewed = await browser.PostWithCookie(Refresh, thisBrowser);
        browser.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await AccessToken(renewed));

        var changed = await browser.PostWithCookie("/api/v1/auth/change-password", AuthTestClients.RefreshToken(renewed),
            new { currentPassword = UserTestData.Password, newPassword = "Baru2026medan" });

        await Expect(changed, HttpStatusCode.OK);
        await Expect(await browser.PostWithCookie(Refresh, other), HttpStatusCode.Unauthorized);
        await Expect(await browser.PostWithCookie(Refresh, AuthTestClients.RefreshToken(changed)), HttpStatusCode.OK);
    }

    [Test]
    public async Task FiftyOfficersBehindOneAddress_AllSignInWithinAMinute()
    {
        using var factory = new ApiFactory(new Dictionary<string, string>
        {
            // The product's defaults, not the test suite's generous ones.
            ["RateLimits:LoginPerMinute"] = new MedanUmkm.Api.Infrastructure.Http.RateLimitOptions().LoginPerMinute.ToString(),
        });
        var emails = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            var email = $"petugas{i}.{TestData.Next()}@medanumkm.go.id";
            await factory.CreateUserAsync(email, "officer");
            emails.Add(email);
        }
        var office = factory.From("182.23.10.5");

        var statuses = new List<HttpStatusCode>();
        foreach (var email in emails)
        {
            var response = await office.SignIn(email, ApiFactory.Password, cookie: true);
            statuses.Add(response.StatusCode);
            if (response.IsSuccessStatusCode) Assert.That(await AccessToken(response), Is.Not.Empty);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }
}
