using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Texts;

/// <summary>The server answers in the caller's language: Indonesian by default, English on request.</summary>
public sealed class LanguageTests : ApiTest
{
    private async Task<JsonObject> Problem(string? acceptLanguage, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/businesses/999999" + query);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await Officer.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Test]
    public async Task A_problem_is_Indonesian_by_default_and_English_when_asked()
    {
        var byDefault = await Problem(null);
        var indonesian = await Problem("id-ID,id;q=0.9,en;q=0.5");
        var english = await Problem("en-US,en;q=0.9");
        var preferred = await Problem("fr;q=1, en;q=0.8, id;q=0.5");
        var byQuery = await Problem("id", "?lang=en");
        Assert.Multiple(() =>
        {
            Assert.That((string?)byDefault["title"], Is.EqualTo("Tidak ditemukan"));
            Assert.That((string?)byDefault["detail"], Is.EqualTo("Usaha '999999' tidak ditemukan."));
            Assert.That((string?)indonesian["detail"], Is.EqualTo("Usaha '999999' tidak ditemukan."));
            Assert.That((string?)english["title"], Is.EqualTo("Not found"));
            Assert.That((string?)english["detail"], Is.EqualTo("Business '999999' does not exist."));
            Assert.That((string?)preferred["detail"], Is.EqualTo("Business '999999' does not exist."));
            Assert.That((string?)byQuery["detail"], Is.EqualTo("Business '999999' does not exist."));
        });
    }

    [Test]
    public async Task FluentValidation_messages_follow_the_language()
    {
        async Task<string> FirstError(string lang)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/businesses") { Content = JsonContent.Create(new { }) };
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(lang));
            using var response = await Officer.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return body["errors"]!.AsObject().First().Value!.AsArray()[0]!.GetValue<string>() + " | " + (string?)body["title"];
        }

        var id = await FirstError("id");
        var en = await FirstError("en");
        Assert.Multiple(() =>
        {
            Assert.That(id, Does.Contain("tidak boleh").Or.Contain("harus").And.Contain("kesalahan isian"));
            Assert.That(en, Does.Contain("must").And.Contain("validation errors"));
        });
    }
}
