using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>Swagger UI can authorise with a token or a key; anonymous operations show no lock.</summary>
public sealed class OpenApiSecurityTests : ApiTest
{
    [Test]
    public async Task Document_DefinesBearerAndApiKeySchemes()
    {
        var doc = await OpenApiDocumentAsync();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");

        Assert.That(schemes.GetProperty("Bearer").GetProperty("type").GetString(), Is.EqualTo("http"));
        Assert.That(schemes.GetProperty("Bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("type").GetString(), Is.EqualTo("apiKey"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("in").GetString(), Is.EqualTo("header"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        Assert.That(doc.TryGetProperty("security", out _), Is.False, "each operation states its own requirement");
    }

    [Test]
    public async Task AnonymousOperation_HasAnEmptySecurityRequirement_ProtectedOnesListTheirSchemes()
    {
        var doc = await OpenApiDocumentAsync();
        var paths = doc.GetProperty("paths");

        var token = paths.GetProperty("/api/v1/auth/token").GetProperty("post");
        Assert.That(token.TryGetProperty("security", out var security), Is.True, "sign-in should override the document's requirement");
        Assert.That(security.GetArrayLength(), Is.EqualTo(0));
        var users = paths.GetProperty("/api/v1/users").GetProperty("get");
        Assert.That(Schemes(users), Is.EqualTo(new[] { "Bearer" }), "staff-only operations accept only a token");
        var trainings = paths.GetProperty("/api/v1/training-sessions").GetProperty("get");
        Assert.That(Schemes(trainings), Is.EqualTo(new[] { "Bearer", "ApiKey" }));
        Assert.That(trainings.GetProperty("x-api-key-scopes").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "training:read", "training:write" }));
    }

    [Test]
    public async Task ApiKeyScopes_AreAnEnumInTheDocument()
    {
        var doc = await OpenApiDocumentAsync();
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        Assert.That(schemas.GetProperty("ApiKeyScope").GetProperty("enum").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(MedanUmkm.Api.Infrastructure.Auth.Scopes.All));
        Assert.That(schemas.GetProperty("CreateApiKeyCommand").GetProperty("properties").GetProperty("scopes").GetProperty("items").GetProperty("$ref").GetString(),
            Is.EqualTo("#/components/schemas/ApiKeyScope"));
    }

    private static List<string> Schemes(System.Text.Json.JsonElement operation) =>
        operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
}
