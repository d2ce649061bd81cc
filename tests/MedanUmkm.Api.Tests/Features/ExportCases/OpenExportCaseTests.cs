using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class OpenExportCaseTests : ExportCaseTest
{
    private static string[] Types(JsonElement documents) =>
        documents.EnumerateArray().Select(d => d.GetProperty("type").GetString()!).ToArray();

    [Test]
    public async Task Open_ForCoffeeExporterToMalaysia_Returns201AtIntakeWithCoffeeChecklist()
    {
        var body = await CaseBody();

        var response = await Officer.PostAsJsonAsync(Cases, body);

        var created = await Expect(response, HttpStatusCode.Created);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"{Cases}/{Id(created)}"));
        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(created.GetProperty("stage").GetString(), Is.EqualTo("intake"));
        Assert.That(created.GetProperty("hsCode").GetString(), Is.EqualTo("09011190"));
        Assert.That(created.GetProperty("estimatedValueUsd").GetDecimal(), Is.EqualTo(95400.50m));
        Assert.That(created.GetProperty("estimatedValueIdr").GetInt64(), Is.EqualTo(1_526_000_000L));
        Assert.That(created.GetProperty("volume").GetDecimal(), Is.EqualTo(18.5m));
        Assert.That(created.GetProperty("assignedOfficerName").GetString(), Is.EqualTo("officer user"));
        Assert.That(created.GetProperty("targetDays").GetInt32(), Is.EqualTo(7));
        Assert.That(created.GetProperty("daysInStage").GetInt32(), Is.EqualTo(0));
        Assert.That(created.GetProperty("isOverdue").GetBoolean(), Is.False);
        Assert.That(created.GetProperty("allowedStages").EnumerateArray().Select(s => s.GetString()),
            Is.EqualTo(new[] { "legal_check", "rejected", "withdrawn" }));

        var types = Types(await Documents(Id(created)));
        Assert.That(types, Is.EqualTo(new[]
        {
            "nib_export_kbli", "npwp", "customs_access", "sales_contract", "phytosanitary",
            "peb", "npe", "ska_form_d", "ico_certificate", "realisation_report",
        }));
        var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(created)}/timeline"), HttpStatusCode.OK);
        Assert.That(timeline[0].GetProperty("kind").GetString(), Is.EqualTo("opened"));
        Assert.That(timeline[0].GetProperty("actorName").GetString(), Is.EqualTo("officer user"));
        Assert.That(await Factory.ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'export_case' AND EntityId = @Id AND Action = 'opened'",
            new { Id = Id(created) }), Is.EqualTo(1));
    }

    [Test]
    public async Task Open_RubberToUnitedStates_ChecklistHasSirDocumentsAndGeneralSka()
    {
        var (created, _) = await OpenCase("rubber", "4001.22.20", "US");

        var types = Types(await Documents(Id(created)));

        Assert.That(types, Does.Contain("tpp_sir").And.Contain("sppt_sni_1903").And.Contain("sir_quality_certificate").And.Contain("ska"));
        Assert.That(types, Does.Not.Contain("ska_form_d").And.Not.Contain("etk_coffee").And.Not.Contain("phytosanitary").And.Not.Contain("halal"));
    }

    [Test]
    public async Task Open_PalmOilDerivative_NeedsExportApprovalPhytosanitaryAndHalal()
    {
        var types = Types(await Documents(Id((await OpenCase("palm_oil_derivative", "1517.90.90", "CN")).Case)));

        Assert.That(types, Does.Contain("pe_palm_oil").And.Contain("phytosanitary").And.Contain("halal"));
    }

    [Test]
    public async Task Open_RoastedCoffee_NeedsHalalButGreenCoffeeDoesNot()
    {
        var roasted = Types(await Documents(Id((await OpenCase("coffee", "0901.21.10", "JP")).Case)));
        var green = Types(await Documents(Id((await OpenCase("coffee", "0901.11.90", "JP")).Case)));

        Assert.That(roasted, Does.Contain("halal"));
        Assert.That(green, Does.Not.Contain("halal"));
    }

    [TestCase("0901A")]
    [TestCase("090")]
    [TestCase("090111901")]
    [TestCase("")]
    public async Task Open_WithInvalidHsCode_Returns400(string hs)
    {
        var body = await CaseBody();
        body["hsCode"] = hs;

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "hsCode");
    }

    [TestCase("coffee", "4001.22.20")]
    [TestCase("rubber", "0901.11.90")]
    [TestCase("palm_oil", "1517.90")]
    public async Task Open_WithHsCodeOutsideTheCommodityHeading_Returns400(string commodity, string hs)
    {
        var body = await CaseBody();
        body["commodity"] = commodity;
        body["hsCode"] = hs;

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "hsCode");
    }

    [TestCase("coffee", "2101.11.10")]
    [TestCase("palm_oil_derivative", "1517.90")]
    [TestCase("other", "4602.19")]
    public async Task Open_WithHsCodeUnderTheCommodityHeading_Returns201(string commodity, string hs)
    {
        var body = await CaseBody();
        body["commodity"] = commodity;
        body["hsCode"] = hs;

        await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.Created);
    }

    [TestCase("XX")]
    [TestCase("my")]
    [TestCase("MYS")]
    [TestCase("ID")]
    public async Task Open_WithDestinationNotAnIso3166ForeignCountry_Returns400(string country)
    {
        var body = await CaseBody();
        body["destinationCountry"] = country;

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "destinationCountry");
    }

    [Test]
    public async Task Open_WithUnknownCommodity_Returns400()
    {
        var body = await CaseBody();
        body["commodity"] = "cocoa";

        var response = await Officer.PostAsJsonAsync(Cases, body);

        await Expect(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Open_WithUsdOfThreeDecimalsOrNegativeVolume_Returns400()
    {
        var body = await CaseBody();
        body["estimatedValueUsd"] = 10.005m;
        body["volume"] = -1;

        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "estimatedValueUsd");
        Assert.That(problem.GetProperty("errors").TryGetProperty("volume", out _), Is.True);
    }

    [Test]
    public async Task Open_AssignedToAViewer_Returns400()
    {
        var viewerId = await Factory.CreateUserAsync($"viewer{Guid.NewGuid():N}@test.medanumkm.go.id", Roles.Viewer);
        var body = await CaseBody();
        body["assignedOfficerId"] = viewerId.ToString();

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "assignedOfficerId");
    }

    [Test]
    public async Task Open_AssignedToAnInactiveOfficer_Returns400()
    {
        var officerId = await Factory.CreateUserAsync($"off{Guid.NewGuid():N}@test.medanumkm.go.id", Roles.Officer);
        await Factory.ScalarAsync<int?>("UPDATE Users SET IsActive = 0 WHERE Id = @Id", new { Id = officerId });
        var body = await CaseBody();
        body["assignedOfficerId"] = officerId.ToString();

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "assignedOfficerId");
    }

    [Test]
    public async Task Open_AssignedToAnotherActiveOfficer_StoresThatOfficer()
    {
        var officerId = await Factory.CreateUserAsync($"off{Guid.NewGuid():N}@test.medanumkm.go.id", Roles.Officer);
        var body = await CaseBody();
        body["assignedOfficerId"] = officerId.ToString();

        var created = await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.Created);

        Assert.That(created.GetProperty("assignedOfficerId").GetString(), Is.EqualTo(officerId.ToString()));
    }

    [Test]
    public async Task Open_ForUnknownBusiness_Returns400()
    {
        var body = await CaseBody();
        body["businessId"] = "999999";

        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, body), "businessId");
    }

    [Test]
    public async Task Open_AsViewer_Returns403AndAnonymous401()
    {
        var body = await CaseBody();

        await Expect(await Viewer.PostAsJsonAsync(Cases, body), HttpStatusCode.Forbidden);
        await Expect(await Anonymous.PostAsJsonAsync(Cases, body), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Get_UnknownOrNonNumericId_Returns404()
    {
        await Expect(await Viewer.GetAsync($"{Cases}/999999"), HttpStatusCode.NotFound);
        await Expect(await Viewer.GetAsync($"{Cases}/abc"), HttpStatusCode.NotFound);
    }
}

public sealed class ExportCasesOpenApiTests : ExportCaseTest
{
    [Test]
    public async Task OpenApi_DocumentsEveryExportCaseAndReportEndpoint()
    {
        var doc = await OpenApiDocumentAsync();

        var paths = doc.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/v1/export-cases", "/api/v1/export-cases/{id}", "/api/v1/export-cases/{id}/stage",
                     "/api/v1/export-cases/{id}/timeline", "/api/v1/export-cases/{id}/notes", "/api/v1/export-cases/{id}/documents",
                     "/api/v1/export-cases/{id}/documents/{documentId}", "/api/v1/export-cases/{id}/documents/{documentId}/file",
                     "/api/v1/export-reports/open-cases-by-stage", "/api/v1/export-reports/stage-durations",
                     "/api/v1/export-reports/shipped-per-quarter", "/api/v1/export-reports/value-by-commodity",
                 })
            Assert.That(paths.TryGetProperty(path, out _), Is.True, path);
        var upload = paths.GetProperty("/api/v1/export-cases/{id}/documents/{documentId}/file").GetProperty("post");
        Assert.That(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _), Is.True);
    }
}
