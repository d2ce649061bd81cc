using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Observability;

public sealed class MetricsTests : ApiTest
{
    /// <summary>Scrapes /metrics until it shows <paramref name="expected"/> (ASP.NET Core records a request's duration as it ends, just after the response).</summary>
    private async Task<string> ScrapeUntil(HttpClient client, params string[] expected)
    {
        var text = "";
        for (var i = 0; i < 50; i++)
        {
            var response = await client.GetAsync("/metrics");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            text = await response.Content.ReadAsStringAsync();
            if (expected.All(text.Contains)) return text;
            await Task.Delay(100);
        }
        return text;
    }

    [Test]
    public async Task Scrape_AsAdmin_AfterARequest_ShowsRequestHandlerAndDatabaseDurations()
    {
        await Expect(await Officer.GetAsync("/api/v1/businesses"), HttpStatusCode.OK);
        await TestData.RegisterBusiness(Officer); // recomputes the business's readiness

        var text = await ScrapeUntil(Admin, "http_server_request_duration_seconds_bucket", "http_route=\"/api/v1/businesses/\"");

        Assert.That(text, Does.Contain("http_server_request_duration_seconds_bucket{"));
        Assert.That(text, Does.Match(@"http_server_request_duration_seconds_bucket\{[^}]*http_route=""/api/v1/businesses/""[^}]*\} [1-9]"));
        Assert.That(text, Does.Contain("medanumkm_handler_duration_seconds_bucket{").And.Contain("handler=\"ListBusinesses.Query"));
        Assert.That(text, Does.Contain("medanumkm_db_duration_seconds_bucket{").And.Contain("db_operation_name=\"SELECT\""));
        Assert.That(text, Does.Match(@"medanumkm_readiness_recomputes_total\{[^}]*\} [1-9]"));
    }

    [Test]
    public async Task Scrape_WithoutCredentials_Is401_AndForStaffOtherThanAdmin_Is403()
    {
        Assert.That((await Anonymous.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Officer.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Viewer.GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Scrape_WithAnApiKey_NeedsTheMetricsReadScope()
    {
        var (metricsKey, _, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.MetricsRead);
        var (readKey, _, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);

        var scraped = await Factory.WithApiKey(metricsKey).GetAsync("/metrics");
        Assert.That(scraped.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(scraped.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain").Or.EqualTo("application/openmetrics-text"));
        Assert.That((await Factory.WithApiKey(readKey).GetAsync("/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        // The key itself can do nothing else.
        Assert.That((await Factory.WithApiKey(metricsKey).GetAsync("/api/v1/businesses")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task EveryResponse_CarriesXRequestId_EqualToTheProblemDetailsTraceId()
    {
        var ok = await Officer.GetAsync("/api/v1/businesses");
        var okId = ok.Headers.GetValues("X-Request-Id").Single();
        Assert.That(okId, Does.Match("^[0-9a-f]{32}$"));

        var missing = await Officer.GetAsync("/api/v1/businesses/987654");
        var problem = await Expect(missing, HttpStatusCode.NotFound);
        var id = missing.Headers.GetValues("X-Request-Id").Single();
        Assert.That(id, Does.Match("^[0-9a-f]{32}$").And.Not.EqualTo(okId));
        Assert.That(problem.GetProperty("traceId").GetString(), Is.EqualTo(id));

        var invalid = await Officer.PostAsJsonAsync("/api/v1/businesses", new { name = "" });
        var validation = await Expect(invalid, HttpStatusCode.BadRequest);
        Assert.That(validation.GetProperty("traceId").GetString(), Is.EqualTo(invalid.Headers.GetValues("X-Request-Id").Single()));
    }
}
