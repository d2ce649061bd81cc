using System.Net;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

public sealed class ListAssignableStaffTests : ApiTest
{
    [Test]
    public async Task Staff_AsOfficer_ListsActiveOfficersAndAdminsByNameOnly()
    {
        await Factory.CreateUserAsync($"colleague{TestData.Next()}@test.medanumkm.go.id", Roles.Officer);
        var disabled = await Factory.CreateUserAsync($"gone{TestData.Next()}@test.medanumkm.go.id", Roles.Officer);
        await Factory.ScalarAsync<int>("UPDATE Users SET IsActive = 0 WHERE Id = @Id; SELECT 1", new { Id = disabled });

        var staff = await Expect(await Officer.GetAsync("/api/v1/staff"), HttpStatusCode.OK);

        var members = staff.EnumerateArray().ToList();
        Assert.That(members.Select(m => m.GetProperty("role").GetString()), Is.All.AnyOf("officer", "admin"));
        Assert.That(members.Select(m => m.GetProperty("id").GetString()), Does.Not.Contain(disabled.ToString()));
        Assert.That(members.Count(m => m.GetProperty("role").GetString() == "officer"), Is.GreaterThanOrEqualTo(2));
        Assert.That(members.All(m => !m.TryGetProperty("email", out _)), Is.True, "no account data beyond the name");
    }

    [Test]
    public async Task Staff_AsViewer_Returns403() =>
        await Expect(await Viewer.GetAsync("/api/v1/staff"), HttpStatusCode.Forbidden);
}
