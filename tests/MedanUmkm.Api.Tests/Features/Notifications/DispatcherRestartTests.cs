using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Features.Notifications;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>
/// A dispatcher killed mid-dispatch: host A claims a delivery and is disposed while the receiver still
/// holds the request (no graceful completion: its outcome is never recorded). Host B, started later on
/// the same database with its dispatcher loop on, claims it again once A's lease ran out and delivers it
/// with the same webhook-id; nothing is lost and the outbox event is there once.
/// </summary>
[Category("Api")]
public sealed class DispatcherRestartTests
{
    [Test]
    public async Task KilledMidDispatch_LosesNothing_AndTheNextStartDeliversUnderTheSameIdempotencyKey()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("Shares one SQLite file between two hosts.");
        var directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "restart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var connection = $"Data Source={Path.Combine(directory, "shared.db")}";
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        var hang = new TaskCompletionSource();
        receiver.Gate = hang.Task;
        var settings = new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = connection,
            ["Database:MigrateOnStartup"] = "true",
            ["Notifications:Webhooks:AllowedHosts:0"] = "127.0.0.1",
        };
        Task inflight;
        DateTimeOffset killedAt;
        try
        {
            var a = new ApiFactory(settings);
            var admin = await a.As(Roles.Admin);
            var created = await admin.PostAsJsonAsync("/api/v1/webhooks", new { name = "Penerima", url = receiver.Url, eventTypes = new[] { "business.registered" } });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            receiver.Secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
            await TestData.RegisterBusiness(await a.As(Roles.Officer));

            inflight = a.Services.GetRequiredService<DeliveryDispatcher>().RunOnceAsync(CancellationToken.None);
            await WaitFor(() => !receiver.Received.IsEmpty, "the receiver got the first request");
            killedAt = a.Clock.GetUtcNow();
            a.Dispose(); // the host goes away while the request is still open
        }
        finally
        {
            receiver.Gate = null;
        }

        Assert.That(await Scalar<string>(connection, "SELECT Status FROM Deliveries"), Is.EqualTo("pending"), "claimed, not done");
        Assert.That(await Scalar<long>(connection, "SELECT COUNT(*) FROM Outbox"), Is.EqualTo(1));

        using (var b = new ApiFactory(new Dictionary<string, string>(settings)
               {
                   ["Database:MigrateOnStartup"] = "false",
                   ["Notifications:Dispatcher:Enabled"] = "true",
               }, now: killedAt.AddMinutes(5)))
        {
            _ = b.Services; // starts the host and its dispatcher loop
            await WaitFor(async () => await Scalar<string>(connection, "SELECT Status FROM Deliveries") == "succeeded", "the next start delivered it");
        }
        hang.SetResult(); // the dead host's request ends now; its late outcome must change nothing
        try { await inflight; } catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or OperationCanceledException) { }

        var received = receiver.Received.ToArray();
        Assert.That(received.All(r => r.Verified), Is.True);
        Assert.That(received.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1), "every try carries the one idempotency key");
        Assert.That(await Scalar<string>(connection, "SELECT Status FROM Deliveries"), Is.EqualTo("succeeded"));
        Assert.That(await Scalar<long>(connection, "SELECT COUNT(*) FROM Deliveries"), Is.EqualTo(1));
        Assert.That(await Scalar<long>(connection, "SELECT Attempts FROM Deliveries"), Is.EqualTo(2), "the killed try counts");
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var c = new SqliteConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private static Task WaitFor(Func<bool> condition, string what) => WaitFor(() => Task.FromResult(condition()), what);

    /// <summary>Waits (real time, bounded) for something another thread does: a request arriving, a loop delivering.</summary>
    private static async Task WaitFor(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(50);
        }
        Assert.Fail($"Timed out waiting until {what}.");
    }
}
