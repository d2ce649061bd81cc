using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Tests.Infrastructure;
using MedanUmkm.Migrations.Migrations;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

/// <summary>Issue #16 done-when, through the API: the catalogue, its versions and readiness as of a date.</summary>
public sealed class RequirementsCatalogueTests : ApiTest
{
    private static JsonObject CoffeeRoaster() => TestData.Business() is var b && (b["kbli"] = new JsonArray(new JsonObject { ["code"] = "10761", ["version"] = "2020" })) is not null ? b : b;

    private static JsonObject Coffee() => new()
    {
        ["name"] = $"Kopi Sangrai Sidikalang {TestData.Next()}", ["category"] = "food_beverage", ["description"] = "Kopi arabika sangrai 250 g.",
        ["priceIdr"] = 65000, ["unit"] = "pack", ["halalCertificateNumber"] = "ID12110000123450223", ["halalScheme"] = "self_declare",
        ["pirtNumber"] = "2071271010123-26",
    };

    [Test]
    public async Task MicroCoffeeRoaster_HalalCertificateWithoutExpiry_IsMetOnHalal()
    {
        var (business, _) = await TestData.RegisterBusiness(Officer, CoffeeRoaster());
        var id = business.GetProperty("id").GetString()!;
        var (product, _) = await CreateProduct(Officer, id, Coffee());
        Assert.That(product.GetProperty("isFood").GetBoolean(), Is.True, "the category decides: food_beverage is food");
        await UploadPhoto(Officer, product.GetProperty("id").GetString()!);
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(StatusOf(readiness, "halal"), Is.EqualTo("met"), readiness.ToString());
        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.True, readiness.ToString());
    }

    [Test]
    public async Task BatikShop_IsNotAskedForHalal()
    {
        var body = TestData.Business();
        body["sector"] = "fashion";
        body["kbli"] = new JsonArray(new JsonObject { ["code"] = "13134", ["version"] = "2020" });
        var id = (await TestData.RegisterBusiness(Officer, body)).Body.GetProperty("id").GetString()!;
        await CreateProduct(Officer, id, new JsonObject
        {
            ["name"] = "Kain Batik Medan", ["category"] = "craft", ["description"] = "Batik tulis", ["priceIdr"] = 350000, ["unit"] = "lembar",
        });

        var readiness = await Readiness(Viewer, id);

        Assert.That(StatusOf(readiness, "halal"), Is.EqualTo("not_applicable"));
        Assert.That(StatusOf(readiness, "pirt_bpom"), Is.EqualTo("not_applicable"));
        Assert.That(Requirement(readiness, "halal").GetProperty("reasonCode").GetString(), Is.EqualTo("no_food_products"));
    }

    [Test]
    public async Task Reseller_WithTradeKbli47_PassesKbli()
    {
        var body = TestData.Business();
        body["sector"] = "trade";
        body["kbli"] = new JsonArray(new JsonObject { ["code"] = "47211", ["version"] = "2020" });
        var id = (await TestData.RegisterBusiness(Officer, body)).Body.GetProperty("id").GetString()!;
        await CreateProduct(Officer, id, Coffee());

        Assert.That(StatusOf(await Readiness(Viewer, id), "kbli"), Is.EqualTo("met"));
    }

    [Test]
    public async Task Halal_ForMicroFoodBusiness_IsAdvisoryOn16Oct2026_AndMissingOn17Oct2026()
    {
        var id = (await TestData.RegisterBusiness(Officer, CoffeeRoaster())).Body.GetProperty("id").GetString()!;
        var coffee = Coffee();
        coffee.Remove("halalCertificateNumber");
        coffee.Remove("halalScheme");
        await CreateProduct(Officer, id, coffee);

        var before = await Readiness(Viewer, id, new DateOnly(2026, 10, 16));
        var after = await Readiness(Viewer, id, new DateOnly(2026, 10, 17));

        Assert.That(StatusOf(before, "halal"), Is.EqualTo("advisory"), before.ToString());
        Assert.That(Requirement(before, "halal").GetProperty("reasonParams").GetProperty("date").GetString(), Is.EqualTo("2026-10-17"));
        Assert.That(StatusOf(after, "halal"), Is.EqualTo("missing"));
        Assert.That(Requirement(after, "halal").GetProperty("legalArticle").GetString(), Does.Contain("PP 42/2024 art. 160"));
    }

    [Test]
    public async Task Kswp_Individual_MetOn31March_MissingOn1April_Entity_MetOn30April_MissingOn1May()
    {
        var person = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        var cvBody = TestData.Business();
        cvBody["legalForm"] = "cv";
        cvBody["deedNumber"] = "AHU-0012345.AH.01.16";
        cvBody["deedDate"] = "2019-05-20";
        var cv = (await TestData.RegisterBusiness(Officer, cvBody)).Body.GetProperty("id").GetString()!;
        foreach (var id in new[] { person, cv }) await RecordKswp(Officer, id, "valid", new DateOnly(2025, 6, 10));

        Assert.That(StatusOf(await Readiness(Viewer, person, new DateOnly(2026, 3, 31)), "kswp"), Is.EqualTo("expiring"));
        Assert.That(StatusOf(await Readiness(Viewer, person, new DateOnly(2026, 4, 1)), "kswp"), Is.EqualTo("missing"));
        Assert.That(StatusOf(await Readiness(Viewer, cv, new DateOnly(2026, 4, 30)), "kswp"), Is.EqualTo("expiring"));
        Assert.That(StatusOf(await Readiness(Viewer, cv, new DateOnly(2026, 5, 1)), "kswp"), Is.EqualTo("missing"));
        Assert.That(StatusOf(await Readiness(Viewer, cv, new DateOnly(2026, 5, 1)), "deed"), Is.EqualTo("met"));
    }

    [Test]
    public async Task EveryRule_AnswersWithItsLegalBasis_AndReasonsDefaultToIndonesian()
    {
        var list = await Expect(await Viewer.GetAsync("/api/v1/requirements?scope=ekatalog"), HttpStatusCode.OK);
        var codes = list.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToArray();
        Assert.That(codes, Is.EqualTo(MedanUmkm.Api.Features.Ekatalog.Readiness.Codes.All));
        foreach (var r in list.EnumerateArray())
            Assert.That(r.GetProperty("versions").EnumerateArray().All(v => v.GetProperty("legalBasis").GetString()!.Length > 0), Is.True, r.ToString());
        var loans = await Expect(await Viewer.GetAsync("/api/v1/requirements?scope=loan"), HttpStatusCode.OK);
        Assert.That(loans.GetArrayLength(), Is.GreaterThanOrEqualTo(2));

        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        var readiness = await Readiness(Viewer, id, lang: "id");
        Assert.That(Requirement(readiness, "kswp").GetProperty("reason").GetString(), Does.Contain("Belum ada konfirmasi"));
        Assert.That(readiness.GetProperty("requirements").EnumerateArray().All(r => r.GetProperty("legalBasis").GetString()!.Length > 0), Is.True);
    }

    [Test]
    public async Task EverySeededRule_NamesItsLegalArticle_ExceptTheOfficesOwnRule_AndTheCorrectionIsAVersion()
    {
        var list = await Expect(await Viewer.GetAsync("/api/v1/requirements?scope=ekatalog"), HttpStatusCode.OK);

        var without = list.EnumerateArray()
            .Where(r => r.GetProperty("current").ValueKind == JsonValueKind.Object || r.GetProperty("upcoming").GetArrayLength() > 0)
            .Where(r => (r.GetProperty("current").ValueKind == JsonValueKind.Object ? r.GetProperty("current") : r.GetProperty("upcoming")[0])
                .GetProperty("legalArticle").GetString() is null or "")
            .Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.That(without, Is.EqualTo(new[] { "business_active" }));

        var pirt = await Expect(await Viewer.GetAsync("/api/v1/requirements/pirt_bpom"), HttpStatusCode.OK);
        var versions = pirt.GetProperty("versions").EnumerateArray().ToList();
        Assert.That(versions[0].GetProperty("legalArticle").ValueKind, Is.EqualTo(JsonValueKind.Null), "history kept as seeded");
        Assert.That(versions[^1].GetProperty("legalArticle").GetString(), Does.Contain("UU 18/2012 art. 91"));
        Assert.That(versions[^1].GetProperty("effectiveFrom").GetString(), Is.EqualTo(versions[0].GetProperty("effectiveFrom").GetString()));
    }

    [Test]
    public async Task MovingTheHalalDeadline_ChangesReadinessFromItsDate_IsAudited_AndHistoryIsReadable()
    {
        var id = (await TestData.RegisterBusiness(Officer, CoffeeRoaster())).Body.GetProperty("id").GetString()!;
        var coffee = Coffee();
        coffee.Remove("halalCertificateNumber");
        coffee.Remove("halalScheme");
        await CreateProduct(Officer, id, coffee);
        // Keep micro/small out until 2028 (the deadline moved): a version with the medium/large scope from 2026-10-17...
        var keep = await Admin.PostAsJsonAsync("/api/v1/requirements/halal/versions",
            new { effectiveFrom = "2026-10-17", scales = new[] { "medium", "large" }, note = "Uji: tenggat usaha mikro dan kecil digeser" });
        await Expect(keep, HttpStatusCode.Created);
        // ...and every scale from 2028-10-17.
        var moved = await Admin.PostAsJsonAsync("/api/v1/requirements/halal/versions",
            new { effectiveFrom = "2028-10-17", scales = new[] { "micro", "small", "medium", "large" }, note = "Uji: tenggat baru" });
        var body = await Expect(moved, HttpStatusCode.Created);

        Assert.That(StatusOf(await Readiness(Viewer, id, new DateOnly(2026, 10, 17)), "halal"), Is.EqualTo("advisory"));
        Assert.That(StatusOf(await Readiness(Viewer, id, new DateOnly(2028, 10, 16)), "halal"), Is.EqualTo("advisory"));
        Assert.That(StatusOf(await Readiness(Viewer, id, new DateOnly(2028, 10, 17)), "halal"), Is.EqualTo("missing"));

        var history = await Expect(await Viewer.GetAsync("/api/v1/requirements/halal"), HttpStatusCode.OK);
        Assert.That(history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("effectiveFrom").GetString()),
            Is.EqualTo(new[] { "2024-10-18", "2026-10-17", "2026-10-17", "2028-10-17" }));
        Assert.That(body.GetProperty("versions").EnumerateArray().Last().GetProperty("note").GetString(), Is.EqualTo("Uji: tenggat baru"));
        var audit = await Expect(await Admin.GetAsync("/api/v1/audit-events?entityType=requirement&entityId=halal"), HttpStatusCode.OK);
        Assert.That(audit.GetProperty("items").GetArrayLength(), Is.GreaterThanOrEqualTo(2));

        // Put the catalogue back for the other tests sharing this database: a version restoring the seeded rule.
        await Expect(await Admin.PostAsJsonAsync("/api/v1/requirements/halal/versions",
            new { effectiveFrom = "2026-10-17", scales = new[] { "micro", "small", "medium", "large" }, note = "Uji: kembali" }), HttpStatusCode.Created);
        await Expect(await Admin.PostAsJsonAsync("/api/v1/requirements/halal/versions",
            new { effectiveFrom = "2028-10-17", scales = new[] { "micro", "small", "medium", "large" }, note = "Uji: kembali" }), HttpStatusCode.Created);
    }

    [Test]
    public async Task AddingAVersion_AsOfficer_IsForbidden_AndWithoutNote_Is400()
    {
        var officer = await Officer.PostAsJsonAsync("/api/v1/requirements/kswp/versions", new { effectiveFrom = "2027-01-01", note = "x" });
        Assert.That(officer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await ExpectFieldError(await Admin.PostAsJsonAsync("/api/v1/requirements/kswp/versions", new { effectiveFrom = "2027-01-01" }), "note");
    }

    [Test]
    public async Task Dashboard_CountsTheBusinessesAComingRuleVersionWillBlock()
    {
        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!; // perorangan, no deed
        var from = Today.AddDays(60);
        await Expect(await Admin.PostAsJsonAsync("/api/v1/requirements/deed/versions",
            new { effectiveFrom = from.ToString("yyyy-MM-dd"), legalForms = new[] { "perorangan", "cv", "pt", "pt_perorangan", "koperasi" }, note = "Uji: akta untuk semua" }),
            HttpStatusCode.Created);
        // The version only marked the stored rows stale; the refresh job (woken by it) recomputes them.
        await ReadinessRefreshJob.RunOnceAsync(Factory.Services, Factory.Clock, CancellationToken.None);

        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var deed = dashboard.GetProperty("upcoming").EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == "deed" && u.GetProperty("effectiveFrom").GetString() == from.ToString("yyyy-MM-dd"));
        Assert.That(deed.GetProperty("businessesBlocked").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(StatusOf(await Readiness(Viewer, id), "deed"), Is.EqualTo("advisory"), "announced: not blocking yet");
        Assert.That(StatusOf(await Readiness(Viewer, id, from), "deed"), Is.EqualTo("missing"));

        // Withdraw it: a later version on the same date puts the scope back (the other tests share the database).
        await Expect(await Admin.PostAsJsonAsync("/api/v1/requirements/deed/versions",
            new { effectiveFrom = from.ToString("yyyy-MM-dd"), legalForms = new[] { "cv", "pt", "pt_perorangan", "koperasi" }, note = "Uji: dibatalkan" }),
            HttpStatusCode.Created);
        Assert.That(StatusOf(await Readiness(Viewer, id, from), "deed"), Is.EqualTo("not_applicable"));
    }
}
