using System.Net;
using System.Net.Http.Headers;
using MedanUmkm.Api.Features.Users;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class ChangeUserRoleTests : ApiTest
{
    [Test]
    public async Task ChangeRole_EndsTheOldToken_AndTheNextSignInCarriesTheNewRole()
    {
        var (id, email, etag) = await UserTestData.CreateUser(Admin, "officer");
        var oldToken = (await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password))).GetProperty("accessToken").GetString()!;
        var asOfficer = Factory.WithToken(oldToken);
        await Expect(await asOfficer.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);

        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", etag, new { role = "viewer" }));

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("role").GetString(), Is.EqualTo("viewer"));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"2\""));
        await Expect(await asOfficer.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
        var signIn = await Json(await UserTestData.SignIn(Anonymous, email, UserTestData.Password));
        Assert.That(signIn.GetProperty("user").GetProperty("role").GetString(), Is.EqualTo("viewer"));
    }

    [Test]
    public async Task ChangeRole_WithoutIfMatch_Returns428_WithStaleETag_Returns412()
    {
        var (id, _, _) = await UserTestData.CreateUser(Admin, "viewer");

        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", null, new { role = "officer" })),
            HttpStatusCode.PreconditionRequired);
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", "\"7\"", new { role = "officer" })),
            HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task ChangeRole_OfOneself_Returns409()
    {
        var me = await Json(await Admin.GetAsync("/api/v1/auth/me"));
        var id = me.GetProperty("id").GetString();
        var etag = (await Admin.GetAsync($"/api/v1/users/{id}")).Headers.ETag!.ToString();

        var response = await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", etag, new { role = "viewer" }));

        var problem = await Expect(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("own_role"));
        await Expect(await Admin.GetAsync("/api/v1/auth/me"), HttpStatusCode.OK);
    }

    [Test]
    public async Task ChangeRole_OfTheLastActiveAdmin_IsRefused()
    {
        // Through the API the caller is always another active admin; the rule guards callers
        // without a user (jobs, imports), so it is driven here through the mediator.
        var adminId = await Factory.ScalarAsync<int>("SELECT Id FROM Users WHERE Email = @Email", new { Email = ApiFactory.AdminEmail });
        var version = await Factory.ScalarAsync<int>("SELECT Version FROM Users WHERE Id = @Id", new { Id = adminId });
        var otherAdmins = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Users WHERE Role = 'admin' AND IsActive = 1 AND Id <> @Id", new { Id = adminId });
        Assume.That(otherAdmins, Is.Zero);
        await using var scope = Factory.Services.CreateAsyncScope();

        var error = Assert.ThrowsAsync<ConflictException>(async () => await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ChangeUserRole.Command(adminId, version, new ChangeUserRole.Body("officer"))));

        Assert.That(error!.Code, Is.EqualTo("last_admin"));
    }

    [Test]
    public async Task ChangeRole_ToUnknownRole_Returns400()
    {
        var (id, _, etag) = await UserTestData.CreateUser(Admin, "viewer");

        await ExpectFieldError(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", etag, new { role = "root" })), "role");
    }

    [Test]
    public async Task ChangeRole_ByAnOfficer_Returns403_AndTheRoleStays()
    {
        var (id, _, etag) = await UserTestData.CreateUser(Admin, "viewer");

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/users/{id}/role", etag, new { role = "admin" })), HttpStatusCode.Forbidden);

        Assert.That(await Factory.ScalarAsync<string>("SELECT Role FROM Users WHERE Id = @Id", new { Id = int.Parse(id) }), Is.EqualTo("viewer"));
    }
}
