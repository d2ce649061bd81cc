using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class UpdateExportCaseTests : ExportCaseTest
{
    private static JsonObject UpdateBody(string destination = "US", string commodity = "coffee") => new()
    {
        ["commodity"] = commodity,
        ["hsCode"] = "09011190",
        ["productDescription"] = "Green arabica coffee, Gayo, grade 1",
        ["destinationCountry"] = destination,
        ["volume"] = 20,
        ["volumeUnit"] = "tonne",
        ["estimatedValueUsd"] = 101000,
        ["estimatedValueIdr"] = 1_616_000_000L,
    };

    [Test]
    public async Task Update_DestinationOutsideAsean_ReplacesFormDWithGeneralSkaAndKeepsTheRest()
    {
        var (opened, etag) = await OpenCase();

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", etag, UpdateBody("US")));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("destinationCountry").GetString(), Is.EqualTo("US"));
        Assert.That(updated.GetProperty("volume").GetDecimal(), Is.EqualTo(20m));
        Assert.That(updated.GetProperty("estimatedValueUsd").GetDecimal(), Is.EqualTo(101000m));
        var types = (await Documents(Id(opened))).EnumerateArray().Select(d => d.GetProperty("type").GetString()).ToList();
        Assert.That(types, Does.Contain("ska").And.Not.Contain("ska_form_d"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'export_case' AND EntityId = @Id AND Action = 'updated'",
            new { Id = Id(opened) }), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_CommodityChangeKeepsAWorkedOnDocumentButMarksItNotRequired()
    {
        var (opened, _) = await OpenCase();
        await Expect(await SetDocument(Id(opened), Document(await Documents(Id(opened)), "phytosanitary"), "submitted"), HttpStatusCode.OK);
        var current = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);
        var body = UpdateBody("MY", "rubber");
        body["hsCode"] = "40012220";
        body["tppSirNumber"] = "TPP-SIR/101/DAGLU/2026";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", ETagOf(current), body)), HttpStatusCode.OK);

        var docs = await Documents(Id(opened));
        Assert.That(Document(docs, "phytosanitary").GetProperty("required").GetBoolean(), Is.False);
        Assert.That(Document(docs, "phytosanitary").GetProperty("requirement").GetString(), Is.EqualTo("no_longer_required"));
        Assert.That(Document(docs, "tpp_sir").GetProperty("required").GetBoolean(), Is.True);
        Assert.That(docs.EnumerateArray().Any(d => d.GetProperty("type").GetString() == "ico_certificate"), Is.False);
    }

    [Test]
    public async Task Update_WithoutIfMatch_Returns428AndStale412()
    {
        var (opened, etag) = await OpenCase();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", etag, UpdateBody())), HttpStatusCode.OK);

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", null, UpdateBody())), HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", etag, UpdateBody())), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_InvalidHsCode_Returns400()
    {
        var (opened, etag) = await OpenCase();
        var body = UpdateBody();
        body["hsCode"] = "12";

        await ExpectFieldError(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", etag, body)), "hsCode");
    }

    [Test]
    public async Task Update_ClosedCase_Returns409()
    {
        var (opened, etag) = await OpenCase();
        var rejected = await Expect(await Move(Id(opened), etag, "rejected", "Not an exporter"), HttpStatusCode.OK);

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(opened)}", ETagOf(rejected), UpdateBody())),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("case_closed"));
    }
}

public sealed class AddExportCaseNoteTests : ExportCaseTest
{
    [Test]
    public async Task AddNote_AppearsInTheTimelineWithWhoAndWhen()
    {
        var (opened, etag) = await OpenCase();

        var response = await Officer.PostAsJsonAsync($"{Cases}/{Id(opened)}/notes", new { note = "Buyer in Penang asked for a 5 kg sample." });

        var entry = await Expect(response, HttpStatusCode.Created);
        Assert.That(entry.GetProperty("kind").GetString(), Is.EqualTo("note"));
        var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}/timeline"), HttpStatusCode.OK);
        var last = timeline.EnumerateArray().Last();
        Assert.That(last.GetProperty("note").GetString(), Is.EqualTo("Buyer in Penang asked for a 5 kg sample."));
        Assert.That(last.GetProperty("actorName").GetString(), Is.EqualTo("officer user"));
        Assert.That(Now - last.GetProperty("occurredAt").GetDateTimeOffset(), Is.LessThan(TimeSpan.FromMinutes(1)));
        var current = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);
        Assert.That(ETagOf(current), Is.EqualTo(etag), "a note does not change the case");
    }

    [Test]
    public async Task AddNote_Empty_Returns400AndUnknownCase404()
    {
        var (opened, _) = await OpenCase();

        await ExpectFieldError(await Officer.PostAsJsonAsync($"{Cases}/{Id(opened)}/notes", new { note = "" }), "note");
        await Expect(await Officer.PostAsJsonAsync($"{Cases}/999999/notes", new { note = "x" }), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task AddNote_AsViewer_Returns403()
    {
        var (opened, _) = await OpenCase();

        await Expect(await Viewer.PostAsJsonAsync($"{Cases}/{Id(opened)}/notes", new { note = "x" }), HttpStatusCode.Forbidden);
    }
}
