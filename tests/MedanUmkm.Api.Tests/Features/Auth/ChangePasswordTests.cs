using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Features.Users;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Auth;

public sealed class ChangePasswordTests : ApiTest
{
    private async Task<(string Email, HttpClient Client, string Token)> SignedInUser(string role)
    {
        var (_, email, _) = await UserTestData.CreateUser(Admin, role);
        var token = (await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password))).GetProperty("accessToken").GetString()!;
        return (email, Factory.WithToken(token), token);
    }

    [Test]
    public async Task ChangePassword_ReturnsAWorkingToken_AndEndsTheOldOne()
    {
        var (email, client, _) = await SignedInUser("viewer");

        var response = await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = UserTestData.Password, newPassword = "Baru2026medan" });

        var body = await Expect(response, HttpStatusCode.OK);
        await Expect(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await Expect(await Factory.WithToken(body.GetProperty("accessToken").GetString()!).GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
        await Expect(await UserTestData.SignIn(Anonymous, email, "Baru2026medan"), HttpStatusCode.OK);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ChangePassword_WithWrongCurrentPassword_Returns400_AndKeepsThePassword()
    {
        var (email, client, _) = await SignedInUser("viewer");

        var response = await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "Salah12345678", newPassword = "Baru2026medan" });

        await ExpectFieldError(response, "currentPassword");
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task ChangePassword_WithWeakNewPassword_Returns400()
    {
        var (_, client, _) = await SignedInUser("viewer");

        await ExpectFieldError(await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = UserTestData.Password, newPassword = "pendek" }), "newPassword");
    }

    // A role or id in the body is refused (400 unknown_field), never applied.
    [Test]
    public async Task ChangePassword_WithARoleInTheBody_Returns400_AndChangesNothing()
    {
        var (email, client, _) = await SignedInUser("viewer");

        var response = await client.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = UserTestData.Password, newPassword = "Baru2026medan", role = "admin", id = "1", isActive = true });

        var problem = await ExpectFieldError(response, "role");
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unknown_field"));
        var me = await Json(await client.GetAsync("/api/v1/auth/me"));
        Assert.That(me.GetProperty("role").GetString(), Is.EqualTo("viewer"));
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task SignIn_WithARoleInTheBody_Returns400()
    {
        var (email, _, _) = await SignedInUser("viewer");

        var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/token", new { email, password = UserTestData.Password, role = "admin" });

        await ExpectFieldError(response, "role");
    }

    [Test]
    public async Task ChangePassword_WithAnApiKey_Returns403()
    {
        var (key, _, _) = await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesWrite);

        await Expect(await Factory.WithApiKey(key).PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = "x", newPassword = "Baru2026medan" }), HttpStatusCode.Forbidden);
    }
}
