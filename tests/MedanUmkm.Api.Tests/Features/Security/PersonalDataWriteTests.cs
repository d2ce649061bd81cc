using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// A caller who may not see personal data reads it masked; writing the business back must never
/// store the masked placeholders, and may not change what the caller cannot see.
/// </summary>
public sealed class PersonalDataWriteTests : ApiTest
{
    private HttpClient _key = null!;

    [OneTimeSetUp]
    public async Task CreateKey() =>
        _key = Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesWrite, Scopes.BusinessesRead)).Key);

    /// <summary>A business with an individual's NPWP (their NIK), registered by an officer; its id and the stored body as an admin reads it.</summary>
    private async Task<(string Id, JsonElement Stored)> NewBusiness()
    {
        var body = TestData.Business();
        body["npwp"] = body["ownerNik"]!.GetValue<string>();
        body["phone"] = $"0813{TestData.Next() % 100_000_000:D8}";
        body["email"] = $"pemilik.{TestData.Next()}@contoh.co.id";
        body["address"] = $"Jl. Pribadi No. {TestData.Next()}";
        var (created, _) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString()!;
        return (id, await Json(await Admin.GetAsync($"/api/v1/businesses/{id}")));
    }

    private async Task<(JsonObject Body, string ETag)> ReadAs(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/v1/businesses/{id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (PersonalDataBoundaryTests.InputOf(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject()), response.Headers.ETag!.ToString());
    }

    private static readonly string[] Personal = ["ownerNik", "npwp", "address", "phone", "email"];

    private void AssertPersonalUnchanged(JsonElement stored, JsonElement now)
    {
        foreach (var field in Personal)
            Assert.That(now.GetProperty(field).GetString(), Is.EqualTo(stored.GetProperty(field).GetString()), field);
    }

    [Test]
    public async Task GetThenPut_ByAKeyWithoutPersonalDataRead_KeepsEveryStoredPersonalValue()
    {
        var (id, stored) = await NewBusiness();
        var (body, etag) = await ReadAs(_key, id);
        Assert.That(body["address"]!.GetValue<string>(), Is.EqualTo("***"), "the key reads the business masked");
        Assert.That(body["npwp"]!.GetValue<string>(), Does.Contain("*"), "an individual's 16-digit NPWP is masked");
        body["name"] = "Usaha Disunting Integrasi";

        var put = await _key.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body));

        var updated = await Expect(put, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("personalDataMasked").GetBoolean(), Is.True);
        var now = await Json(await Admin.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(now.GetProperty("name").GetString(), Is.EqualTo("Usaha Disunting Integrasi"));
        AssertPersonalUnchanged(stored, now);
    }

    [Test]
    public async Task Put_OmittingPersonalFields_ByAKeyWithoutPersonalDataRead_KeepsThem()
    {
        var (id, stored) = await NewBusiness();
        var (body, etag) = await ReadAs(_key, id);
        foreach (var field in Personal) body.Remove(field);
        body["employees"] = 9;

        await Expect(await _key.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), HttpStatusCode.OK);

        var now = await Json(await Admin.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(now.GetProperty("employees").GetInt32(), Is.EqualTo(9));
        AssertPersonalUnchanged(stored, now);
    }

    [TestCase("address", "Jl. Lain No. 1")]
    [TestCase("email", "lain@contoh.co.id")]
    [TestCase("phone", "0812-1111-2222")]
    [TestCase("ownerNik", "1271015504850077")]
    [TestCase("npwp", "1271015504850077")]
    public async Task Put_ChangingAFieldTheKeyMayNotSee_Is400NamingIt_AndChangesNothing(string field, string value)
    {
        var (id, stored) = await NewBusiness();
        var (body, etag) = await ReadAs(_key, id);
        body[field] = value;
        body["name"] = "Tidak Boleh Tersimpan";

        var problem = await ExpectFieldError(await _key.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), field);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("personal_data_not_permitted"));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EquivalentTo(new[] { field }));
        var now = await Json(await Admin.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(now.GetProperty("name").GetString(), Is.EqualTo(stored.GetProperty("name").GetString()));
        AssertPersonalUnchanged(stored, now);
    }

    [Test]
    public async Task Put_SendingTheStoredValueItself_IsNoChange_AndAccepted()
    {
        var (id, stored) = await NewBusiness();
        var (body, etag) = await ReadAs(_key, id);
        body["ownerNik"] = stored.GetProperty("ownerNik").GetString();
        body["email"] = stored.GetProperty("email").GetString()!.ToUpperInvariant();

        await Expect(await _key.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), HttpStatusCode.OK);

        AssertPersonalUnchanged(stored, await Json(await Admin.GetAsync($"/api/v1/businesses/{id}")));
    }

    [Test]
    public async Task Put_ByAnOfficer_OfAMaskedCopy_KeepsTheStoredValues_AndRealValuesChange()
    {
        var (id, stored) = await NewBusiness();
        var (masked, _) = await ReadAs(Viewer, id);
        var (_, etag) = await ReadAs(Officer, id);

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, masked)), HttpStatusCode.OK);
        var now = await Json(await Admin.GetAsync($"/api/v1/businesses/{id}"));
        AssertPersonalUnchanged(stored, now);

        var (body, etag2) = await ReadAs(Officer, id);
        body["address"] = "Jl. Baru No. 2";
        var changed = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag2, body)), HttpStatusCode.OK);
        Assert.That(changed.GetProperty("address").GetString(), Is.EqualTo("Jl. Baru No. 2"));
    }

    [TestCase("12.345.678.9-121.000", false, TestName = "An organisation's old 15-digit NPWP is shown to a viewer")]
    [TestCase("0123456789121000", false, TestName = "An organisation's 16-digit NPWP (0 + old 15 digits) is shown to a viewer")]
    [TestCase("1271015504850003", true, TestName = "An individual's 16-digit NPWP (their NIK) is masked for a viewer")]
    public async Task Npwp_IsMaskedForAViewer_OnlyWhenItIsAnIndividuals(string npwp, bool masked)
    {
        var body = TestData.Business();
        body["npwp"] = npwp;
        if (masked) body["ownerNik"] = npwp; // an individual's NPWP is their own NIK (the API checks it)
        var (created, _) = await TestData.RegisterBusiness(Officer, body);
        var url = $"/api/v1/businesses/{created.GetProperty("id").GetString()}";

        var seen = (await Json(await Viewer.GetAsync(url))).GetProperty("npwp").GetString();

        // Stored as digits (another change may store old 15-digit NPWPs as 0 + 15 digits): compare with what an officer sees.
        var stored = (await Json(await Officer.GetAsync(url))).GetProperty("npwp").GetString();
        Assert.That(seen, masked ? Is.EqualTo("1271**********03") : Is.EqualTo(stored));
    }

    [TestCase("address", "***")]
    [TestCase("email", "r***@gmail.com")]
    public async Task Register_WithAMaskedPlaceholder_Is400(string field, string value)
    {
        var body = TestData.Business();
        body[field] = value;

        var problem = await ExpectFieldError(await _key.PostAsJsonAsync("/api/v1/businesses", body), field);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("personal_data_masked"));
    }

    [Test]
    public async Task Register_ByAKeyWithoutPersonalDataRead_StoresWhatItSent_AndAnswersMasked()
    {
        var body = TestData.Business();
        body["address"] = "Jl. Integrasi No. 5";

        var (created, _) = await TestData.RegisterBusiness(_key, body);

        Assert.That(created.GetProperty("address").GetString(), Is.EqualTo("***"));
        Assert.That(created.GetProperty("ownerNik").GetString(), Is.Not.EqualTo(body["ownerNik"]!.GetValue<string>()));
        var stored = await Json(await Admin.GetAsync($"/api/v1/businesses/{created.GetProperty("id").GetString()}"));
        Assert.That(stored.GetProperty("address").GetString(), Is.EqualTo("Jl. Integrasi No. 5"));
        Assert.That(stored.GetProperty("ownerNik").GetString(), Is.EqualTo(body["ownerNik"]!.GetValue<string>()));
    }
}
