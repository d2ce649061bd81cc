using System.Net;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// What the pipeline answers with on its own (401, 403, 429) and the paging bounds the validators
/// enforce are in the OpenAPI document, so integrators and the generated client see them.
/// </summary>
public sealed class OpenApiConventionsTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    private JsonNode _doc = null!;

    [OneTimeSetUp]
    public async Task ReadDocument()
    {
        var json = await OpenApiDocumentAsync();
        _doc = JsonNode.Parse(json.GetRawText())!;
    }

    private IEnumerable<(string Name, JsonObject Operation)> Operations() =>
        from path in _doc["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where method.Value is JsonObject
        select ($"{method.Key.ToUpperInvariant()} {path.Key}", (JsonObject)method.Value!);

    private static bool IsProtected(JsonObject operation) => operation["security"] is not JsonArray { Count: 0 };

    private static IEnumerable<string> Statuses(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key);

    [Test]
    public void EveryProtectedOperation_Documents401()
    {
        var missing = Operations().Where(o => IsProtected(o.Operation) && !Statuses(o.Operation).Contains("401")).Select(o => o.Name);
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryOperation_Documents429()
    {
        var missing = Operations().Where(o => !Statuses(o.Operation).Contains("429")).Select(o => o.Name);
        Assert.That(missing, Is.Empty);
    }

    [TestCase("post", "/api/v1/businesses")]
    [TestCase("put", "/api/v1/businesses/{id}")]
    [TestCase("get", "/api/v1/users")]
    [TestCase("delete", "/api/v1/groups/{id}")]
    public void RoleRestrictedOperations_Document401And403And429(string method, string path)
    {
        var operation = _doc["paths"]![path]![method]!.AsObject();
        Assert.That(Statuses(operation), Is.SupersetOf(new[] { "401", "403", "429" }));
        Assert.That(operation["responses"]!["403"]!["content"]!["application/problem+json"], Is.Not.Null);
    }

    [Test]
    public void TheSignInOperation_Documents429()
    {
        var signIn = _doc["paths"]!["/api/v1/auth/token"]!["post"]!.AsObject();
        Assert.That(Statuses(signIn), Does.Contain("429"));
    }

    [Test]
    public void EveryListOperation_DeclaresPagingBounds()
    {
        var lists = 0;
        foreach (var (name, operation) in Operations())
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var p = parameter!.AsObject();
            if (p["in"]?.GetValue<string>() != "query") continue;
            var schema = p["schema"]!;
            switch (p["name"]!.GetValue<string>())
            {
                case "page":
                    lists++;
                    Assert.That(schema["minimum"]?.GetValue<int>(), Is.EqualTo(1), name);
                    Assert.That(schema["maximum"]?.GetValue<int>(), Is.EqualTo(1_000_000), name);
                    Assert.That(schema["default"]?.GetValue<int>(), Is.EqualTo(1), name);
                    break;
                case "pageSize":
                    Assert.That(schema["minimum"]?.GetValue<int>(), Is.EqualTo(1), name);
                    Assert.That(schema["maximum"]?.GetValue<int>(), Is.EqualTo(100), name);
                    Assert.That(schema["default"]?.GetValue<int>(), Is.EqualTo(25), name);
                    break;
            }
        }
        Assert.That(lists, Is.GreaterThan(5));
    }

    /// <summary>
    /// An enum filter that also takes other words (the export-case list's stage, which takes "open" for every
    /// open stage) is documented as a string enum of exactly what its validator accepts.
    /// </summary>
    [Test]
    public void AnEnumFilterWithOtherWords_IsDocumentedAsTheEnumsNamesAndThoseWords()
    {
        var stage = _doc["paths"]!["/api/v1/export-cases"]!["get"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "stage")!["schema"]!;

        Assert.That(stage["type"]?.GetValue<string>(), Is.EqualTo("string"));
        Assert.That(stage["enum"]!.AsArray().Select(v => v!.GetValue<string>()),
            Is.EquivalentTo(MedanUmkm.Api.Domain.EnumText.All<MedanUmkm.Api.Features.ExportCases.ExportStage>().Append("open")));
        Assert.That(stage["maxLength"], Is.Null, "an enum needs no length bound");
    }
}
