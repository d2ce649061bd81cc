using System.Net;
using MedanUmkm.Api.Features.Notifications;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>The pure rules of notifications: signatures, back-off, the SSRF guard, and the claim SQL of both engines.</summary>
public sealed class NotificationRulesTests
{
    // The example of the Standard Webhooks specification's reference libraries.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";

    [Test]
    public void Sign_MatchesTheStandardWebhooksReferenceExample() =>
        Assert.That(WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody), Is.EqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));

    [Test]
    public void Verify_AcceptsOneOfSeveralSignatures_AndRefusesAnAlteredBody()
    {
        var good = WebhookSignature.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody);
        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody, "v1,bm90LWl0 " + good), Is.True);
        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp, SpecBody + " ", good), Is.False);
        Assert.That(WebhookSignature.Verify(SpecSecret, SpecId, SpecTimestamp + 1, SpecBody, good), Is.False);
    }

    [Test]
    public void NewSecret_IsAWhsecSecret()
    {
        Assert.That(WebhookSignature.IsValidSecret(WebhookSignature.NewSecret()), Is.True);
        Assert.That(WebhookSignature.IsValidSecret("secret"), Is.False);
    }

    [TestCase(1, 0.0, 15)]
    [TestCase(1, 1.0, 30)]
    [TestCase(2, 0.0, 30)]
    [TestCase(3, 1.0, 120)]
    [TestCase(20, 1.0, 3600)]
    public void Backoff_DoublesPerAttempt_WithEqualJitter_UpToTheCap(int attempt, double jitter, int seconds) =>
        Assert.That(Backoff.Delay(attempt, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), jitter), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [Test]
    public void Backoff_GivesUpWhenTheNextTryFallsAfterTheDeadline()
    {
        var now = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.That(Backoff.Next(now, 1, now.AddMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 0.5), Is.Not.Null);
        Assert.That(Backoff.Next(now, 10, now.AddMinutes(1), TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 0.5), Is.Null);
    }

    [TestCase("127.0.0.1", true)]
    [TestCase("10.1.2.3", true)]
    [TestCase("172.20.0.1", true)]
    [TestCase("192.168.1.1", true)]
    [TestCase("169.254.169.254", true)]
    [TestCase("100.64.0.1", true)]
    [TestCase("0.0.0.0", true)]
    [TestCase("::1", true)]
    [TestCase("fe80::1", true)]
    [TestCase("fd00::1", true)]
    [TestCase("::ffff:10.0.0.1", true)]
    [TestCase("203.0.113.5", true)]
    [TestCase("8.8.8.8", false)]
    [TestCase("103.10.20.30", false)]
    [TestCase("2606:4700::1111", false)]
    public void OutboundAddress_RefusesPrivateLoopbackAndLinkLocal(string address, bool forbidden) =>
        Assert.That(OutboundAddress.IsForbidden(IPAddress.Parse(address)), Is.EqualTo(forbidden));

    [Test]
    public void Listens_ToItsTypesOrToEverything()
    {
        Assert.That(OutboxSink.Listens("business.registered readiness.changed", "readiness.changed"), Is.True);
        Assert.That(OutboxSink.Listens("business.registered", "readiness.changed"), Is.False);
        Assert.That(OutboxSink.Listens("*", "loan.status_changed"), Is.True);
    }

    [Test]
    public void ClaimSql_OnSqlServer_IsValidTSql_SkippingAndLockingRowsOtherInstancesClaim()
    {
        var sql = DeliverySql.Claim(SqlDialect.SqlServer);
        Assert.That(TSql.Errors(sql), Is.Empty, sql);
        Assert.That(sql, Does.Contain("WITH (READPAST, UPDLOCK, ROWLOCK)").And.Contain("TOP (@Take)").And.Contain("OUTPUT inserted.Id"));
    }

    [Test]
    public async Task ClaimSql_OnSqlite_TakesEachDueRowOnce_AndAgainOnlyAfterItsLease()
    {
        var path = Path.Combine(Path.GetTempPath(), "medanumkm-tests", $"claim-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var cs = $"Data Source={path};Pooling=False";
        MedanUmkm.Migrations.DatabaseMigrator.MigrateUp(MedanUmkm.Migrations.DatabaseProvider.Sqlite, cs);
        TypeHandlers.Register();
        var now = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        await using (var c = new SqliteConnection(cs))
        {
            await c.OpenAsync();
            for (var i = 0; i < 3; i++)
                await Dapper.SqlMapper.ExecuteAsync(c, DeliverySql.InsertDelivery, new
                {
                    DeliveryKey = $"k{i}", EventId = (string?)null, EventType = "test", Channel = Channels.Email, SubscriptionId = (int?)null,
                    Recipient = "a@example.org", Subject = "s", Payload = "{}", Now = now, GiveUpAt = now.AddDays(1),
                });
            async Task<int[]> Claim(DateTimeOffset at, int take) => (await Dapper.SqlMapper.QueryAsync<ClaimedDelivery>(c, DeliverySql.Claim(SqlDialect.Sqlite),
                new { Token = Guid.NewGuid().ToString("N"), LeaseUntil = at.AddMinutes(2), Now = at, Take = take })).Select(d => d.Id).ToArray();

            var first = await Claim(now, 2);
            var second = await Claim(now, 5);
            var stillHeld = await Claim(now.AddMinutes(1), 5);
            var afterLease = await Claim(now.AddMinutes(3), 5);

            Assert.That(first, Has.Length.EqualTo(2));
            Assert.That(second, Has.Length.EqualTo(1).And.No.AnyOf(first));
            Assert.That(stillHeld, Is.Empty);
            Assert.That(afterLease, Is.EquivalentTo(first.Concat(second)));
        }
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
