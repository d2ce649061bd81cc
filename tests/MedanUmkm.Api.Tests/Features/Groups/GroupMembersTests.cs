using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Groups;

/// <summary>AddGroupMember, RemoveGroupMember, ListGroupMembers, ListBusinessGroups.</summary>
public sealed class GroupMembersTests : ApiTest
{
    [Test]
    public async Task Add_ThenList_ShowsTheMember()
    {
        var (group, _, _) = await NewGroup(Officer);
        var id = group.GetProperty("id").GetString()!;
        var business = await NewBusiness(Admin, "Keripik Ubi Bu Sari");

        var response = await Officer.PostAsJsonAsync($"/api/v1/groups/{id}/members", new { businessId = business });
        var member = await Expect(response, HttpStatusCode.Created);

        Assert.That(member.GetProperty("name").GetString(), Is.EqualTo("Keripik Ubi Bu Sari"));
        Assert.That(member.GetProperty("isLeader").GetBoolean(), Is.False);
        var members = await Expect(await Viewer.GetAsync($"/api/v1/groups/{id}/members"), HttpStatusCode.OK);
        Assert.That(members.EnumerateArray().Select(m => m.GetProperty("businessId").GetString()), Does.Contain(business));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'group' AND EntityId = @id AND Action = 'member_added'", new { id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Add_Twice_Returns409()
    {
        var (group, _, _) = await NewGroup(Officer);
        var id = group.GetProperty("id").GetString()!;
        var business = await NewBusiness(Admin);
        await AddMember(Officer, id, business);

        var problem = await Expect(await Officer.PostAsJsonAsync($"/api/v1/groups/{id}/members", new { businessId = business }), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_member"));
    }

    [Test]
    public async Task Add_DeactivatedBusiness_Returns409()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (business, etag) = await TestData.RegisterBusiness(Admin);
        var businessId = business.GetProperty("id").GetString()!;
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{businessId}/deactivate", etag)), HttpStatusCode.OK);

        var problem = await Expect(await Officer.PostAsJsonAsync($"/api/v1/groups/{group.GetProperty("id").GetString()}/members",
            new { businessId }), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("business_inactive"));
    }

    [Test]
    public async Task Add_UnknownBusiness_Returns400_UnknownGroup_Returns404()
    {
        var (group, _, _) = await NewGroup(Officer);
        await ExpectFieldError(await Officer.PostAsJsonAsync($"/api/v1/groups/{group.GetProperty("id").GetString()}/members",
            new { businessId = "987654" }), "businessId");
        await Expect(await Officer.PostAsJsonAsync("/api/v1/groups/987654/members", new { businessId = "1" }), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task BusinessMayBelongToSeveralGroups_AndItsPageListsThem()
    {
        var (first, _, _) = await NewGroup(Officer, name: "Kelompok Satu");
        var (second, _, _) = await NewGroup(Officer, name: "Kelompok Dua");
        var business = await NewBusiness(Admin);
        await AddMember(Officer, first.GetProperty("id").GetString()!, business);
        await AddMember(Officer, second.GetProperty("id").GetString()!, business);

        var groups = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{business}/groups"), HttpStatusCode.OK);

        Assert.That(groups.EnumerateArray().Select(g => g.GetProperty("name").GetString()), Is.EqualTo(new[] { "Kelompok Dua", "Kelompok Satu" }));
        await Expect(await Viewer.GetAsync("/api/v1/businesses/987654/groups"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Remove_Member_Returns204_AndLeaderCannotBeRemoved()
    {
        var (group, _, leader) = await NewGroup(Officer);
        var id = group.GetProperty("id").GetString()!;
        var business = await NewBusiness(Admin);
        await AddMember(Officer, id, business);

        await Expect(await Officer.DeleteAsync($"/api/v1/groups/{id}/members/{business}"), HttpStatusCode.NoContent);
        await Expect(await Officer.DeleteAsync($"/api/v1/groups/{id}/members/{business}"), HttpStatusCode.NotFound);
        var problem = await Expect(await Officer.DeleteAsync($"/api/v1/groups/{id}/members/{leader}"), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("leader_must_be_member"));
        var after = await Expect(await Viewer.GetAsync($"/api/v1/groups/{id}"), HttpStatusCode.OK);
        Assert.That(after.GetProperty("memberCount").GetInt32(), Is.EqualTo(1));
    }
}
