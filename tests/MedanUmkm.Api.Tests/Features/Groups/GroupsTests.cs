using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Groups;

/// <summary>CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups.</summary>
public sealed class GroupsTests : ApiTest
{
    [Test]
    public async Task Create_MakesTheLeaderAMember_AndReturnsLocationAndETag()
    {
        var leader = await NewBusiness(Admin);

        var response = await Officer.PostAsJsonAsync("/api/v1/groups", Group(leader, "Kelompok Kopi Johor"));
        var body = await Expect(response, HttpStatusCode.Created);

        var id = body.GetProperty("id").GetString();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/groups/{id}"));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"1\""));
        Assert.That(body.GetProperty("kind").GetString(), Is.EqualTo("sector_cluster"));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(body.GetProperty("kecamatanName").GetString(), Is.EqualTo("Medan Johor"));
        Assert.That(body.GetProperty("memberCount").GetInt32(), Is.EqualTo(1));
        var members = await Expect(await Viewer.GetAsync($"/api/v1/groups/{id}/members"), HttpStatusCode.OK);
        Assert.That(members[0].GetProperty("businessId").GetString(), Is.EqualTo(leader));
        Assert.That(members[0].GetProperty("isLeader").GetBoolean(), Is.True);
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'group' AND EntityId = @id AND Action = 'created'", new { id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_WithKecamatanOutsideMedan_Returns400()
    {
        var body = Group(await NewBusiness(Admin));
        body["kecamatanCode"] = "12.72.01";
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/groups", body), "kecamatanCode");
    }

    [Test]
    public async Task Create_WithUnknownLeader_Returns400()
    {
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/groups", Group("999999")), "leaderBusinessId");
    }

    [Test]
    public async Task Create_WithDeactivatedLeader_Returns409()
    {
        var (business, etag) = await TestData.RegisterBusiness(Admin);
        var id = business.GetProperty("id").GetString()!;
        await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.OK);

        var problem = await Expect(await Officer.PostAsJsonAsync("/api/v1/groups", Group(id)), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("business_inactive"));
    }

    [Test]
    public async Task Create_AsViewer_Returns403()
    {
        await Expect(await Viewer.PostAsJsonAsync("/api/v1/groups", Group(await NewBusiness(Admin))), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Get_WithNonNumericId_Returns404()
    {
        await Expect(await Viewer.GetAsync("/api/v1/groups/abc"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Update_WithoutIfMatch_Returns428_AndStaleIfMatch_Returns412()
    {
        var (group, etag, leader) = await NewGroup(Officer);
        var url = $"/api/v1/groups/{group.GetProperty("id").GetString()}";
        var body = Group(leader, "Nama Baru");

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, null, body)), HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, etag, body)), HttpStatusCode.OK);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, etag, body)), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_WithNewLeaderNotYetMember_AddsItAsMember()
    {
        var (group, etag, _) = await NewGroup(Officer);
        var id = group.GetProperty("id").GetString();
        var newLeader = await NewBusiness(Admin);
        var body = Group(newLeader, "Kelompok Berganti Ketua");
        body["status"] = "inactive";

        var updated = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/groups/{id}", etag, body)), HttpStatusCode.OK);

        Assert.That(updated.GetProperty("leaderBusinessId").GetString(), Is.EqualTo(newLeader));
        Assert.That(updated.GetProperty("memberCount").GetInt32(), Is.EqualTo(2));
        Assert.That(updated.GetProperty("status").GetString(), Is.EqualTo("inactive"));
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Delete_GroupWithAid_Returns409_WithoutAid_Returns204()
    {
        var (helped, helpedETag, _) = await NewGroup(Officer);
        await Create(Officer, "/api/v1/aid-distributions", AidBody(helped.GetProperty("id").GetString()!));
        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete,
            $"/api/v1/groups/{helped.GetProperty("id").GetString()}", helpedETag)), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("group_has_aid"));

        var (plain, plainETag, _) = await NewGroup(Officer);
        var url = $"/api/v1/groups/{plain.GetProperty("id").GetString()}";
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, plainETag)), HttpStatusCode.NoContent);
        await Expect(await Viewer.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_FiltersByKecamatanKindStatusAndName_AndPages()
    {
        var leader = await NewBusiness(Admin);
        await Create(Officer, "/api/v1/groups", Group(leader, "Koperasi Tenun Polonia A", "12.71.16", "cooperative"));
        await Create(Officer, "/api/v1/groups", Group(leader, "Koperasi Tenun Polonia B", "12.71.16", "cooperative"));
        await Create(Officer, "/api/v1/groups", Group(leader, "Kelompok Kelurahan Polonia", "12.71.16", "kelurahan_group"));

        var page = await Expect(await Viewer.GetAsync("/api/v1/groups?kecamatan=12.71.16&kind=cooperative&status=active&sort=-name&pageSize=1"), HttpStatusCode.OK);
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items")[0].GetProperty("name").GetString(), Is.EqualTo("Koperasi Tenun Polonia B"));

        var byName = await Expect(await Viewer.GetAsync("/api/v1/groups?q=tenun polonia"), HttpStatusCode.OK);
        Assert.That(byName.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));

        await ExpectFieldError(await Viewer.GetAsync("/api/v1/groups?kind=club"), "kind");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/groups?sort=leader"), "sort");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/groups?pageSize=101"), "pageSize");
    }

    [Test]
    public async Task List_WithoutCredentials_Returns401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/groups"), HttpStatusCode.Unauthorized);
    }
}
