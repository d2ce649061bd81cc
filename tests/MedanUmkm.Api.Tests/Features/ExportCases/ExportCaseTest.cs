using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

/// <summary>Helpers shared by the export case tests: open a case, verify a stage's documents, move it.</summary>
public abstract class ExportCaseTest : ApiTest
{
    protected const string Cases = "/api/v1/export-cases";

    /// <summary>A valid case body for a freshly registered business (green coffee to Malaysia by default).</summary>
    protected async Task<JsonObject> CaseBody(string commodity = "coffee", string hsCode = "0901.11.90", string destination = "MY")
    {
        var (business, _) = await TestData.RegisterBusiness(Officer);
        return new JsonObject
        {
            ["businessId"] = business.GetProperty("id").GetString(),
            ["commodity"] = commodity,
            ["hsCode"] = hsCode,
            ["productDescription"] = "Green arabica coffee, Sidikalang, grade 1",
            ["destinationCountry"] = destination,
            ["volume"] = 18.5m,
            ["volumeUnit"] = "tonne",
            ["estimatedValueUsd"] = 95400.50m,
            ["estimatedValueIdr"] = 1_526_000_000L,
            // A rubber exporter in these tests is an SIR producer-exporter with its TPP SIR (Permendag 1/2026).
            ["tppSirNumber"] = commodity == "rubber" ? "TPP-SIR/101/DAGLU/2026" : null,
        };
    }

    protected async Task<(JsonElement Case, string ETag)> OpenCase(string commodity = "coffee", string hsCode = "0901.11.90", string destination = "MY")
    {
        var response = await Officer.PostAsJsonAsync(Cases, await CaseBody(commodity, hsCode, destination));
        var body = await Expect(response, HttpStatusCode.Created);
        return (body, response.Headers.ETag!.ToString());
    }

    protected static string Id(JsonElement e) => e.GetProperty("id").GetString()!;
    protected static string ETagOf(JsonElement e) => $"\"{e.GetProperty("version").GetInt32()}\"";

    protected async Task<JsonElement> Documents(string caseId) =>
        await Expect(await Viewer.GetAsync($"{Cases}/{caseId}/documents"), HttpStatusCode.OK);

    protected static JsonElement Document(JsonElement documents, string type) =>
        documents.EnumerateArray().Single(d => d.GetProperty("type").GetString() == type);

    protected async Task<HttpResponseMessage> SetDocument(string caseId, JsonElement document, string status,
        string? expiresOn = null, string? etag = null, string? issuedOn = null, string? note = null) =>
        await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{caseId}/documents/{Id(document)}", etag ?? ETagOf(document), new
        {
            status,
            number = $"NO-{TestData.Next()}",
            issuedOn = issuedOn ?? Today.AddMonths(-11).ToString("yyyy-MM-dd"), // default: issued 11 months before the clock's today
            expiresOn,
            // "verified" needs a file or a recorded reason: the helper records the reason.
            note = note ?? (status == "verified" ? "Checked against the original." : null),
        }));

    /// <summary>Verifies every required document of the given stage.</summary>
    protected async Task VerifyStage(string caseId, string stage)
    {
        foreach (var d in (await Documents(caseId)).EnumerateArray()
                     .Where(d => d.GetProperty("stage").GetString() == stage && d.GetProperty("required").GetBoolean()))
            await Expect(await SetDocument(caseId, d, "verified", expiresOn: Today.AddYears(4).ToString("yyyy-MM-dd")), HttpStatusCode.OK);
    }

    protected async Task<HttpResponseMessage> Move(string caseId, string? etag, string to, string? note = null) =>
        await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"{Cases}/{caseId}/stage", etag, new { to, note }));

    /// <summary>Verifies the current stage's documents and moves on; returns the moved case.</summary>
    protected async Task<JsonElement> Advance(string caseId)
    {
        var current = await Expect(await Viewer.GetAsync($"{Cases}/{caseId}"), HttpStatusCode.OK);
        var stage = current.GetProperty("stage").GetString()!;
        await VerifyStage(caseId, stage);
        current = await Expect(await Viewer.GetAsync($"{Cases}/{caseId}"), HttpStatusCode.OK);
        var next = current.GetProperty("allowedStages")[0].GetString()!;
        return await Expect(await Move(caseId, ETagOf(current), next), HttpStatusCode.OK);
    }

    /// <summary>Puts the case's stage entry (and its timeline entry) the given number of days back.</summary>
    protected async Task BackdateStage(string caseId, double days)
    {
        var at = Now.AddDays(-days);
        await Factory.ScalarAsync<int?>("UPDATE ExportCases SET StageEnteredAt = @At WHERE Id = @Id", new { At = at, Id = int.Parse(caseId) });
        await Factory.ScalarAsync<int?>("""
            UPDATE ExportCaseTimeline SET OccurredAt = @At
            WHERE Id = (SELECT MAX(Id) FROM ExportCaseTimeline WHERE ExportCaseId = @Id AND Kind IN ('opened', 'stage_changed'))
            """, new { At = at, Id = int.Parse(caseId) });
    }
}
