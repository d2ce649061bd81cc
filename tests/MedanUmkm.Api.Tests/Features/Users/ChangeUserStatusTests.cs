using System.Net;
using MedanUmkm.Api.Features.Users;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class ChangeUserStatusTests : ApiTest
{
    [Test]
    public async Task Disable_EndsTheUsersExistingToken_AndRefusesSignIn()
    {
        var (id, email, etag) = await UserTestData.CreateUser(Admin, "officer");
        var token = (await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password))).GetProperty("accessToken").GetString()!;
        var asUser = Factory.WithToken(token);
        await Expect(await asUser.GetAsync("/api/v1/businesses"), HttpStatusCode.OK);

        var body = await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag)), HttpStatusCode.OK);

        Assert.That(body.GetProperty("isActive").GetBoolean(), Is.False);
        await Expect(await asUser.GetAsync("/api/v1/businesses"), HttpStatusCode.Unauthorized);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Enable_LetsTheUserSignInAgain()
    {
        var (id, email, etag) = await UserTestData.CreateUser(Admin, "viewer");
        var disabled = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag));

        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/enable", disabled.Headers.ETag!.ToString()));

        Assert.That((await Expect(response, HttpStatusCode.OK)).GetProperty("isActive").GetBoolean(), Is.True);
        await Expect(await UserTestData.SignIn(Anonymous, email, UserTestData.Password), HttpStatusCode.OK);
    }

    [Test]
    public async Task Disable_Oneself_Returns409()
    {
        var id = (await Json(await Admin.GetAsync("/api/v1/auth/me"))).GetProperty("id").GetString();
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!.ToString();

        var problem = await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag)), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("own_account"));
        await Expect(await Admin.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
    }

    [Test]
    public async Task Disable_AnotherAdmin_Works_WhileAnActiveAdminRemains()
    {
        var (id, _, etag) = await UserTestData.CreateUser(Admin, "admin");

        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag)), HttpStatusCode.OK);
    }

    [Test]
    public async Task Disable_TheLastActiveAdmin_IsRefused()
    {
        var adminId = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = ApiFactory.AdminEmail });
        var version = await Factory.ScalarAsync<int>("SELECT Version FROM Users WHERE Id = @Id", new { Id = adminId });
        Assume.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Users WHERE Role = 'admin' AND IsActive = 1 AND Id <> @Id", new { Id = adminId }), Is.Zero);
        await using var scope = Factory.Services.CreateAsyncScope();

        var error = Assert.ThrowsAsync<ConflictException>(async () => await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ChangeUserStatus.Command(adminId, version, false)));

        Assert.That(error!.Code, Is.EqualTo("last_admin"));
        Assert.That(await Factory.ScalarAsync<bool>("SELECT IsActive FROM Users WHERE Id = @Id", new { Id = adminId }), Is.True);
    }

    [Test]
    public async Task Disable_WhenAlreadyDisabled_Returns409()
    {
        var (id, _, etag) = await UserTestData.CreateUser(Admin, "viewer");
        var first = await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", etag));

        var problem = await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{id}/disable", first.Headers.ETag!.ToString())),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_disabled"));
    }
}
