using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class ListUsersTests : ApiTest
{
    [Test]
    public async Task List_FiltersByRoleActiveAndText()
    {
        var marker = $"cari{TestData.Next()}";
        var (viewerId, _, _) = await UserTestData.CreateUser(Admin, "viewer", $"{marker}.a@medanumkm.go.id");
        var (officerId, _, etag) = await UserTestData.CreateUser(Admin, "officer", $"{marker}.b@medanumkm.go.id");
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/users/{officerId}/disable", etag)), HttpStatusCode.OK);

        var byText = await Expect(await Admin.GetAsync($"/api/v1/users?q={marker}"), HttpStatusCode.OK);
        var byRole = await Expect(await Admin.GetAsync($"/api/v1/users?q={marker}&role=viewer"), HttpStatusCode.OK);
        var inactive = await Expect(await Admin.GetAsync($"/api/v1/users?q={marker}&active=false"), HttpStatusCode.OK);

        Assert.That(byText.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(byRole.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()), Is.EqualTo(new[] { viewerId }));
        Assert.That(inactive.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()), Is.EqualTo(new[] { officerId }));
    }

    [TestCase("pageSize=1000", "pageSize")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("role=root", "role")]
    [TestCase("active=yes", "active")]
    [TestCase("sort=passwordHash", "sort")]
    public async Task List_WithInvalidParameter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Admin.GetAsync($"/api/v1/users?{query}"), field);
    }

    [Test]
    public async Task List_AsViewerOrOfficer_Returns403()
    {
        await Expect(await Viewer.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        await Expect(await Officer.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Get_ReturnsTheUserWithETag_UnknownIdIs404()
    {
        var (id, email, _) = await UserTestData.CreateUser(Admin, "viewer");

        var response = await Admin.GetAsync($"/api/v1/users/{id}");

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("email").GetString(), Is.EqualTo(email));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"1\""));
        await Expect(await Admin.GetAsync("/api/v1/users/999999"), HttpStatusCode.NotFound);
        await Expect(await Admin.GetAsync("/api/v1/users/abc"), HttpStatusCode.NotFound);
    }
}
