using System.Net;
using System.Net.Http.Json;
using System.Text;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>OWASP API4 (resource consumption) and API8 (security misconfiguration).</summary>
public sealed class MisconfigurationTests : ApiTest
{
    [Test]
    public async Task ABodyAboveOneMegabyte_Returns413ProblemDetails()
    {
        var big = new StringBuilder("{\"name\":\"");
        big.Append('x', 1024 * 1024 + 10).Append("\"}");

        var response = await Officer.PostAsync("/api/v1/businesses", new StringContent(big.ToString(), Encoding.UTF8, "application/json"));

        var problem = await Expect(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("lebih besar")); // "larger" in Indonesian, the default language
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("payload_too_large_at_most"));
    }

    [TestCase("/api/v1/businesses?pageSize=1000")]
    [TestCase("/api/v1/businesses?pageSize=0")]
    [TestCase("/api/v1/businesses?page=0")]
    [TestCase("/api/v1/users?pageSize=101")]
    [TestCase("/api/v1/api-keys?pageSize=1000")]
    [TestCase("/api/v1/audit-events?pageSize=1000")]
    public async Task PageSizeOutsideBounds_Returns400(string url)
    {
        await Expect(await Admin.GetAsync(url), HttpStatusCode.BadRequest);
    }

    [TestCase("/api/v1/businesses")]
    [TestCase("/api/v1/nothing-here")]
    [TestCase("/health/live")]
    public async Task SecurityHeaders_AreOnEveryResponse(string url)
    {
        var response = await Anonymous.GetAsync(url);

        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"));
        Assert.That(response.Headers.Contains("Server"), Is.False);
    }

    [TestCase("GET", "/api/v1/nothing-here")]
    [TestCase("POST", "/api/v1/businesses/1/explode")]
    [TestCase("GET", "/api/v2/businesses")]
    public async Task UnknownRouteUnderApi_Returns404Problem_EvenWithoutCredentials(string method, string url)
    {
        await Expect(await Anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)), HttpStatusCode.NotFound);
        await Expect(await Viewer.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)), HttpStatusCode.NotFound);
    }

    /// <summary>Error bodies of many kinds: none may carry a stack trace or a .NET type name.</summary>
    [Test]
    public async Task ErrorBodies_CarryNoStackTraceOrExceptionType()
    {
        var (business, _) = await TestData.RegisterBusiness(Officer);
        var id = business.GetProperty("id").GetString();
        var json = (string s) => new StringContent(s, Encoding.UTF8, "application/json");
        var big = new string('x', 1024 * 1024 + 10);
        var responses = new List<(string What, HttpResponseMessage Response)>
        {
            ("401", await Anonymous.GetAsync("/api/v1/businesses")),
            ("403", await Viewer.PostAsync("/api/v1/businesses", json("{}"))),
            ("404", await Viewer.GetAsync("/api/v1/businesses/999999")),
            ("404 route", await Viewer.GetAsync("/api/v1/none")),
            ("400 validation", await Officer.PostAsync("/api/v1/businesses", json("{}"))),
            ("400 bad json", await Officer.PostAsync("/api/v1/businesses", json("{ \"name\": "))),
            ("400 wrong type", await Officer.PostAsync("/api/v1/businesses", json("{ \"employees\": \"many\" }"))),
            ("400 bad enum", await Officer.PostAsync("/api/v1/businesses", json("{ \"sector\": 3 }"))),
            ("400 bad query", await Admin.GetAsync("/api/v1/audit-events?from=kemarin")),
            ("400 bad page", await Viewer.GetAsync("/api/v1/businesses?page=abc")),
            ("415", await Officer.PostAsync("/api/v1/businesses", new StringContent("name=x", Encoding.UTF8, "text/plain"))),
            ("413", await Officer.PostAsync("/api/v1/businesses", json($"{{\"name\":\"{big}\"}}"))),
            ("428", await Officer.PutAsJsonAsync($"/api/v1/businesses/{id}", TestData.Business())),
            ("412", await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", "\"99\"", TestData.Business()))),
            ("401 key", await Factory.WithApiKey("mu_000000000000_x").GetAsync("/api/v1/businesses")),
        };

        foreach (var (what, response) in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"{what}: {body}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{what}: {body}");
            Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception").And.Not.Contain("System.").And.Not.Contain("Microsoft."),
                $"{what} leaks internals: {body}");
        }
    }
}

/// <summary>Cross-origin calls from browsers: only the configured origins.</summary>
public sealed class CorsTests : ApiTest
{
    private const string Allowed = "https://umkm.pemkomedan.go.id";

    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = Allowed };

    private async Task<HttpResponseMessage> Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/businesses");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await Anonymous.SendAsync(request);
    }

    [Test]
    public async Task AnAllowedOrigin_GetsTheCorsHeaders()
    {
        var preflight = await Preflight(Allowed);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/businesses");
        request.Headers.Add("Origin", Allowed);
        var actual = await Viewer.SendAsync(request);

        Assert.That(preflight.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo(Allowed));
        Assert.That(actual.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(actual.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo(Allowed));
        Assert.That(string.Join(",", actual.Headers.GetValues("Access-Control-Expose-Headers")), Does.Contain("ETag"));
    }

    [Test]
    public async Task AnotherOrigin_GetsNoCorsHeaders()
    {
        var preflight = await Preflight("https://evil.example.com");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/businesses");
        request.Headers.Add("Origin", "https://evil.example.com");
        var actual = await Viewer.SendAsync(request);

        Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
        Assert.That(actual.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }
}
