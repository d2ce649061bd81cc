using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Tests.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Audit;

public sealed class ListAuditEventsTests : ApiTest
{
    [Test]
    public async Task BusinessUpdate_LeavesAnEventWithTheChangedFields_AndTheNikMasked()
    {
        var body = TestData.Business();
        var (business, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = business.GetProperty("id").GetString();
        var oldNik = body["ownerNik"]!.GetValue<string>();
        body["name"] = "Kopi Sidikalang Bu Rina";
        body["ownerNik"] = TestData.Nik();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), HttpStatusCode.OK);
        var officerId = (await Json(await Officer.GetAsync("/api/v1/auth/me"))).GetProperty("id").GetString();

        var events = await Expect(await Admin.GetAsync($"/api/v1/audit-events?entityType=business&entityId={id}"), HttpStatusCode.OK);

        var items = events.GetProperty("items");
        Assert.That(items.EnumerateArray().Select(e => e.GetProperty("action").GetString()), Is.EqualTo(new[] { "updated", "registered" }));
        var updated = items[0];
        Assert.That(updated.GetProperty("actorType").GetString(), Is.EqualTo("user"));
        Assert.That(updated.GetProperty("actorId").GetString(), Is.EqualTo(officerId));
        var changes = updated.GetProperty("changes");
        Assert.That(changes.GetProperty("name").GetProperty("to").GetString(), Is.EqualTo("Kopi Sidikalang Bu Rina"));
        Assert.That(changes.GetProperty("ownerNik").GetProperty("from").GetString(), Is.EqualTo("***"));
        Assert.That(changes.GetProperty("ownerNik").GetProperty("to").GetString(), Is.EqualTo("***"));
        Assert.That(changes.TryGetProperty("phone", out _), Is.False, "unchanged fields are not listed");
        Assert.That(items.ToString(), Does.Not.Contain(oldNik).And.Not.Contain(body["ownerNik"]!.GetValue<string>()));
    }

    [Test]
    public async Task AWriteWhoseAuditEventFails_IsRolledBackWhole()
    {
        Assume.That(ApiFactory.OnSqlServer, Is.False, "the sabotage trigger is SQLite syntax");
        var (business, etag) = await TestData.RegisterBusiness(Officer);
        var id = business.GetProperty("id").GetString();
        await Factory.ScalarAsync<int>("""
            CREATE TRIGGER IF NOT EXISTS test_audit_sabotage AFTER INSERT ON AuditEvents
            WHEN NEW.Changes LIKE '%Usaha Gagal Disimpan%' BEGIN SELECT RAISE(ABORT, 'sabotaged'); END;
            SELECT 1
            """);
        var body = TestData.Business(name: "Usaha Gagal Disimpan", nib: business.GetProperty("nib").GetString());

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body));

        Assert.That((int)response.StatusCode, Is.EqualTo(500));
        var stored = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(stored.GetProperty("name").GetString(), Is.EqualTo(business.GetProperty("name").GetString()));
        Assert.That(stored.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'business' AND EntityId = @Id AND Action = 'updated'",
            new { Id = id }), Is.Zero);
    }

    [Test]
    public async Task ARolledBackTransaction_LeavesNoAuditEvent()
    {
        var before = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            await db.BeginAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<AuditTrail>()
                .RecordAsync("business", "1", "updated", new { name = "a" }, new { name = "b" }, CancellationToken.None);
            await db.RollbackAsync();
        }

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents"), Is.EqualTo(before));
    }

    [TestCase("UPDATE AuditEvents SET Action = 'tampered'")]
    [TestCase("DELETE FROM AuditEvents")]
    public async Task TheDatabase_RefusesToChangeOrRemoveAuditEvents(string sql)
    {
        await UserTestData.CreateUser(Admin, "viewer");
        var count = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents");
        Assume.That(count, Is.GreaterThan(0));

        Assert.That(async () => await Factory.ScalarAsync<int>(sql + "; SELECT 1"), Throws.InstanceOf<DbException>());

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents"), Is.EqualTo(count));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE Action = 'tampered'"), Is.Zero);
    }

    [Test]
    public async Task List_FiltersByActorAndTime_NewestFirst_Paged()
    {
        var start = Now.AddSeconds(-1);
        var (userId, _, etag) = await UserTestData.CreateUser(Admin, "viewer");
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{userId}/role", etag, new { role = "officer" })), HttpStatusCode.OK);
        var adminId = (await Json(await Admin.GetAsync("/api/v1/auth/me"))).GetProperty("id").GetString();
        var from = Uri.EscapeDataString(start.ToString("O"));

        var page = await Expect(await Admin.GetAsync($"/api/v1/audit-events?entityType=user&entityId={userId}&actorType=user&actorId={adminId}&from={from}&pageSize=1"),
            HttpStatusCode.OK);
        var future = await Expect(await Admin.GetAsync($"/api/v1/audit-events?entityId={userId}&from={Uri.EscapeDataString(Now.AddHours(1).ToString("O"))}"),
            HttpStatusCode.OK);
        var past = await Expect(await Admin.GetAsync($"/api/v1/audit-events?entityId={userId}&to={from}"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(page.GetProperty("items")[0].GetProperty("action").GetString(), Is.EqualTo("role_changed"));
        Assert.That(page.GetProperty("items")[0].GetProperty("changes").GetProperty("role").GetProperty("to").GetString(), Is.EqualTo("officer"));
        Assert.That(future.GetProperty("totalCount").GetInt32(), Is.Zero);
        Assert.That(past.GetProperty("totalCount").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task EveryUserAndKeyWrite_LeavesAnEvent()
    {
        var (userId, email, etag) = await UserTestData.CreateUser(Admin, "viewer");
        var r1 = await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{userId}/role", etag, new { role = "officer" }));
        var r2 = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{userId}/disable", r1.Headers.ETag!.ToString()));
        var r3 = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{userId}/enable", r2.Headers.ETag!.ToString()));
        await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{userId}/reset-password", r3.Headers.ETag!.ToString(), new { newPassword = "Sementara2026" }));
        var token = (await Json(await UserTestData.SignIn(Anonymous, email, "Sementara2026"))).GetProperty("accessToken").GetString()!;
        await Factory.WithToken(token).PostAsJsonAsync("/api/v1/auth/change-password", new { currentPassword = "Sementara2026", newPassword = "Pilihan2026saya" });
        await UserTestData.SignIn(Anonymous, email, "salah-sandi-1");
        var (_, keyId, keyEtag) = await Credentials.CreateApiKeyAsync(Admin, "catalog:read");
        await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/api-keys/{keyId}/revoke", keyEtag));

        var userEvents = await Json(await Admin.GetAsync($"/api/v1/audit-events?entityType=user&entityId={userId}&sort=occurredAt&pageSize=100"));
        var keyEvents = await Json(await Admin.GetAsync($"/api/v1/audit-events?entityType=api_key&entityId={keyId}&sort=occurredAt"));

        Assert.That(userEvents.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()), Is.EqualTo(new[]
        {
            "created", "role_changed", "disabled", "enabled", "password_reset", "signed_in", "password_changed", "sign_in_failed",
        }));
        Assert.That(keyEvents.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()),
            Is.EqualTo(new[] { "created", "revoked" }));
    }

    [TestCase("pageSize=1000", "pageSize")]
    [TestCase("actorType=robot", "actorType")]
    [TestCase("sort=action", "sort")]
    public async Task List_WithInvalidParameter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Admin.GetAsync($"/api/v1/audit-events?{query}"), field);
    }

    [Test]
    public async Task List_WithUnreadableDate_Returns400()
    {
        await Expect(await Admin.GetAsync("/api/v1/audit-events?from=yesterday"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task List_AsOfficer_Returns403()
    {
        await Expect(await Officer.GetAsync("/api/v1/audit-events"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_sign_in_is_worded_when_read_in_the_readers_language()
    {
        await Expect(await Anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email = ApiFactory.AdminEmail, password = ApiFactory.Password }), HttpStatusCode.OK);

        async Task<System.Text.Json.JsonElement> SignIn(string lang)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit-events?entityType=user&actorType=anonymous");
            request.Headers.AcceptLanguage.ParseAdd(lang);
            var page = await Expect(await Admin.SendAsync(request), HttpStatusCode.OK);
            return page.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "signed_in");
        }

        var id = await SignIn("id");
        var en = await SignIn("en");
        Assert.Multiple(() =>
        {
            Assert.That(id.GetProperty("action").GetString(), Is.EqualTo("signed_in"));
            Assert.That(id.GetProperty("actionText").GetString(), Is.EqualTo("Masuk"));
            Assert.That(id.GetProperty("actorText").GetString(), Is.EqualTo("Anonim"));
            Assert.That(id.GetProperty("entityTypeText").GetString(), Is.EqualTo("Pengguna"));
            Assert.That(en.GetProperty("actionText").GetString(), Is.EqualTo("Signed in"));
            Assert.That(en.GetProperty("actorText").GetString(), Is.EqualTo("Anonymous"));
            Assert.That(en.GetProperty("entityTypeText").GetString(), Is.EqualTo("User"));
        });
    }
}
