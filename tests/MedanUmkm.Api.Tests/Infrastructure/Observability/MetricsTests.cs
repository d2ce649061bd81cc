using System.Net;
using System.Net.Http.Json;
using System.Globalization;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Features.Imports;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Observability;

/// <remarks>
/// Not beside other fixtures: ASP.NET Core's meters belong to each host, but a metric is found by its
/// name across the process, and when another fixture's host stops, the OpenTelemetry SDK drops the
/// shared <c>http.server.request.duration</c> stream of this host's exporter too (one host per process
/// in production, so only the tests meet this).
/// </remarks>
[NonParallelizable]
public sealed class MetricsTests : ApiTest
{
    /// <summary>
    /// Scrapes /metrics until it shows <paramref name="expected"/>: ASP.NET Core records a request's
    /// duration as it ends, just after the response, and the exporter serves a scrape from a short cache.
    /// </summary>
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

        // The exporter caches a scrape briefly, so an earlier one may be served first.
        var text = await ScrapeUntil(Admin, "http_server_request_duration_seconds_bucket", "http_route=\"/api/v1/businesses/\"",
            "handler=\"ListBusinesses.Query", "medanumkm_db_duration_seconds_bucket{", "medanumkm_readiness_recomputes_total");

        Assert.That(text, Does.Contain("http_server_request_duration_seconds_bucket{"));
        Assert.That(text, Does.Match(@"http_server_request_duration_seconds_bucket\{[^}]*http_route=""/api/v1/businesses/""[^}]*\} [1-9]"));
        Assert.That(text, Does.Contain("medanumkm_handler_duration_seconds_bucket{").And.Contain("handler=\"ListBusinesses.Query"));
        Assert.That(text, Does.Contain("medanumkm_db_duration_seconds_bucket{").And.Contain("db_operation_name=\"SELECT\""));
        Assert.That(text, Does.Match(@"medanumkm_readiness_recomputes_total\{[^}]*\} [1-9]"));
    }

    /// <summary>The dry-run rows counted so far (the counter is the process's: fixtures running beside this one may add to it, never take away).</summary>
    private async Task<double> DryRunRows()
    {
        var text = await (await Admin.GetAsync("/metrics")).Content.ReadAsStringAsync();
        var match = Regex.Match(text, @"^medanumkm_import_rows_total\{[^}]*kind=""businesses""[^}]*mode=""dry_run""[^}]*outcome=""processed""[^}]*\} (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [Test]
    public async Task AnImport_CountsItsRows()
    {
        var before = await DryRunRows();

        var job = await ImportTestFiles.ImportAsync(Officer,
            ImportTestFiles.Csv(TestData.Business(), TestData.Business(), TestData.Business()), dryRun: true);
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());

        var after = before;
        for (var i = 0; i < 50 && after < before + 3; i++)
        {
            await Task.Delay(100);
            after = await DryRunRows();
        }
        Assert.That(after, Is.GreaterThanOrEqualTo(before + 3));
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
