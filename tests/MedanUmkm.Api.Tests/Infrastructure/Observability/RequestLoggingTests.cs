using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Observability;

/// <summary>
/// The API's real log output (the JSON console formatter used outside Development) captured from
/// stdout: the console logger takes the process's Console.Out when the host starts, so this fixture
/// starts its host with Console.Out pointing at a buffer.
/// </summary>
[Category("Api")]
[NonParallelizable]
public sealed class RequestLoggingTests : IDisposable
{
    private sealed class Capture : TextWriter
    {
        private readonly StringBuilder _text = new();
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) { lock (_text) _text.Append(value); }
        public override void Write(string? value) { lock (_text) _text.Append(value); }
        public override void Write(char[] buffer, int index, int count) { lock (_text) _text.Append(buffer, index, count); }
        public string Text { get { lock (_text) return _text.ToString(); } }
    }

    private ApiFactory? _factory;
    private HttpClient _officer = null!;
    private string _officerToken = null!;
    private readonly Capture _capture = new();

    [OneTimeSetUp]
    public async Task StartApi()
    {
        var original = Console.Out;
        Console.SetOut(_capture);
        try
        {
            _factory = new ApiFactory();
            _officerToken = await _factory.TokenFor(Roles.Officer);
            _officer = await _factory.As(Roles.Officer);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    /// <summary>Stops the API once the fixture is done (NUnit disposes a disposable fixture after its last test).</summary>
    public void Dispose()
    {
        _factory?.Dispose();
        _capture.Dispose();
    }

    /// <summary>The captured JSON lines once one of them satisfies <paramref name="until"/> (the console logger writes on its own thread).</summary>
    private async Task<List<JsonElement>> LinesUntil(Func<JsonElement, bool> until)
    {
        List<JsonElement> lines = [];
        for (var i = 0; i < 50; i++)
        {
            lines = _capture.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.StartsWith('{'))
                .Select(l => { try { return JsonDocument.Parse(l).RootElement; } catch (JsonException) { return (JsonElement?)null; } })
                .Where(e => e is not null).Select(e => e!.Value).ToList();
            if (lines.Any(until)) return lines;
            await Task.Delay(100);
        }
        return lines;
    }

    private static bool IsRequestLine(JsonElement line, string requestId) =>
        line.TryGetProperty("Category", out var c) && c.GetString()!.EndsWith(".RequestLogging")
        && line.TryGetProperty("Scopes", out var scopes)
        && scopes.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("TraceId", out var t) && t.GetString() == requestId);

    [Test]
    public async Task RegisteringABusiness_LogsOneJsonLineWithRouteStatusActorAndTraceId_AndNoPersonalDataOrSecrets()
    {
        var body = TestData.Business(name: "Kedai Kopi Log Uji");
        var nik = body["ownerNik"]!.GetValue<string>();
        body["phone"] = "0813-7766-5544";
        body["email"] = "rina.sembiring.loguji@example.co.id";
        body["ownerName"] = "Rina Loguji Sembiring";
        body["address"] = "Jl. Pelangi Loguji No. 77";

        var response = await _officer.PostAsJsonAsync("/api/v1/businesses", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var requestId = response.Headers.GetValues("X-Request-Id").Single();

        var lines = await LinesUntil(l => IsRequestLine(l, requestId));
        var text = _capture.Text;

        var line = lines.SingleOrDefault(l => IsRequestLine(l, requestId));
        Assert.That(line.ValueKind, Is.EqualTo(JsonValueKind.Object), "no request line with TraceId " + requestId + " in:\n" + text);
        Assert.That(line.GetProperty("LogLevel").GetString(), Is.EqualTo("Information"));
        Assert.That(line.GetProperty("Timestamp").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
        var state = line.GetProperty("State");
        Assert.That(state.GetProperty("Method").GetString(), Is.EqualTo("POST"));
        Assert.That(state.GetProperty("Route").GetString(), Is.EqualTo("/api/v1/businesses/")); // the route template, as http_route in the metrics
        Assert.That(state.GetProperty("Status").GetInt32(), Is.EqualTo(201));
        Assert.That(state.TryGetProperty("DurationMs", out _), Is.True);
        Assert.That(state.GetProperty("ActorType").GetString(), Is.EqualTo("user"));
        Assert.That(state.GetProperty("ActorId").GetString(), Does.Match(@"^\d+$"));
        Assert.That(line.GetProperty("Scopes").EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("SpanId", out _)), Is.True);

        Assert.That(lines, Has.Count.GreaterThan(1), "the sign-ins of the set-up were logged too");
        foreach (var secret in new[]
                 {
                     nik, "081377665544", "6281377665544", "0813-7766-5544", "rina.sembiring.loguji", "Loguji",
                     ApiFactory.Password, _officerToken, "officer@test.medanumkm.go.id", ApiFactory.AdminEmail,
                 })
            Assert.That(text, Does.Not.Contain(secret), $"the log holds '{secret}'");
    }
}
