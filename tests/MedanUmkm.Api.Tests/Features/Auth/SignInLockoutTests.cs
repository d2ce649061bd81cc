using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Tests.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Auth;

/// <summary>
/// Issue #14, defect 6: failed sign-ins slow down the address they come from, for that account
/// only; nobody can lock the owner (or the admin) out, and the answers do not tell which
/// accounts exist.
/// </summary>
public sealed class SignInLockoutTests : ApiTest
{
    // The per-account failure limit would answer 429 before the back-off reaches its cap.
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string> { ["RateLimits:LoginPerAccountPerMinute"] = "1000" };

    private static int _address = 10;
    private static string NextAddress() => $"203.0.113.{Interlocked.Increment(ref _address)}";

    private async Task FailFiveTimes(HttpClient client, string email)
    {
        for (var i = 0; i < 5; i++)
            await Expect(await client.SignIn(email, $"Salah{i}12345678"), HttpStatusCode.Unauthorized);
    }

    private static string Answer(JsonElement problem) =>
        $"{problem.GetProperty("status").GetInt32()}|{problem.GetProperty("title").GetString()}|{problem.GetProperty("code").GetString()}|{problem.GetProperty("detail").GetString()}";

    [Test]
    public async Task FiveFailuresFromOneAddress_DoNotLockTheAdminOutFromAnotherAddress()
    {
        var attacker = Factory.From(NextAddress());
        await FailFiveTimes(attacker, ApiFactory.AdminEmail);

        await Expect(await Factory.From(NextAddress()).SignIn(ApiFactory.AdminEmail, ApiFactory.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task AfterFiveFailures_TheSameAddressWaits_EvenWithTheRightPassword_ThenMayTryAgain()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        var address = NextAddress();
        var client = Factory.From(address);
        await FailFiveTimes(client, email);

        await Expect(await client.SignIn(email, UserTestData.Password), HttpStatusCode.Unauthorized);
        var blockedUntil = await Factory.ScalarAsync<DateTimeOffset>(
            "SELECT BlockedUntil FROM SignInFailures WHERE Email = @Email AND SourceAddress = @Address", new { Email = email, Address = address });
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.That(blockedUntil - now, Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), "the first delay is 30 seconds");

        // The delay has passed (moved into the past here): the right password works again.
        await Factory.ScalarAsync<int>("UPDATE SignInFailures SET BlockedUntil = @Past WHERE Email = @Email",
            new { Email = email, Past = now.AddSeconds(-1) });
        await Expect(await client.SignIn(email, UserTestData.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task TheDelayDoublesWithEachFurtherFailure_UpTo15Minutes()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        var address = NextAddress();
        var client = Factory.From(address);
        var delays = new List<TimeSpan>();
        for (var i = 0; i < 11; i++)
        {
            // Each try comes after the previous delay (moved into the past), so each one counts.
            await Factory.ScalarAsync<int>("UPDATE SignInFailures SET BlockedUntil = NULL WHERE Email = @Email", new { Email = email });
            await Expect(await client.SignIn(email, $"Salah{i}12345678"), HttpStatusCode.Unauthorized);
            var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var until = await Factory.ScalarAsync<DateTimeOffset?>(
                "SELECT BlockedUntil FROM SignInFailures WHERE Email = @Email AND SourceAddress = @Address", new { Email = email, Address = address });
            delays.Add(until is null ? TimeSpan.Zero : until.Value - now);
        }

        Assert.That(delays.Take(4), Is.All.EqualTo(TimeSpan.Zero), "four free tries");
        var minutes = delays.Skip(4).Select(d => Math.Round(d.TotalMinutes, 1)).ToList();
        Assert.That(minutes, Is.EqualTo(new[] { 0.5, 1, 2, 4, 8, 15, 15 }));
    }

    [Test]
    public async Task UnknownAccount_WrongPassword_WaitingAddress_AndDisabledAccount_GetTheSameAnswer()
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, "viewer");
        var (disabledId, disabledEmail, etag) = await UserTestData.CreateUser(Admin, "viewer");
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{disabledId}/disable", etag)), HttpStatusCode.OK);

        var wrong = await Expect(await Factory.From(NextAddress()).SignIn(email, "Salah12345678"), HttpStatusCode.Unauthorized);
        var unknown = await Expect(await Factory.From(NextAddress()).SignIn("tidak.ada@medanumkm.go.id", "Salah12345678"), HttpStatusCode.Unauthorized);
        var disabled = await Expect(await Factory.From(NextAddress()).SignIn(disabledEmail, UserTestData.Password), HttpStatusCode.Unauthorized);
        // After five failures: the existing account (right password) and an unknown one answer alike.
        var known = Factory.From(NextAddress());
        await FailFiveTimes(known, email);
        var waiting = await Expect(await known.SignIn(email, UserTestData.Password), HttpStatusCode.Unauthorized);
        var nobody = Factory.From(NextAddress());
        await FailFiveTimes(nobody, "tidak.ada.juga@medanumkm.go.id");
        var waitingUnknown = await Expect(await nobody.SignIn("tidak.ada.juga@medanumkm.go.id", UserTestData.Password), HttpStatusCode.Unauthorized);

        Assert.That(Answer(wrong), Does.Contain("invalid_credentials"));
        Assert.That(new[] { unknown, disabled, waiting, waitingUnknown }.Select(Answer), Is.All.EqualTo(Answer(wrong)));
    }

    [Test]
    public async Task Unlock_LetsTheWaitingAddressTryAgain_AndIsAudited()
    {
        var (id, email, _) = await UserTestData.CreateUser(Admin, "officer");
        var client = Factory.From(NextAddress());
        await FailFiveTimes(client, email);
        var locked = await Expect(await Admin.GetAsync($"/api/v1/users/{id}"), HttpStatusCode.OK);
        Assert.That(locked.GetProperty("lockedUntil").ValueKind, Is.EqualTo(JsonValueKind.String), "the admin sees the back-off");

        var unlocked = await Expect(await Admin.PostAsync($"/api/v1/users/{id}/unlock", null), HttpStatusCode.OK);

        Assert.That(unlocked.GetProperty("lockedUntil").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await Expect(await client.SignIn(email, UserTestData.Password), HttpStatusCode.OK);
        var audit = await Factory.ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'user' AND EntityId = @Id AND Action = 'unlocked'", new { Id = id });
        Assert.That(audit, Is.EqualTo(1));
    }

    [Test]
    public async Task Unlock_IsForAdminsOnly_AndUnknownUsersAre404()
    {
        var (id, _, _) = await UserTestData.CreateUser(Admin, "viewer");

        await Expect(await Officer.PostAsync($"/api/v1/users/{id}/unlock", null), HttpStatusCode.Forbidden);
        await Expect(await Anonymous.PostAsync($"/api/v1/users/{id}/unlock", null), HttpStatusCode.Unauthorized);
        await Expect(await Admin.PostAsync("/api/v1/users/999999/unlock", null), HttpStatusCode.NotFound);
    }
}
