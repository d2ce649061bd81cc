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

    private async Task<JsonObject> Send(HttpClient client, HttpMethod method, string url, object body, string lang, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(lang));
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(expected));
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Issue #18's done-when: a business with a bad NIK answers in the caller's language, with the same codes.</summary>
    [Test]
    public async Task Registering_a_business_with_a_bad_NIK_answers_in_the_callers_language()
    {
        var body = TestData.Business();
        body["ownerGender"] = "female";
        body["ownerNik"] = "1271011505900001"; // a man's birth day (15), not 15 + 40
        body["email"] = "not-an-address";

        var id = await Send(Officer, HttpMethod.Post, "/api/v1/businesses", body, "id", HttpStatusCode.BadRequest);
        var en = await Send(Officer, HttpMethod.Post, "/api/v1/businesses", body, "en", HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That((string?)id["title"], Is.EqualTo("Terdapat satu atau lebih kesalahan isian."));
            Assert.That((string?)id["errors"]!["ownerNik"]![0], Is.EqualTo("NIK: tanggal lahir tidak cocok untuk perempuan (tanggal + 40)."));
            Assert.That((string?)id["errors"]!["email"]![0], Is.EqualTo("'email' bukan alamat e-mail yang valid."));
            Assert.That((string?)en["title"], Is.EqualTo("One or more validation errors occurred."));
            Assert.That((string?)en["errors"]!["ownerNik"]![0], Is.EqualTo("NIK birth-date day does not match a woman (day + 40)."));
            Assert.That((string?)en["errors"]!["email"]![0], Is.EqualTo("'email' is not a valid email address."));
            Assert.That((string?)id["codes"]!["ownerNik"]![0]!["code"], Is.EqualTo("nik_female_day_mismatch"));
            Assert.That(id["codes"]!.ToJsonString(), Is.EqualTo(en["codes"]!.ToJsonString()));
            Assert.That((string?)id["code"], Is.EqualTo((string?)en["code"]));
        });
    }

    /// <summary>Issue #18's done-when: a wrong password answers in the caller's language, with the same code.</summary>
    [Test]
    public async Task Signing_in_with_a_wrong_password_answers_in_the_callers_language()
    {
        var body = new { email = ApiFactory.AdminEmail, password = "Wrong#Passw0rd" };

        var id = await Send(Anonymous, HttpMethod.Post, "/api/v1/auth/token", body, "id", HttpStatusCode.Unauthorized);
        var en = await Send(Anonymous, HttpMethod.Post, "/api/v1/auth/token", body, "en", HttpStatusCode.Unauthorized);

        Assert.Multiple(() =>
        {
            Assert.That((string?)id["title"], Is.EqualTo("Belum masuk"));
            Assert.That((string?)id["detail"], Does.StartWith("E-mail atau kata sandi salah"));
            Assert.That((string?)en["title"], Is.EqualTo("Unauthorized"));
            Assert.That((string?)en["detail"], Does.StartWith("E-mail or password is wrong"));
            Assert.That((string?)id["code"], Is.EqualTo("invalid_credentials"));
            Assert.That((string?)en["code"], Is.EqualTo("invalid_credentials"));
        });
    }

    [Test]
    public async Task Field_texts_name_the_json_field_and_carry_their_parameters()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/businesses?kecamatan=Medan&pageSize=500&lang=en");
        using var response = await Officer.SendAsync(request);
        var en = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (await (await Officer.GetAsync("/api/v1/businesses?kecamatan=Medan&pageSize=500")).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)en["errors"]!["kecamatan"]![0], Is.EqualTo("kecamatan must be a code such as 12.71.01."));
            Assert.That((string?)id["errors"]!["kecamatan"]![0], Is.EqualTo("kecamatan harus berupa kode kecamatan seperti 12.71.01."));
            Assert.That((string?)en["errors"]!["pageSize"]![0], Is.EqualTo("pageSize must be between 1 and 100."));
            Assert.That((string?)id["codes"]!["pageSize"]![0]!["code"], Is.EqualTo("page_size_range"));
            Assert.That((int?)id["codes"]!["pageSize"]![0]!["parameters"]!["max"], Is.EqualTo(100));
        });
    }
}
