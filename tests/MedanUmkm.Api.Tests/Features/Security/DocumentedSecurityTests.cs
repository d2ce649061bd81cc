using System.Net;
using System.Text;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// What the OpenAPI document says of each operation's security, checked against what the server does:
/// an operation without requirements answers anonymous callers; one that lists only Bearer refuses a
/// key holding every scope; one that lists ApiKey with x-api-key-scopes admits a key holding exactly
/// any one of those scopes, and refuses a key holding every other scope and a key holding none.
/// Read from the document only, so it holds for operations added later.
/// </summary>
public sealed class DocumentedSecurityTests : ApiTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private sealed record Operation(string Method, string Path, string Id, IReadOnlyList<string>? Schemes, IReadOnlyList<string> Scopes, bool Multipart);

    private List<Operation> _operations = null!;
    private readonly Dictionary<string, HttpClient> _keyWithOnly = [];
    private HttpClient _keyWithNoScope = null!;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        var doc = await OpenApiDocumentAsync();
        _operations = [];
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        foreach (var m in path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
        {
            var op = m.Value;
            IReadOnlyList<string>? schemes = op.TryGetProperty("security", out var security)
                ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().ToList()
                : null;
            var scopes = op.TryGetProperty("x-api-key-scopes", out var s) ? s.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
            var multipart = op.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("multipart/form-data", out _);
            _operations.Add(new Operation(m.Name.ToUpperInvariant(), path.Name, op.GetProperty("operationId").GetString()!, schemes, scopes, multipart));
        }
        foreach (var scope in Scopes.All)
            _keyWithOnly[scope] = Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, scope)).Key);
        var (bare, bareId, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.CatalogRead);
        // The API refuses to create a key without scopes; an old or hand-edited row may still have none.
        await Factory.ScalarAsync<int>("UPDATE ApiKeys SET Scopes = '' WHERE Id = @Id", new { Id = int.Parse(bareId, System.Globalization.CultureInfo.InvariantCulture) });
        _keyWithNoScope = Factory.WithApiKey(bare);
    }

    [Test]
    public void EveryOperation_StatesItsSecurity_WithKnownSchemesAndScopes()
    {
        var problems = new List<string>();
        foreach (var op in _operations)
        {
            if (op.Schemes is null) problems.Add($"{op.Id}: no security stated (the document has no global requirement)");
            else if (op.Schemes.Count > 0 && !op.Schemes.Contains(AuthSchemes.Bearer)) problems.Add($"{op.Id}: protected but does not accept Bearer");
            if (op.Scopes.Count > 0 && op.Schemes?.Contains(AuthSchemes.ApiKey) != true) problems.Add($"{op.Id}: scopes without the ApiKey scheme");
            problems.AddRange(op.Scopes.Where(s => !Scopes.All.Contains(s)).Select(s => $"{op.Id}: unknown scope {s}"));
        }
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
        // Guards against a vacuous pass: the areas opened to keys are stated as such.
        Assert.That(_operations.Single(o => o.Id == "ListTrainingSessions").Scopes, Is.EquivalentTo(new[] { Scopes.TrainingRead, Scopes.TrainingWrite }));
        Assert.That(_operations.Single(o => o.Id == "GetDashboard").Scopes, Is.EquivalentTo(new[] { Scopes.DashboardRead }));
        Assert.That(_operations.Single(o => o.Id == "ListUsers").Schemes, Is.EqualTo(new[] { AuthSchemes.Bearer }));
    }

    [Test]
    public async Task EveryOperation_AnswersKeysAsTheDocumentSays()
    {
        var failures = new List<string>();
        var checks = 0;
        foreach (var op in _operations.Where(o => o.Schemes is { Count: > 0 }))
        {
            var acceptsKey = op.Schemes!.Contains(AuthSchemes.ApiKey);
            if (!acceptsKey)
            {
                // Bearer only: no key gets in, whatever it holds (one key per scope).
                foreach (var (scope, key) in _keyWithOnly) await Expect(op, key, $"key with {scope}", admitted: false);
                continue;
            }
            if (op.Scopes.Count == 0)
            {
                // Any authenticated caller: even a key with no scope.
                await Expect(op, _keyWithNoScope, "key with no scope", admitted: true);
                continue;
            }
            foreach (var scope in op.Scopes) await Expect(op, _keyWithOnly[scope], $"key with exactly {scope}", admitted: true);
            foreach (var (scope, key) in _keyWithOnly.Where(k => !op.Scopes.Contains(k.Key)))
                await Expect(op, key, $"key with {scope} (not listed)", admitted: false);
            await Expect(op, _keyWithNoScope, "key with no scope", admitted: false);
        }
        TestContext.Out.WriteLine($"{_operations.Count} operations, {checks} calls");
        Assert.That(checks, Is.GreaterThan(500), "too few calls: is the document empty?");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));

        async Task Expect(Operation op, HttpClient client, string who, bool admitted)
        {
            checks++;
            using var response = await client.SendAsync(RequestFor(op));
            var status = (int)response.StatusCode;
            var ok = admitted ? status is not (401 or 403) and < 500 : status == 403;
            if (!ok)
            {
                var body = await response.Content.ReadAsStringAsync();
                failures.Add($"{op.Method} {op.Path} ({op.Id}) as {who}: document says {(admitted ? "admitted" : "403")}, got {status} {(body.Length > 160 ? body[..160] : body)}");
            }
        }
    }

    [Test]
    public async Task OperationsWithoutRequirements_AnswerAnonymousCallers()
    {
        var failures = new List<string>();
        foreach (var op in _operations.Where(o => o.Schemes is { Count: 0 }))
        {
            using var response = await Anonymous.SendAsync(RequestFor(op));
            var status = (int)response.StatusCode;
            // Refresh answers 401 session_expired to any caller without a refresh cookie: not a credential check.
            if (status == 401 && op.Path == "/api/v1/auth/refresh") continue;
            if (status is 401 or 403 or >= 500) failures.Add($"{op.Method} {op.Path} ({op.Id}) anonymously: got {status}");
        }
        Assert.That(_operations.Count(o => o.Schemes is { Count: 0 }), Is.GreaterThan(0));
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    /// <summary>'1' for every id, an empty JSON object for every body (a small file for uploads): enough to pass or fail authorisation.</summary>
    private static HttpRequestMessage RequestFor(Operation op)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(op.Path, @"\{[^}]+\}", "1");
        var request = new HttpRequestMessage(new HttpMethod(op.Method), path);
        if (op.Multipart)
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n"u8.ToArray()), "file", "document.pdf" } };
        else if (op.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }
}
