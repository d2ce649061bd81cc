using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>Swagger UI can authorise with a token or a key; anonymous operations show no lock.</summary>
public sealed class OpenApiSecurityTests : ApiTest
{
    [Test]
    public async Task Document_DefinesBearerAndApiKeySchemes()
    {
        var doc = await Expect(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");

        Assert.That(schemes.GetProperty("Bearer").GetProperty("type").GetString(), Is.EqualTo("http"));
        Assert.That(schemes.GetProperty("Bearer").GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("type").GetString(), Is.EqualTo("apiKey"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("in").GetString(), Is.EqualTo("header"));
        Assert.That(schemes.GetProperty("ApiKey").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
        var required = doc.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
        Assert.That(required, Is.EquivalentTo(new[] { "Bearer", "ApiKey" }));
    }

    [Test]
    public async Task AnonymousOperation_HasAnEmptySecurityRequirement_ProtectedOneInheritsTheLock()
    {
        var doc = await Expect(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");

        var token = paths.GetProperty("/api/v1/auth/token").GetProperty("post");
        Assert.That(token.TryGetProperty("security", out var security), Is.True, "sign-in should override the document's requirement");
        Assert.That(security.GetArrayLength(), Is.EqualTo(0));
        var users = paths.GetProperty("/api/v1/users").GetProperty("get");
        Assert.That(users.TryGetProperty("security", out _), Is.False, "protected operations inherit the document's requirement");
    }
}
