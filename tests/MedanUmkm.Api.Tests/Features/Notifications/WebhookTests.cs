using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Features.Notifications;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>
/// Webhook subscriptions and their deliveries, end to end: the API's outbox, its dispatcher (driven one
/// round at a time here) and a real HTTP receiver on 127.0.0.1 that verifies every signature with the secret.
/// </summary>
#pragma warning disable CA1001 // the receiver and the SMTP server are disposed by StopReceiver (OneTimeTearDown)
public sealed class WebhookTests : ApiTest
{
    private const string Hooks = "/api/v1/webhooks";
    private readonly TestSmtpServer _smtp = new();
    private WebhookReceiver _receiver = null!;

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        // Loopback is refused outside Development unless the allow-list names it: the receiver is allowed by name.
        ["Notifications:Webhooks:AllowedHosts:0"] = "127.0.0.1",
        ["Notifications:Webhooks:DisableAfterFailures"] = "3",
        ["Notifications:Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Mail:TlsMode"] = "None",
    };

    [OneTimeSetUp]
    public async Task StartReceiver()
    {
        _receiver = new WebhookReceiver();
        await _receiver.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopReceiver()
    {
        await _receiver.DisposeAsync();
        _smtp.Dispose();
    }

    [SetUp]
    public async Task ResetReceiver()
    {
        await Factory.ScalarAsync<int>("UPDATE WebhookSubscriptions SET Active = 0");
        _receiver.Received.Clear();
        _receiver.Status = HttpStatusCode.NoContent;
        _receiver.Gate = null;
    }

    private DeliveryDispatcher Dispatcher => Factory.Services.GetRequiredService<DeliveryDispatcher>();

    private async Task<(string Id, string Secret, string ETag)> Subscribe(string url, params string[] types)
    {
        var response = await Admin.PostAsJsonAsync(Hooks, new { name = $"Penerima {TestData.Next()}", url, eventTypes = types });
        var body = await Expect(response, HttpStatusCode.Created);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        return (body.GetProperty("webhook").GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!, response.Headers.ETag!.ToString());
    }

    private async Task<string> BusinessMissingKswp()
    {
        var (business, _) = await TestData.RegisterBusiness(Officer);
        return business.GetProperty("id").GetString()!;
    }

    private async Task FixKswp(string businessId) =>
        await Expect(await Officer.PostAsJsonAsync($"/api/v1/businesses/{businessId}/tax-status",
            new { status = "valid", checkedOn = Today.ToString("yyyy-MM-dd"), reference = $"S-{TestData.Next()}/KSWP" }), HttpStatusCode.Created);

    private async Task Deactivate(string id)
    {
        var current = await Admin.GetAsync($"{Hooks}/{id}");
        var body = await Expect(current, HttpStatusCode.OK);
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"{Hooks}/{id}", current.Headers.ETag!.ToString(), new
        {
            name = body.GetProperty("name").GetString(), url = body.GetProperty("url").GetString(),
            eventTypes = body.GetProperty("eventTypes"), active = false,
        })), HttpStatusCode.OK);
    }

    [Test]
    public async Task ReadinessChange_GivesTheReceiverOneSignedDelivery_ThatVerifiesWithTheSecret()
    {
        var (hookId, secret, _) = await Subscribe(_receiver.Url, "readiness.changed");
        _receiver.Secret = secret;
        var businessId = await BusinessMissingKswp();

        await FixKswp(businessId);
        var sent = await Dispatcher.RunOnceAsync(CancellationToken.None);
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(sent, Is.EqualTo(1));
        var received = _receiver.Received.ToArray();
        Assert.That(received, Has.Length.EqualTo(1));
        Assert.That(received[0].Verified, Is.True, "signature verifies with the secret shown at creation");
        Assert.That(received[0].Timestamp, Is.EqualTo(Now.ToUnixTimeSeconds()).Within(5));
        var payload = JsonDocument.Parse(received[0].Body).RootElement;
        Assert.That(payload.GetProperty("type").GetString(), Is.EqualTo("readiness.changed"));
        Assert.That(payload.GetProperty("subject").GetProperty("id").GetString(), Is.EqualTo(businessId));
        Assert.That(payload.GetProperty("data").GetProperty("businessId").GetString(), Is.EqualTo(businessId));
        Assert.That(received[0].Body, Does.Not.Contain("Rina").And.Not.Contain("0812"), "no personal data in payloads");

        var log = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}/deliveries"), HttpStatusCode.OK);
        var delivery = log.GetProperty("items")[0];
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(delivery.GetProperty("webhookId").GetString(), Is.EqualTo(received[0].Id));
        await Deactivate(hookId);
    }

    [Test]
    public async Task ReceiverDown_DeliveryRetriesWithBackoff_ThenSucceedsWhenItReturns()
    {
        var (hookId, secret, _) = await Subscribe(_receiver.Url, "business.registered");
        _receiver.Secret = secret;
        await _receiver.StopAsync();
        try
        {
            await TestData.RegisterBusiness(Officer);
            Assert.That(await Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(1), "first attempt: connection refused");
            Assert.That(await Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(0), "not due again before its back-off");
            Clock.Advance(TimeSpan.FromMinutes(1)); // the first back-off is 15-30 s
            Assert.That(await Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(1), "second attempt: still down");
        }
        finally
        {
            await _receiver.StartAsync();
        }
        Clock.Advance(TimeSpan.FromMinutes(2)); // the second back-off is 30-60 s
        Assert.That(await Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(1));

        Assert.That(_receiver.Received.Select(r => r.Verified), Is.EqualTo(new[] { true }));
        var log = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}/deliveries"), HttpStatusCode.OK);
        var delivery = log.GetProperty("items")[0];
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(delivery.GetProperty("attempts").GetInt32(), Is.EqualTo(3));
        var detail = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}/deliveries/{delivery.GetProperty("id").GetString()}"), HttpStatusCode.OK);
        Assert.That(detail.GetProperty("attemptLog").EnumerateArray().Select(a => a.GetProperty("succeeded").GetBoolean()),
            Is.EqualTo(new[] { false, false, true }), "every attempt recorded");
        Assert.That(detail.GetProperty("payload").GetProperty("type").GetString(), Is.EqualTo("business.registered"));
        var sub = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}"), HttpStatusCode.OK);
        Assert.That(sub.GetProperty("consecutiveFailures").GetInt32(), Is.Zero, "a success clears the failure count");
        await Deactivate(hookId);
    }

    [Test]
    public async Task PrivateTarget_IsRefusedOutsideDevelopment_WithoutConnecting()
    {
        var (hookId, _, _) = await Subscribe("http://10.20.30.40:8080/hooks", "business.registered");
        await TestData.RegisterBusiness(Officer);

        await Dispatcher.RunOnceAsync(CancellationToken.None);

        var log = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}/deliveries"), HttpStatusCode.OK);
        Assert.That(log.GetProperty("items")[0].GetProperty("lastError").GetString(), Does.StartWith("target refused"));
        Assert.That(log.GetProperty("items")[0].GetProperty("status").GetString(), Is.EqualTo("pending"));
        await Deactivate(hookId);
    }

    [Test]
    public async Task RepeatedFailures_DisableTheSubscription_AndTellAdminsByEmail()
    {
        var (hookId, secret, _) = await Subscribe(_receiver.Url, "business.registered");
        _receiver.Secret = secret;
        _receiver.Status = HttpStatusCode.InternalServerError;
        _smtp.Messages.Clear();
        await TestData.RegisterBusiness(Officer);

        for (var i = 0; i < 3; i++)
        {
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            Clock.Advance(TimeSpan.FromMinutes(3));
        }
        var sub = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}"), HttpStatusCode.OK);
        Assert.That(sub.GetProperty("active").GetBoolean(), Is.False);
        Assert.That(sub.GetProperty("disabledReason").GetString(), Is.EqualTo("failures"));

        await Dispatcher.RunOnceAsync(CancellationToken.None); // sends the admins' notice, not the webhook
        Assert.That(_receiver.Received, Has.Count.EqualTo(3));
        var notice = _smtp.Messages.Single();
        Assert.That(notice.To.Mailboxes.Single().Address, Is.EqualTo(ApiFactory.AdminEmail));
        Assert.That(notice.Subject, Does.Contain("dinonaktifkan"));
        Assert.That(notice.TextBody, Does.Contain("Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan"));
    }

    [Test]
    public async Task Subscription_SecretShownOnce_UpdateNeedsIfMatch_DeleteRemovesIt()
    {
        var (id, secret, etag) = await Subscribe("https://dashboard.example.org/hooks", "business.registered", "loan.status_changed");
        Assert.That(WebhookSignature.IsValidSecret(secret), Is.True);
        var read = await Admin.GetAsync($"{Hooks}/{id}");
        var body = await Expect(read, HttpStatusCode.OK);
        Assert.That(body.TryGetProperty("secret", out _), Is.False);
        Assert.That(body.GetProperty("eventTypes").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "business.registered", "loan.status_changed" }));

        await Expect(await Admin.PutAsJsonAsync($"{Hooks}/{id}", new { name = "x y", url = "https://a.example.org/", eventTypes = new[] { "*" }, active = true }),
            HttpStatusCode.PreconditionRequired);
        var updated = await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"{Hooks}/{id}", etag,
            new { name = "Dasbor provinsi", url = "https://a.example.org/", eventTypes = new[] { "*" }, active = false })), HttpStatusCode.OK);
        Assert.That(updated.GetProperty("active").GetBoolean(), Is.False);
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{Hooks}/{id}", etag)), HttpStatusCode.PreconditionFailed);
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Delete, $"{Hooks}/{id}", $"\"{updated.GetProperty("version").GetInt32()}\"")), HttpStatusCode.NoContent);
        await Expect(await Admin.GetAsync($"{Hooks}/{id}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Create_WithUnknownEventTypeOrBadUrl_Is400_AndOfficersAreRefused()
    {
        var bad = await Admin.PostAsJsonAsync(Hooks, new { name = "Uji", url = "ftp://x.example.org", eventTypes = new[] { "business.exploded" } });
        var problem = await Expect(bad, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("url", out _), Is.True);
        Assert.That(problem.GetProperty("errors").TryGetProperty("eventTypes[0]", out _), Is.True);
        await Expect(await Officer.PostAsJsonAsync(Hooks, new { name = "Uji", url = "https://x.example.org", eventTypes = new[] { "*" } }), HttpStatusCode.Forbidden);
        await Expect(await Officer.GetAsync(Hooks), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Redeliver_SendsTheSameWebhookIdAgain()
    {
        var (hookId, secret, _) = await Subscribe(_receiver.Url, "business.registered");
        _receiver.Secret = secret;
        await TestData.RegisterBusiness(Officer);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var log = await Expect(await Admin.GetAsync($"{Hooks}/{hookId}/deliveries"), HttpStatusCode.OK);
        var deliveryId = log.GetProperty("items")[0].GetProperty("id").GetString();

        var again = await Admin.PostAsync($"{Hooks}/{hookId}/deliveries/{deliveryId}/redeliver", null);
        await Expect(again, HttpStatusCode.Accepted);
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        var ids = _receiver.Received.Select(r => r.Id).ToArray();
        Assert.That(ids, Has.Length.EqualTo(2));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1), "one idempotency key");
        await Deactivate(hookId);
    }

    [Test]
    public async Task EventTypes_AreListed()
    {
        var types = await Expect(await Admin.GetAsync($"{Hooks}/event-types"), HttpStatusCode.OK);
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("type").GetString()), Does.Contain("readiness.changed").And.Contain("loan.status_changed"));
    }
}
