using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.ApiKeys;

/// <summary>Create, list, read and revoke API keys; what a key can and cannot do.</summary>
public sealed class ApiKeysTests : ApiTest
{
    [Test]
    public async Task Create_ShowsTheKeyOnce_StoresOnlyItsHash_ListAndGetNeverShowIt()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/api-keys",
            new { name = "SIDT-KUMKM sync", scopes = new[] { "businesses:read", "catalog:read" }, expiresAt = Now.AddDays(30) });

        var body = await Expect(response, HttpStatusCode.Created);
        var key = body.GetProperty("key").GetString()!;
        var id = body.GetProperty("apiKey").GetProperty("id").GetString()!;
        Assert.That(key, Does.StartWith("mu_" + body.GetProperty("apiKey").GetProperty("prefix").GetString() + "_"));
        Assert.That(body.GetProperty("apiKey").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()),
            Is.EqualTo(new[] { "catalog:read", "businesses:read" }));
        Assert.That(body.GetProperty("apiKey").GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(await Factory.ScalarAsync<string>("SELECT KeyHash FROM ApiKeys WHERE Id = @Id", new { Id = int.Parse(id) }),
            Is.EqualTo(ApiKeyFormat.Hash(key)));
        var list = await (await Admin.GetAsync("/api/v1/api-keys")).Content.ReadAsStringAsync();
        var one = await (await Admin.GetAsync($"/api/v1/api-keys/{id}")).Content.ReadAsStringAsync();
        Assert.That(list, Does.Contain(id).And.Not.Contain(key).And.Not.Contain("keyHash"));
        Assert.That(one, Does.Not.Contain(key).And.Not.Contain("keyHash"));
    }

    [Test]
    public async Task KeyWithBusinessesRead_ReadsBusinesses_ButCannotWriteOrManage()
    {
        var (key, _, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);
        var client = Factory.WithApiKey(key);

        await Expect(await client.GetAsync("/api/v1/businesses"), HttpStatusCode.OK);
        await Expect(await client.PostAsJsonAsync("/api/v1/businesses", TestData.Business()), HttpStatusCode.Forbidden);
        await Expect(await client.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden);
        await Expect(await client.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task KeyWithBusinessesWrite_RegistersABusiness_AuditedAsTheKey()
    {
        var (key, keyId, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesWrite);

        var (business, _) = await TestData.RegisterBusiness(Factory.WithApiKey(key));

        var events = await Json(await Admin.GetAsync($"/api/v1/audit-events?entityType=business&entityId={business.GetProperty("id").GetString()}"));
        var registered = events.GetProperty("items")[0];
        Assert.That(registered.GetProperty("actorType").GetString(), Is.EqualTo("api_key"));
        Assert.That(registered.GetProperty("actorId").GetString(), Is.EqualTo(keyId));
    }

    [Test]
    public async Task Revoke_ThenTheKeyIsRefused_AndASecondRevokeIs409()
    {
        var (key, id, etag) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);
        var client = Factory.WithApiKey(key);
        await Expect(await client.GetAsync("/api/v1/businesses"), HttpStatusCode.OK);

        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/api-keys/{id}/revoke", etag));

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("revoked"));
        await Expect(await client.GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
        var again = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/api-keys/{id}/revoke", response.Headers.ETag!.ToString()));
        Assert.That((await Expect(again, HttpStatusCode.Conflict)).GetProperty("code").GetString(), Is.EqualTo("already_revoked"));
    }

    [Test]
    public async Task Delete_RevokesTheKey_AndKeepsItListed()
    {
        var (key, id, etag) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);

        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/api-keys/{id}", null)), HttpStatusCode.PreconditionRequired);
        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/api-keys/{id}", etag));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Expect(await Factory.WithApiKey(key).GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
        var revoked = await Json(await Admin.GetAsync("/api/v1/api-keys?status=revoked&pageSize=100"));
        Assert.That(revoked.GetProperty("items").EnumerateArray().Select(k => k.GetProperty("id").GetString()), Does.Contain(id));
    }

    [Test]
    public async Task ExpiredKey_IsRefused()
    {
        var (key, id, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);
        await Factory.ScalarAsync<int>("UPDATE ApiKeys SET ExpiresAt = @Past WHERE Id = @Id; SELECT 1",
            new { Past = Now.AddMinutes(-1), Id = int.Parse(id) });

        await Expect(await Factory.WithApiKey(key).GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
        var body = await Json(await Admin.GetAsync($"/api/v1/api-keys/{id}"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("expired"));
    }

    [TestCase("mu_000000000000_bogus")]
    [TestCase("not-a-key")]
    public async Task UnknownOrMalformedKey_Returns401(string key)
    {
        await Expect(await Factory.WithApiKey(key).GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ATamperedSecret_WithAKnownPrefix_Returns401()
    {
        var (key, _, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);
        var tampered = key[..^2] + (key[^2..] == "AA" ? "BB" : "AA");

        await Expect(await Factory.WithApiKey(tampered).GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Use_RecordsLastUsedAt()
    {
        var (key, id, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead);
        Assert.That((await Json(await Admin.GetAsync($"/api/v1/api-keys/{id}"))).GetProperty("lastUsedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));

        await Factory.WithApiKey(key).GetAsync("/api/v1/businesses");

        Assert.That((await Json(await Admin.GetAsync($"/api/v1/api-keys/{id}"))).GetProperty("lastUsedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.String));
    }

    [TestCase("""{ "name": "x1", "scopes": [] }""", "scopes")]
    [TestCase("""{ "name": "Integrasi", "scopes": ["root"] }""", "scopes[0]")]
    [TestCase("""{ "name": "Integrasi", "scopes": ["catalog:read", "catalog:read"] }""", "scopes")]
    [TestCase("""{ "name": "Integrasi", "scopes": ["catalog:read"], "expiresAt": "2020-01-01T00:00:00Z" }""", "expiresAt")]
    [TestCase("""{ "name": "", "scopes": ["catalog:read"] }""", "name")]
    public async Task Create_WithInvalidInput_Returns400(string json, string field)
    {
        var response = await Admin.PostAsync("/api/v1/api-keys", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ExpectFieldError(response, field);
    }

    [Test]
    public async Task Manage_AsOfficer_Returns403()
    {
        await Expect(await Officer.PostAsJsonAsync("/api/v1/api-keys", new { name = "Curang", scopes = new[] { "businesses:write" } }), HttpStatusCode.Forbidden);
        await Expect(await Officer.GetAsync("/api/v1/api-keys"), HttpStatusCode.Forbidden);
    }
}
