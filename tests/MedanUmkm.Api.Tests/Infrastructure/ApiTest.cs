using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Time.Testing;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// Base of the API tests: one migrated database per fixture (test class), clients per role, and the
/// API's clock (<see cref="Clock"/>, starting at <see cref="TestClock.Start"/> or <see cref="ClockStart"/>).
/// Category "Api": the suite that reruns on SQL Server when MEDANUMKM_TEST_SQLSERVER is set.
/// </summary>
[Category("Api")]
public abstract class ApiTest
{
    protected ApiFactory Factory { get; private set; } = null!;
    protected HttpClient Admin { get; private set; } = null!;
    protected HttpClient Officer { get; private set; } = null!;
    protected HttpClient Viewer { get; private set; } = null!;
    protected HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Extra configuration for this fixture's API.</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    /// <summary>Where this fixture's clock starts (default: <see cref="TestClock.Start"/>).</summary>
    protected virtual DateTimeOffset? ClockStart => null;

    /// <summary>The API's clock: "now" for the API under test and for this fixture's expectations.</summary>
    protected FakeTimeProvider Clock => Factory.Clock;

    /// <summary>The current office (WIB) date of <see cref="Clock"/>.</summary>
    protected DateOnly Today => OfficeTime.Today(Clock);

    /// <summary>The current instant of <see cref="Clock"/>.</summary>
    protected DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>
    /// Whether this fixture may run on a host that an earlier fixture used (with a fresh database: see
    /// <see cref="ApiFactory.RenewDatabaseAsync"/>). Booting a host and serving its first requests took
    /// about half of the suite's time when each fixture booted its own. A fixture keeps a host of its own
    /// when it has its own configuration or clock start, when <see cref="MayShareHost"/> says no, and on SQL Server.
    /// </summary>
    protected internal virtual bool SharedHost =>
        Settings is null && ClockStart is null && !ApiFactory.OnSqlServer && MayShareHost;

    /// <summary>
    /// Whether this fixture's tests only call the API, so that a host another fixture used serves them as a
    /// new one would: by default the feature fixtures but those that set the clock (namespace Clock). An
    /// infrastructure fixture that only calls the API says so by overriding this with true; one that works on
    /// the host itself (its services, logs or meters) keeps its own.
    /// </summary>
    protected virtual bool MayShareHost =>
        GetType().Namespace is { } ns
        && ns.StartsWith("MedanUmkm.Api.Tests.Features.", StringComparison.Ordinal)
        && !ns.EndsWith(".Clock", StringComparison.Ordinal);

    /// <summary>Hosts whose fixtures have finished, ready for the next fixture that may share one.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentBag<ApiFactory> IdleHosts = [];

    [OneTimeSetUp]
    public async Task StartApi()
    {
        if (SharedHost && IdleHosts.TryTake(out var idle))
        {
            Factory = idle;
            await Factory.RenewDatabaseAsync();
        }
        else
        {
            Factory = new ApiFactory(Settings, ClockStart);
        }
        Anonymous = Factory.Anonymous();
        Admin = await Factory.As(Roles.Admin);
        Officer = await Factory.As(Roles.Officer);
        Viewer = await Factory.As(Roles.Viewer);
    }

    [OneTimeTearDown]
    public async Task StopApi()
    {
        if (Factory is null) return; // the start failed before a host was there
        // A host goes back to the pool only once its import worker has finished this fixture's jobs.
        if (SharedHost && await Factory.WaitForIdleImportsAsync(TimeSpan.FromSeconds(30))) IdleHosts.Add(Factory);
        else await Factory.DisposeAsync();
    }

    /// <summary>Stops the idle shared hosts at the end of the run.</summary>
    internal static void DisposeIdleHosts()
    {
        while (IdleHosts.TryTake(out var host)) host.Dispose();
    }

    /// <summary>Where the API serves its OpenAPI document.</summary>
    protected const string OpenApiPath = "/swagger/v1/swagger.json";

    private static readonly SemaphoreSlim DefaultDocumentGate = new(1, 1);
    private static string? _defaultDocument;

    /// <summary>
    /// The OpenAPI document this fixture's API serves (GET <see cref="OpenApiPath"/>, asserted 200). Generating
    /// it costs about half a second of CPU, and every host with the test defaults (a <see cref="SharedHost"/>
    /// fixture's) serves the same document from the same code, so those fetch it once per run between them;
    /// a fixture with its own configuration always fetches its own.
    /// </summary>
    protected async Task<JsonElement> OpenApiDocumentAsync()
    {
        if (!SharedHost) return await Expect(await Anonymous.GetAsync(OpenApiPath), HttpStatusCode.OK);
        if (_defaultDocument is null)
        {
            await DefaultDocumentGate.WaitAsync();
            try
            {
                if (_defaultDocument is null)
                {
                    var response = await Anonymous.GetAsync(OpenApiPath);
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
                    _defaultDocument = body;
                }
            }
            finally
            {
                DefaultDocumentGate.Release();
            }
        }
        return JsonDocument.Parse(_defaultDocument).RootElement;
    }

    protected static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Asserts the status and, for errors, that the body is RFC 9457 problem details.</summary>
    protected static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        if ((int)status >= 400)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
            Assert.That(problem.TryGetProperty("title", out _), Is.True);
            return problem;
        }
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts a 400 naming the given field in errors.</summary>
    protected static async Task<JsonElement> ExpectFieldError(HttpResponseMessage response, string field)
    {
        var problem = await Expect(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out var messages), Is.True,
            $"expected an error for '{field}', got {problem.GetProperty("errors")}");
        Assert.That(messages.GetArrayLength(), Is.GreaterThan(0));
        return problem;
    }

    protected static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }

    protected static JsonObject Clone(JsonObject o) => (JsonObject)o.DeepClone();
}
