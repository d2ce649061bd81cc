using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>Owners' contact consent, with its dates, and the unsubscribe link that withdraws it.</summary>
public sealed class ContactConsentTests : ApiTest
{
    [Test]
    public async Task Consent_IsRecordedWithItsDate_AndTheUnsubscribeLinkWithdrawsIt()
    {
        var (business, _) = await TestData.RegisterBusiness(Officer);
        var url = $"/api/v1/businesses/{business.GetProperty("id").GetString()}/contact-consent";
        var none = await Expect(await Viewer.GetAsync(url), HttpStatusCode.OK);
        Assert.That(none.GetProperty("version").GetInt32(), Is.Zero);
        await Expect(await Officer.PutAsJsonAsync(url, new { byEmail = true, byWhatsApp = false }), HttpStatusCode.PreconditionRequired);

        var given = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, "\"0\"", new { byEmail = true, byWhatsApp = false })), HttpStatusCode.OK);
        Assert.That(given.GetProperty("byEmail").GetBoolean(), Is.True);
        Assert.That(given.GetProperty("consentedAt").GetDateTimeOffset(), Is.EqualTo(Now).Within(TimeSpan.FromSeconds(5)));
        await Expect(await Viewer.SendAsync(WithIfMatch(HttpMethod.Put, url, "\"1\"", new { byEmail = false, byWhatsApp = false })), HttpStatusCode.Forbidden);

        var token = await Factory.ScalarAsync<string>("SELECT UnsubscribeToken FROM ContactConsents WHERE BusinessId = @Id",
            new { Id = int.Parse(business.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture) });
        var page = await Anonymous.GetAsync($"/api/v1/notifications/unsubscribe?code={token}");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("tidak akan menerima"));
        var unknown = await Anonymous.GetAsync("/api/v1/notifications/unsubscribe?code=abc");
        Assert.That(await unknown.Content.ReadAsStringAsync(), Is.EqualTo(await page.Content.ReadAsStringAsync()), "an unknown token reveals nothing");

        var withdrawn = await Expect(await Viewer.GetAsync(url), HttpStatusCode.OK);
        Assert.That(withdrawn.GetProperty("byEmail").GetBoolean(), Is.False);
        Assert.That(withdrawn.GetProperty("withdrawnVia").GetString(), Is.EqualTo("unsubscribe_link"));
        Assert.That(withdrawn.GetProperty("withdrawnAt").ValueKind, Is.Not.EqualTo(System.Text.Json.JsonValueKind.Null));
    }
}
