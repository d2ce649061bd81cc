using System.Net;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// If-Match as RFC 9110 §13.1.1 has it: strong comparison (a weak tag never matches), "*" matches
/// any current representation, a list matches when any member does; no header is 428.
/// </summary>
public sealed class IfMatchTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    private async Task<(string Url, string ETag, System.Text.Json.Nodes.JsonObject Body)> NewBusiness()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        return ($"/api/v1/businesses/{created.GetProperty("id").GetString()}", etag, body);
    }

    private Task<HttpResponseMessage> UpdateBusiness(string url, string? ifMatch, System.Text.Json.Nodes.JsonObject body)
    {
        body["name"] = $"Usaha Diubah {TestData.Next()}";
        return Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, ifMatch, body));
    }

    [Test]
    public async Task UpdateBusiness_WithTheCurrentTagAsWeak_Returns412_AndChangesNothing()
    {
        var (url, etag, body) = await NewBusiness();

        await Expect(await UpdateBusiness(url, "W/" + etag, body), HttpStatusCode.PreconditionFailed);

        var current = await Expect(await Officer.GetAsync(url), HttpStatusCode.OK);
        Assert.That(current.GetProperty("version").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateBusiness_WithStar_Succeeds()
    {
        var (url, _, body) = await NewBusiness();

        var response = await UpdateBusiness(url, "*", body);

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task UpdateBusiness_WithAListHoldingTheCurrentTag_Succeeds()
    {
        var (url, etag, body) = await NewBusiness();

        var updated = await Expect(await UpdateBusiness(url, $"\"99\", {etag}", body), HttpStatusCode.OK);

        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task UpdateBusiness_WithAListOfStaleTags_Returns412()
    {
        var (url, _, body) = await NewBusiness();

        await Expect(await UpdateBusiness(url, "\"99\", \"7\", W/\"1\"", body), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task UpdateBusiness_WithoutIfMatch_Returns428()
    {
        var (url, _, body) = await NewBusiness();

        await Expect(await UpdateBusiness(url, null, body), HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task UpdateBusiness_WithStar_OnAMissingBusiness_Returns404()
    {
        var body = TestData.Business();

        await Expect(await UpdateBusiness("/api/v1/businesses/999999", "*", body), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeleteGroup_WithTheCurrentTagAsWeak_Returns412_AndKeepsTheGroup()
    {
        var (group, etag, _) = await NewGroup(Admin);
        var url = $"/api/v1/groups/{group.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, "W/" + etag)), HttpStatusCode.PreconditionFailed);

        await Expect(await Officer.GetAsync(url), HttpStatusCode.OK);
    }

    [Test]
    public async Task DeleteGroup_WithStar_Deletes()
    {
        var (group, _, _) = await NewGroup(Admin);
        var url = $"/api/v1/groups/{group.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, "*")), HttpStatusCode.NoContent);

        await Expect(await Officer.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeleteGroup_WithAListHoldingTheCurrentTag_Deletes()
    {
        var (group, etag, _) = await NewGroup(Admin);
        var url = $"/api/v1/groups/{group.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, $"\"99\", {etag}")), HttpStatusCode.NoContent);

        await Expect(await Officer.GetAsync(url), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeleteGroup_WithoutIfMatch_Returns428()
    {
        var (group, _, _) = await NewGroup(Admin);
        var url = $"/api/v1/groups/{group.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, null)), HttpStatusCode.PreconditionRequired);
    }

    [TestCase("\"3\"", 3, true)]
    [TestCase("W/\"3\"", 3, false)]
    [TestCase("*", 3, true)]
    [TestCase("\"1\", \"3\"", 3, true)]
    [TestCase("\"1\",\"2\"", 3, false)]
    [TestCase("W/\"3\", \"4\"", 3, false)]
    [TestCase("3", 3, false)]
    [TestCase("\"abc\"", 3, false)]
    public void IfMatch_ComparesStrongly(string header, int current, bool matches) =>
        Assert.That(IfMatch.Parse(header)!.Matches(current), Is.EqualTo(matches));
}
