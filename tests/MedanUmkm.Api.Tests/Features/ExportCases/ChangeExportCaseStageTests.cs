using System.Net;
using System.Text.Json;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class ChangeExportCaseStageTests : ExportCaseTest
{
    [Test]
    public async Task Move_CoffeeCaseThroughEveryStageWithItsDocuments_ReachesClosedWithFullTimeline()
    {
        var (opened, _) = await OpenCase();
        var id = Id(opened);
        var expected = new[]
        {
            "legal_check", "commodity_licence", "buyer_contract", "certification", "customs",
            "certificate_of_origin", "shipped", "post_export", "closed",
        };

        var stages = new List<string>();
        JsonElement last = default;
        foreach (var _ in expected)
        {
            last = await Advance(id);
            stages.Add(last.GetProperty("stage").GetString()!);
        }

        Assert.That(stages, Is.EqualTo(expected));
        Assert.That(last.GetProperty("outcome").GetString(), Is.EqualTo("completed"));
        Assert.That(last.GetProperty("closedOn").GetString(), Is.EqualTo(Today.ToString("yyyy-MM-dd")));
        Assert.That(last.GetProperty("allowedStages").GetArrayLength(), Is.EqualTo(0));
        Assert.That(last.GetProperty("targetDays").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var documents = await Documents(id);
        Assert.That(documents.EnumerateArray().Where(d => d.GetProperty("required").GetBoolean()).All(d => d.GetProperty("status").GetString() == "verified"), Is.True);
        var moves = (await Expect(await Viewer.GetAsync($"{Cases}/{id}/timeline"), HttpStatusCode.OK)).EnumerateArray()
            .Where(t => t.GetProperty("kind").GetString() == "stage_changed").ToList();
        Assert.That(moves.Select(m => m.GetProperty("toStage").GetString()), Is.EqualTo(expected));
        Assert.That(moves[0].GetProperty("fromStage").GetString(), Is.EqualTo("intake"));
        Assert.That(moves.All(m => m.GetProperty("actorName").GetString() == "officer user"), Is.True);
    }

    [Test]
    public async Task Move_SkippingAStage_Returns409NamingTheAllowedMoves()
    {
        var (opened, etag) = await OpenCase();

        var problem = await Expect(await Move(Id(opened), etag, "commodity_licence"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_stage_transition"));
        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()),
            Is.EqualTo(new[] { "legal_check", "rejected", "withdrawn" }));
        var stored = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);
        Assert.That(stored.GetProperty("stage").GetString(), Is.EqualTo("intake"));
    }

    [Test]
    public async Task Move_Backwards_Returns409()
    {
        var (opened, _) = await OpenCase();
        var moved = await Advance(Id(opened));

        var problem = await Expect(await Move(Id(opened), ETagOf(moved), "intake"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_stage_transition"));
        Assert.That(problem.GetProperty("allowed")[0].GetString(), Is.EqualTo("commodity_licence"));
    }

    [Test]
    public async Task Move_WithDocumentsIncomplete_Returns409NamingWhatIsMissing()
    {
        var (opened, _) = await OpenCase();
        var atLegal = await Advance(Id(opened));
        var docs = await Documents(Id(opened));
        await Expect(await SetDocument(Id(opened), Document(docs, "nib_export_kbli"), "verified"), HttpStatusCode.OK);
        await Expect(await SetDocument(Id(opened), Document(docs, "npwp"), "submitted"), HttpStatusCode.OK);
        var current = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);

        var problem = await Expect(await Move(Id(opened), ETagOf(current), "commodity_licence"), HttpStatusCode.Conflict);

        Assert.That(atLegal.GetProperty("stage").GetString(), Is.EqualTo("legal_check"));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("documents_incomplete"));
        var missing = problem.GetProperty("missing").EnumerateArray().ToList();
        Assert.That(missing.Select(m => m.GetProperty("type").GetString()), Is.EquivalentTo(new[] { "npwp", "customs_access" }));
        Assert.That(missing.Single(m => m.GetProperty("type").GetString() == "npwp").GetProperty("status").GetString(), Is.EqualTo("submitted"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("NPWP"));
    }

    [Test]
    public async Task Move_WithAVerifiedDocumentThatHasSinceExpired_Returns409()
    {
        var (opened, _) = await OpenCase();
        await Advance(Id(opened));
        await VerifyStage(Id(opened), "legal_check");
        await Factory.ScalarAsync<int?>("UPDATE ExportCaseDocuments SET ExpiresOn = @Past WHERE ExportCaseId = @Id AND DocumentType = 'npwp'",
            new { Past = Today.AddDays(-1), Id = int.Parse(Id(opened)) });
        var current = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);

        var problem = await Expect(await Move(Id(opened), ETagOf(current), "commodity_licence"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("documents_incomplete"));
        var missing = problem.GetProperty("missing").EnumerateArray().Single();
        Assert.That(missing.GetProperty("type").GetString(), Is.EqualTo("npwp"));
        Assert.That(missing.GetProperty("isExpired").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Move_OtherCommodityPastCommodityLicence_NeedsNoLicenceDocument()
    {
        var (opened, _) = await OpenCase("other", "4602.19", "NL");
        await Advance(Id(opened));
        var atLicence = await Advance(Id(opened));

        var moved = await Expect(await Move(Id(opened), ETagOf(atLicence), "buyer_contract"), HttpStatusCode.OK);

        Assert.That(atLicence.GetProperty("stage").GetString(), Is.EqualTo("commodity_licence"));
        Assert.That(moved.GetProperty("stage").GetString(), Is.EqualTo("buyer_contract"));
    }

    [Test]
    public async Task Move_ConcurrentlyWithTheSameETag_OneWinsAndTheOtherGets412()
    {
        var (opened, etag) = await OpenCase();

        var responses = await Task.WhenAll(
            Move(Id(opened), etag, "legal_check", "first"),
            Move(Id(opened), etag, "withdrawn", "exporter postponed"),
            Move(Id(opened), etag, "legal_check", "third"),
            Move(Id(opened), etag, "rejected", "fourth"));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.OK), Is.EqualTo(1),
            string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))));
        Assert.That(statuses.Count(s => s == HttpStatusCode.PreconditionFailed), Is.EqualTo(3),
            string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()))));
        var moves = (await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}/timeline"), HttpStatusCode.OK)).EnumerateArray()
            .Count(t => t.GetProperty("kind").GetString() == "stage_changed");
        Assert.That(moves, Is.EqualTo(1));
    }

    [Test]
    public async Task Move_WithoutIfMatch_Returns428AndWithStaleETag412()
    {
        var (opened, etag) = await OpenCase();
        var moved = await Expect(await Move(Id(opened), etag, "legal_check"), HttpStatusCode.OK);

        await Expect(await Move(Id(opened), null, "rejected", "x"), HttpStatusCode.PreconditionRequired);
        await Expect(await Move(Id(opened), etag, "rejected", "x"), HttpStatusCode.PreconditionFailed);
        Assert.That(ETagOf(moved), Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task Move_RejectWithoutNote_Returns400()
    {
        var (opened, etag) = await OpenCase();

        await ExpectFieldError(await Move(Id(opened), etag, "rejected"), "note");
    }

    [Test]
    public async Task Move_RejectFromAnOpenStage_EndsTheCaseAndNothingMoreIsAllowed()
    {
        var (opened, _) = await OpenCase();
        var atLegal = await Advance(Id(opened));

        var rejected = await Expect(await Move(Id(opened), ETagOf(atLegal), "rejected", "NIB has no export KBLI; exporter declined to amend"), HttpStatusCode.OK);
        var problem = await Expect(await Move(Id(opened), ETagOf(rejected), "commodity_licence"), HttpStatusCode.Conflict);

        Assert.That(rejected.GetProperty("stage").GetString(), Is.EqualTo("rejected"));
        Assert.That(rejected.GetProperty("outcome").GetString(), Is.EqualTo("rejected"));
        Assert.That(rejected.GetProperty("closedOn").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_stage_transition"));
        Assert.That(problem.GetProperty("allowed").GetArrayLength(), Is.EqualTo(0));
        var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}/timeline"), HttpStatusCode.OK);
        Assert.That(timeline.EnumerateArray().Last(t => t.GetProperty("kind").GetString() == "stage_changed").GetProperty("note").GetString(),
            Does.Contain("export KBLI"));
    }

    [Test]
    public async Task Move_Withdraw_SetsOutcomeWithdrawn()
    {
        var (opened, etag) = await OpenCase();

        var withdrawn = await Expect(await Move(Id(opened), etag, "withdrawn", "Buyer cancelled"), HttpStatusCode.OK);

        Assert.That(withdrawn.GetProperty("outcome").GetString(), Is.EqualTo("withdrawn"));
    }

    [Test]
    public async Task Move_UnknownStage_Returns400()
    {
        var (opened, etag) = await OpenCase();

        await Expect(await Move(Id(opened), etag, "exported"), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Move_AsViewer_Returns403()
    {
        var (opened, etag) = await OpenCase();

        var response = await Viewer.SendAsync(WithIfMatch(HttpMethod.Post, $"{Cases}/{Id(opened)}/stage", etag, new { to = "legal_check" }));

        await Expect(response, HttpStatusCode.Forbidden);
    }
}
