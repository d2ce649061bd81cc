using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// OWASP API3:2023 (property level: personal data, mass assignment) and API1/API5 (object and
/// function level authorisation).
/// </summary>
public sealed class DataExposureTests : ApiTest
{
    private string _id = "";
    private string _nik = "";

    [OneTimeSetUp]
    public async Task RegisterOne()
    {
        var body = TestData.Business();
        _nik = body["ownerNik"]!.GetValue<string>();
        _id = (await TestData.RegisterBusiness(Officer, body)).Body.GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> Caller(string who) => who switch
    {
        "viewer" => Viewer,
        "officer" => Officer,
        "admin" => Admin,
        _ => Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, who.Split('+'))).Key),
    };

    [TestCase("viewer", false)]
    [TestCase("officer", true)]
    [TestCase("admin", true)]
    [TestCase(Scopes.BusinessesRead, false)]
    [TestCase(Scopes.BusinessesRead + "+" + Scopes.PersonalDataRead, true)]
    public async Task Nik_IsUnmaskedOnlyForCallersAllowedPersonalData(string who, bool unmasked)
    {
        var client = await Caller(who);

        var one = await Expect(await client.GetAsync($"/api/v1/businesses/{_id}"), HttpStatusCode.OK);
        var list = await Expect(await client.GetAsync("/api/v1/businesses?pageSize=100"), HttpStatusCode.OK);

        var listed = list.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("id").GetString() == _id);
        foreach (var b in new[] { one, listed })
        {
            Assert.That(b.GetProperty("ownerNik").GetString() == _nik, Is.EqualTo(unmasked), b.GetProperty("ownerNik").GetString());
            Assert.That(b.GetProperty("personalDataMasked").GetBoolean(), Is.EqualTo(!unmasked));
            if (!unmasked)
            {
                Assert.That(b.GetProperty("address").GetString(), Is.EqualTo("***"));
                Assert.That(b.GetProperty("phone").GetString(), Does.Contain("*"));
            }
        }
    }

    [Test]
    public void AnAnonymousHttpCaller_MayNotSeePersonalData()
    {
        // Public endpoints (the catalog) mask by CurrentActor; an anonymous caller is not "system".
        // (HttpContextAccessor keeps the context in a static async-local: set it, check, clear it.)
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        var actor = new CurrentActor(accessor);

        Assert.That(actor.Type, Is.EqualTo("anonymous"));
        Assert.That(actor.CanSeePersonalData, Is.False);
        accessor.HttpContext = null;
        Assert.That(actor.Type, Is.EqualTo("system"));
    }

    // Read-only and server-owned fields in a body are refused with a 400 naming the first one
    // (unknown_field), rather than dropped: a client learns at once that they have no effect.
    [TestCase("id", "424242")]
    [TestCase("version", "99")]
    [TestCase("scale", "medium")]
    [TestCase("status", "inactive")]
    [TestCase("ekatalogStatus", "listed")]
    [TestCase("createdAt", "2001-01-01T00:00:00Z")]
    [TestCase("personalDataMasked", "true")]
    public async Task Register_RefusesServerOwnedFields_AndRegistersNothing(string field, string value)
    {
        var body = TestData.Business();
        body[field] = value;
        var nib = body["nib"]!.GetValue<string>();

        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/businesses", body), field);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unknown_field"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses WHERE Nib = @nib", new { nib }), Is.EqualTo(0));
    }

    [TestCase("id", "1")]
    [TestCase("version", "50")]
    [TestCase("scale", "medium")]
    [TestCase("status", "inactive")]
    [TestCase("ekatalogStatus", "listed")]
    [TestCase("createdAt", "2001-01-01T00:00:00Z")]
    public async Task Update_RefusesServerOwnedFields_AndChangesNothing(string field, string value)
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString();
        var update = (JsonObject)body.DeepClone();
        update["name"] = "Nama Baru";
        update[field] = value;

        await ExpectFieldError(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, update)), field);

        var current = await Expect(await Officer.GetAsync($"/api/v1/businesses/{id}"), HttpStatusCode.OK);
        Assert.That(current.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(current.GetProperty("name").GetString(), Is.EqualTo(created.GetProperty("name").GetString()));
    }

    [Test]
    public async Task AViewer_CannotChangeAnyBusiness()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString();
        body["name"] = "Diubah Penonton";

        await Expect(await Viewer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), HttpStatusCode.Forbidden);
        await Expect(await Viewer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.Forbidden);

        var stored = await Json(await Viewer.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(stored.GetProperty("name").GetString(), Is.EqualTo(created.GetProperty("name").GetString()));
        Assert.That(stored.GetProperty("status").GetString(), Is.EqualTo("active"));
    }

    [Test]
    public async Task AnApiKey_CannotReachStaffOrAdminObjects_ByGuessingIds()
    {
        var client = await Caller(Scopes.BusinessesWrite + "+" + Scopes.PersonalDataRead);

        await Expect(await client.GetAsync("/api/v1/users/1"), HttpStatusCode.Forbidden);
        await Expect(await client.GetAsync("/api/v1/api-keys/1"), HttpStatusCode.Forbidden);
        await Expect(await client.GetAsync("/api/v1/audit-events?entityType=user"), HttpStatusCode.Forbidden);
    }
}
