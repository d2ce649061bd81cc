using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Aid;

/// <summary>RecordAidDistribution, UpdateAidDistribution, ChangeAidStatus, UploadHandoverDocument, GetHandoverDocument, ListAidDistributions, ListBusinessAid.</summary>
public sealed class AidDistributionsTests : ApiTest
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Test]
    public async Task Record_ComputesTheTotal_AndStartsPlanned()
    {
        var (group, _, _) = await NewGroup(Officer);

        var response = await Officer.PostAsJsonAsync("/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));
        var aid = await Expect(response, HttpStatusCode.Created);

        Assert.That(aid.GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(2 * 18_500_000L + 1_500_000L));
        Assert.That(aid.GetProperty("items")[0].GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(37_000_000L));
        Assert.That(aid.GetProperty("status").GetString(), Is.EqualTo("planned"));
        Assert.That(aid.GetProperty("groupName").GetString(), Is.EqualTo(group.GetProperty("name").GetString()));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'aid_distribution' AND EntityId = @id",
            new { id = aid.GetProperty("id").GetString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task Record_ToUnknownGroup_Returns400_ToInactiveGroup_Returns409()
    {
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/aid-distributions", AidBody("987654")), "groupId");

        var (group, etag, leader) = await NewGroup(Officer);
        var body = Group(leader);
        body["status"] = "inactive";
        var id = group.GetProperty("id").GetString()!;
        await Send(Officer, HttpMethod.Put, $"/api/v1/groups/{id}", etag, body);
        var problem = await Expect(await Officer.PostAsJsonAsync("/api/v1/aid-distributions", AidBody(id)), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("group_inactive"));
    }

    [Test]
    public async Task Record_WithoutItemsOrWithZeroQuantity_Returns400()
    {
        var (group, _, _) = await NewGroup(Officer);
        var body = AidBody(group.GetProperty("id").GetString()!);
        body["items"] = new System.Text.Json.Nodes.JsonArray();
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/aid-distributions", body), "items");

        body = AidBody(group.GetProperty("id").GetString()!, quantity: 0);
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/aid-distributions", body), "items[0].quantity");
    }

    [Test]
    public async Task Deliver_WithoutDateAndNumber_Returns409NamingBoth()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post,
            $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}/status", etag, new { to = "delivered" })), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("handover_incomplete"));
        Assert.That(problem.GetProperty("missing").EnumerateArray().Select(e => e.GetString()),
            Is.EqualTo(new[] { "handedOverOn", "handoverDocumentNumber" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("handoverDocumentNumber"));
    }

    [Test]
    public async Task Deliver_WithDateOnly_Returns409NamingTheDocumentNumber()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!, handedOverOn: "2025-03-12"));

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post,
            $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}/status", etag, new { to = "delivered" })), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("missing").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "handoverDocumentNumber" }));
    }

    [Test]
    public async Task Deliver_WithHandoverRecord_IsDelivered_ThenFinal()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));
        var url = $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, url + "/status", null, new { to = "delivered" })), HttpStatusCode.PreconditionRequired);
        var (delivered, newETag) = await Send(Officer, HttpMethod.Post, url + "/status", etag,
            new { to = "delivered", handedOverOn = "2025-03-12", handoverDocumentNumber = "BAST/027/III/2025" });

        Assert.That(delivered.GetProperty("status").GetString(), Is.EqualTo("delivered"));
        Assert.That(delivered.GetProperty("handedOverOn").GetString(), Is.EqualTo("2025-03-12"));
        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, url + "/status", newETag, new { to = "cancelled" })), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_transition"));
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, newETag, AidBody(group.GetProperty("id").GetString()!))), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Deliver_WithFutureHandoverDate_Returns409()
    {
        var (group, _, _) = await NewGroup(Officer);
        var future = Today.AddDays(10).ToString("yyyy-MM-dd");
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!, handedOverOn: future, documentNumber: "BAST/1"));

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post,
            $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}/status", etag, new { to = "delivered" })), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("handover_in_future"));
    }

    [Test]
    public async Task Cancel_PlannedAid_ThenDeliver_Returns409WithNoAllowedMove()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!, handedOverOn: "2025-01-01", documentNumber: "X/1"));
        var url = $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}/status";
        var (_, cancelledETag) = await Send(Officer, HttpMethod.Post, url, etag, new { to = "cancelled" });

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, url, cancelledETag, new { to = "delivered" })), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("allowed").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Update_PlannedAid_RecomputesTotal_AndStaleETagReturns412()
    {
        var (group, _, _) = await NewGroup(Officer);
        var groupId = group.GetProperty("id").GetString()!;
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(groupId));
        var url = $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}";

        var (updated, _) = await Send(Officer, HttpMethod.Put, url, etag, AidBody(groupId, "DAK", 2026, quantity: 3));

        Assert.That(updated.GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(3 * 18_500_000L + 1_500_000L));
        Assert.That(updated.GetProperty("programme").GetString(), Is.EqualTo("DAK"));
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, etag, AidBody(groupId))), HttpStatusCode.PreconditionFailed);
    }

    private static MultipartFormDataContent File(byte[] content, string name, string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private async Task<HttpResponseMessage> Upload(string url, string? etag, MultipartFormDataContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url + "/handover-document") { Content = content };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await Officer.SendAsync(request);
    }

    [Test]
    public async Task Upload_Pdf_IsStoredAndDownloadable()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));
        var url = $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}";

        var body = await Expect(await Upload(url, etag, File(Pdf, "../../BAST serah terima.pdf")), HttpStatusCode.OK);

        Assert.That(body.GetProperty("handoverDocument").GetProperty("contentType").GetString(), Is.EqualTo("application/pdf"));
        Assert.That(body.GetProperty("handoverDocument").GetProperty("fileName").GetString(), Is.EqualTo("BAST serah terima.pdf"));
        Assert.That(body.GetProperty("version").GetInt32(), Is.EqualTo(2));
        var download = await Viewer.GetAsync(url + "/handover-document");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
    }

    [Test]
    public async Task Upload_PngNamedPdf_IsStoredAsPng()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));

        var body = await Expect(await Upload($"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}", etag, File(Png, "foto.pdf")), HttpStatusCode.OK);

        Assert.That(body.GetProperty("handoverDocument").GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
        Assert.That(body.GetProperty("handoverDocument").GetProperty("fileName").GetString(), Is.EqualTo("foto.png"));
    }

    [Test]
    public async Task Upload_NotPdfOrImage_Returns415_EvenWhenClaimingPdf()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));

        await Expect(await Upload($"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}", etag,
            File("MZ\x90\0 this is an exe"u8.ToArray(), "bast.pdf")), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_LargerThan5MB_Returns413()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, etag) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));
        var big = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        await Expect(await Upload($"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}", etag, File(big, "bast.pdf")), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Upload_WithoutIfMatch_Returns428_AndDownloadWithoutDocument_Returns404()
    {
        var (group, _, _) = await NewGroup(Officer);
        var (aid, _) = await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!));
        var url = $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}";

        await Expect(await Upload(url, null, File(Pdf, "bast.pdf")), HttpStatusCode.PreconditionRequired);
        await Expect(await Viewer.GetAsync(url + "/handover-document"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_FiltersByGroupAndStatus_AndBusinessPageShowsAidOfItsGroups()
    {
        var (group, _, leader) = await NewGroup(Officer);
        var groupId = group.GetProperty("id").GetString()!;
        await DeliveredAid(Officer, groupId, "2025-06-01");
        await Create(Officer, "/api/v1/aid-distributions", AidBody(groupId));

        var delivered = await Expect(await Viewer.GetAsync($"/api/v1/aid-distributions?groupId={groupId}&status=delivered"), HttpStatusCode.OK);
        Assert.That(delivered.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/aid-distributions?status=sent"), "status");

        var page = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{leader}/aid"), HttpStatusCode.OK);
        Assert.That(page.GetArrayLength(), Is.EqualTo(2));
        Assert.That(page[0].GetProperty("status").GetString(), Is.EqualTo("delivered"));
    }

    [Test]
    public async Task Record_AsViewer_Returns403()
    {
        await Expect(await Viewer.PostAsJsonAsync("/api/v1/aid-distributions", AidBody("1")), HttpStatusCode.Forbidden);
    }
}
