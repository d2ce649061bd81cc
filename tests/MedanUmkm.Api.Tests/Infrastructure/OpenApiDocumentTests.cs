using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// The client's API types are generated from client/openapi.json; this test fails when that file
/// is not the API's current document (run with UPDATE_OPENAPI=1 to rewrite it, then
/// `npm run gen:api` in client/, whose own test fails when schema.d.ts is stale).
/// </summary>
public sealed class OpenApiDocumentTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MedanUmkm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("MedanUmkm.sln not found above the test directory");
    }

    private async Task<string> CurrentDocument()
    {
        var json = await OpenApiDocumentAsync();
        return JsonNode.Parse(json.GetRawText())!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    [Test]
    public async Task ClientCopyOfTheOpenApiDocument_IsCurrent()
    {
        var current = await CurrentDocument();
        var path = Path.Combine(RepoRoot(), "client", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1") await File.WriteAllTextAsync(path, current);

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        Assert.That(committed, Is.EqualTo(current),
            "client/openapi.json is stale: run `UPDATE_OPENAPI=1 dotnet test --filter OpenApiDocumentTests` then `npm run gen:api` in client/.");
    }

    [Test]
    public async Task EveryOperation_HasANameSummaryAndResponses()
    {
        var doc = JsonNode.Parse(await CurrentDocument())!;
        var problems = new List<string>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, op) in item!.AsObject())
        {
            if (op is not JsonObject operation) continue;
            if (operation["operationId"] is null) problems.Add($"{method} {path}: no operationId (WithName)");
            if (operation["summary"] is null) problems.Add($"{method} {path}: no summary (WithSummary)");
            if (operation["responses"]?.AsObject().Count is null or 0) problems.Add($"{method} {path}: no responses");
        }
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task Document_OffersBearerAndApiKeyAuthorisation()
    {
        var doc = JsonNode.Parse(await CurrentDocument())!;
        var schemes = doc["components"]!["securitySchemes"]!.AsObject();
        Assert.That(schemes["Bearer"]!["scheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        Assert.That(schemes["ApiKey"]!["name"]!.GetValue<string>(), Is.EqualTo("X-Api-Key"));
    }

    [Test]
    public async Task UnknownApiRoute_Returns404ProblemDetails_ForAnyone()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
        await Expect(await Admin.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }
}

public sealed class ConflictDocumentTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    [Test]
    public async Task Every409_IsDocumentedAsConflictProblemWithItsCode()
    {
        var doc = System.Text.Json.Nodes.JsonNode.Parse((await OpenApiDocumentAsync()).GetRawText())!;
        var conflicts = 0;
        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, op) in item!.AsObject())
        {
            var response = op?["responses"]?["409"];
            if (response is null) continue;
            conflicts++;
            var reference = response["content"]!["application/problem+json"]!["schema"]!["$ref"]?.GetValue<string>();
            Assert.That(reference, Is.EqualTo("#/components/schemas/ConflictProblem"), $"{method} {path}");
        }
        var schema = doc["components"]!["schemas"]!["ConflictProblem"]!["properties"]!.AsObject();
        Assert.That(conflicts, Is.GreaterThan(10));
        Assert.That(schema.Select(p => p.Key), Is.SupersetOf(new[] { "code", "allowed", "missing", "existingId" }));
    }

    [Test]
    public async Task A409Body_HasTheDocumentedCode()
    {
        var (first, _) = await TestData.RegisterBusiness(Officer);
        var problem = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", TestData.Business(nib: first.GetProperty("nib").GetString())),
            HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("duplicate_nib"));
        Assert.That(problem.GetProperty("existingId").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
    }
}
