using System.Net;
using System.Net.Http.Json;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>Framework rejections reach the caller as what they are, not as the closed fallback policy's 401/403.</summary>
public sealed class RequestGuardTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    [Test]
    public async Task WrongMethodOnAnExistingRoute_Returns405ProblemDetails_AndAnonymousStill401()
    {
        await Expect(await Admin.DeleteAsync("/api/v1/reference/kecamatan"), HttpStatusCode.MethodNotAllowed);
        await Expect(await Anonymous.DeleteAsync("/api/v1/reference/kecamatan"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task JsonSentToAFileUpload_Returns415ProblemDetails()
    {
        var request = WithIfMatch(HttpMethod.Put, "/api/v1/aid-distributions/1/handover-document", "\"1\"", new { });
        await Expect(await Officer.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task NullListInABody_Returns400NotA500()
    {
        var problem = await Expect(await Officer.PostAsJsonAsync("/api/v1/aid-distributions", new { groupId = "1", items = (object?)null }),
            HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("items", out _), Is.True);
    }

    [TestCase("en", "At most 4,000 characters.")]
    [TestCase("id", "Paling banyak 4.000 karakter.")]
    public async Task TextLongerThanTheGeneralBound_Returns400OnTheField_InTheCallersLanguage(string lang, string message)
    {
        var problem = await Expect(await Officer.PostAsJsonAsync($"/api/v1/groups?lang={lang}", new { name = new string('x', 4001) }),
            HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("text_too_long"));
        Assert.That(problem.GetProperty("errors").GetProperty("name")[0].GetString(), Is.EqualTo(message));
    }
}
