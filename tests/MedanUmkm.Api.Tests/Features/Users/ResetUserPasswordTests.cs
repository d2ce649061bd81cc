using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class ResetUserPasswordTests : ApiTest
{
    [Test]
    public async Task Reset_ReplacesThePassword_AndEndsExistingTokens()
    {
        var (id, email, etag) = await UserTestData.CreateUser(Admin, "officer");
        var token = (await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password))).GetProperty("accessToken").GetString()!;

        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/reset-password", etag, new { newPassword = "Sementara2026" }));

        await Expect(response, HttpStatusCode.OK);
        await Expect(await Factory.WithToken(token).GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.Unauthorized);
        await Expect(await UserTestData.SignIn(Anonymous, email, "Sementara2026"), HttpStatusCode.OK);
        var changes = await Factory.ScalarAsync<string>(
            "SELECT Changes FROM AuditEvents WHERE EntityId = @Id AND Action = 'password_reset'", new { Id = id });
        Assert.That(changes, Does.Not.Contain("Sementara2026"));
    }

    [Test]
    public async Task Reset_WithWeakPassword_Returns400()
    {
        var (id, _, etag) = await UserTestData.CreateUser(Admin, "viewer");

        await ExpectFieldError(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/reset-password", etag, new { newPassword = "abc" })),
            "newPassword");
    }
}
