using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>OWASP API4:2023 unrestricted resource consumption: request rates. Own APIs with low limits.</summary>
[Category("Api")]
[Parallelizable(ParallelScope.All)] // the tests run beside each other: each test boots its own host with its own limits
public sealed class RateLimitTests
{
    private static async Task AssertTooManyRequests(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.TryGetValues("Retry-After", out var retry), Is.True, "Retry-After missing");
        Assert.That(int.Parse(retry!.Single()), Is.InRange(1, 60));
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32(), Is.EqualTo(429));
    }

    [Test]
    public async Task SignIn_AfterTheLoginLimit_Returns429WithRetryAfter()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["RateLimits:LoginPerMinute"] = "3" });
        var client = factory.Anonymous();
        for (var i = 0; i < 3; i++)
        {
            var attempt = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "tebak@medanumkm.go.id", password = $"Tebak{i}12345678" });
            Assert.That(attempt.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await AssertTooManyRequests(await client.PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = ApiFactory.Password }));
    }

    [Test]
    public async Task SignIn_SuccessesDoNotCountTowardsTheLoginLimit()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["RateLimits:LoginPerMinute"] = "3" });
        var client = factory.Anonymous();

        for (var i = 0; i < 10; i++)
            Assert.That((await client.PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = ApiFactory.Password })).StatusCode,
                Is.EqualTo(HttpStatusCode.OK), $"sign-in {i + 1}");
    }

    [Test]
    public async Task SignIn_AfterTheAccountLimit_AddressesThatFailedGet429_TheOwnersAddressStillSignsIn()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["RateLimits:LoginPerAccountPerMinute"] = "3" });
        HttpClient From(string address)
        {
            var c = factory.Anonymous();
            c.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return c;
        }
        // A guesser spread over three addresses.
        foreach (var address in new[] { "192.0.2.1", "192.0.2.2", "192.0.2.3" })
            Assert.That((await From(address).PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = "Tebak12345678" })).StatusCode,
                Is.EqualTo(HttpStatusCode.Unauthorized));

        await AssertTooManyRequests(await From("192.0.2.1").PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = "Tebak22345678" }));
        var owner = await From("198.51.100.1").PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = ApiFactory.Password });
        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the owner's address has no failures for the account");
    }

    [Test]
    public async Task AnyEndpoint_AfterThePerMinuteLimit_Returns429WithRetryAfter()
    {
        using var factory = new ApiFactory(new Dictionary<string, string> { ["RateLimits:PerMinute"] = "5" });
        var client = await factory.As("admin");
        for (var i = 0; i < 5; i++)
            Assert.That((await client.GetAsync("/api/v1/businesses")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await AssertTooManyRequests(await client.GetAsync("/api/v1/businesses"));
        // The limit is per caller: another credential still gets through.
        Assert.That((await (await factory.As("viewer")).GetAsync("/api/v1/businesses")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
