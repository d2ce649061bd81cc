using System.Net;
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

    [Test]
    public async Task Register_IgnoresIdVersionScaleStatusEkatalogStatusAndAuditFields()
    {
        var body = TestData.Business();
        body["id"] = "424242";
        body["version"] = 99;
        body["scale"] = "medium";
        body["status"] = "inactive";
        body["ekatalogStatus"] = "listed";
        body["createdAt"] = "2001-01-01T00:00:00Z";
        body["updatedAt"] = "2001-01-01T00:00:00Z";
        body["personalDataMasked"] = true;

        var (created, etag) = await TestData.RegisterBusiness(Officer, body);

        Assert.That(created.GetProperty("id").GetString(), Is.Not.EqualTo("424242"));
        Assert.That(created.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(etag, Is.EqualTo("\"1\""));
        Assert.That(created.GetProperty("scale").GetString(), Is.EqualTo("micro"));
        Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(created.GetProperty("ekatalogStatus").GetString(), Is.EqualTo("not_started"));
        Assert.That(created.GetProperty("createdAt").GetDateTimeOffset().Year, Is.GreaterThan(2020));
    }

    [Test]
    public async Task Update_IgnoresIdVersionScaleStatusEkatalogStatusAndAuditFields()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString();
        var update = (JsonObject)body.DeepClone();
        update["id"] = "1";
        update["version"] = 50;
        update["scale"] = "medium";
        update["status"] = "inactive";
        update["ekatalogStatus"] = "listed";
        update["createdAt"] = "2001-01-01T00:00:00Z";

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, update));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(updated.GetProperty("scale").GetString(), Is.EqualTo("micro"));
        Assert.That(updated.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(updated.GetProperty("ekatalogStatus").GetString(), Is.EqualTo("not_started"));
        Assert.That(updated.GetProperty("createdAt").GetString(), Is.EqualTo(created.GetProperty("createdAt").GetString()));
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
