using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

public sealed class GetReadinessTests : ApiTest
{
    private async Task<string> NewBusiness(JsonObject? body = null) => (await TestData.RegisterBusiness(Officer, body)).Body.GetProperty("id").GetString()!;

    private async Task<string> ProductWith(string businessId, Action<JsonObject> change)
    {
        var body = FoodProduct();
        change(body);
        var (product, _) = await CreateProduct(Officer, businessId, body);
        return product.GetProperty("id").GetString()!;
    }

    [Test]
    public async Task Readiness_OfCompleteBusiness_IsReadyWithEveryRequirementMet()
    {
        var (id, _) = await ReadyBusiness(Officer);

        var readiness = await Readiness(Viewer, id);

        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.True, readiness.ToString());
        Assert.That(Missing(readiness), Is.Empty);
        var codes = readiness.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToArray();
        // Issue #16 adds the LKPP v6 onboarding checks after the original eight (a perorangan business has no deed).
        Assert.That(codes, Is.EqualTo(new[] { "nib", "npwp", "business_active", "kbli", "kswp", "product", "halal", "pirt_bpom",
            "legal_form", "deed", "pkp_status", "inaproc_account", "oss_verified", "category_open" }));
        Assert.That(readiness.GetProperty("requirements").EnumerateArray().Where(r => r.GetProperty("code").GetString() != "deed")
            .All(r => r.GetProperty("status").GetString() == "met"), Is.True, readiness.ToString());
        Assert.That(StatusOf(readiness, "deed"), Is.EqualTo("not_applicable"));
        Assert.That(readiness.GetProperty("requirements").EnumerateArray().All(r => r.GetProperty("reason").GetString()!.Length > 0), Is.True);
    }

    [Test]
    public async Task Readiness_OfNewBusiness_MissesKswpAndProductWithReasons()
    {
        var id = await NewBusiness();

        var readiness = await Readiness(Viewer, id);

        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.False);
        Assert.That(Missing(readiness), Is.EquivalentTo(new[] { "kswp", "product" }));
        Assert.That(Requirement(readiness, "kswp").GetProperty("reason").GetString(), Does.Contain("No tax status confirmation"));
        Assert.That(Requirement(readiness, "product").GetProperty("reason").GetString(), Does.Contain("no active product"));
    }

    [Test]
    public async Task Readiness_WithoutNpwp_MissesNpwp()
    {
        var body = TestData.Business();
        body.Remove("npwp");
        var (id, _) = await ReadyBusiness(Officer, body);

        Assert.That(Missing(await Readiness(Viewer, id)), Is.EqualTo(new[] { "npwp" }));
    }

    [Test]
    public async Task Readiness_ProductCategoryWithoutMatchingKbli_MissesKbliNamingCategoryAndPrefix()
    {
        var (id, _) = await ReadyBusiness(Officer); // KBLI 10792 (food)
        await CreateProduct(Officer, id, new JsonObject
        {
            ["name"] = "Kemeja Batik Medan", ["category"] = "fashion", ["description"] = "Batik cap", ["priceIdr"] = 150000, ["unit"] = "pcs",
        });

        var readiness = await Readiness(Viewer, id);

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "kbli" }));
        Assert.That(Requirement(readiness, "kbli").GetProperty("reason").GetString(), Does.Contain("fashion").And.Contain("14xxx").And.Contain("Kemeja Batik Medan"));
    }

    [Test]
    public async Task Readiness_BusinessWithoutKbli_MissesKbli()
    {
        var body = TestData.Business();
        body.Remove("kbli");
        var (id, _) = await ReadyBusiness(Officer, body);
        Assert.That(Missing(await Readiness(Viewer, id)), Is.EqualTo(new[] { "kbli" }));
    }

    [Test]
    public async Task Readiness_LatestKswpInvalid_MissesKswp()
    {
        var (id, _) = await ReadyBusiness(Officer);
        await RecordKswp(Officer, id, "invalid");

        var readiness = await Readiness(Viewer, id);

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "kswp" }));
        Assert.That(Requirement(readiness, "kswp").GetProperty("reason").GetString(), Does.Contain("invalid"));
    }

    [Test]
    public async Task Readiness_KswpOlderThan12Months_MissesKswp()
    {
        var id = await NewBusiness();
        var productId = await ProductWith(id, _ => { });
        await UploadPhoto(Officer, productId);
        // Issue #16: a KSWP goes stale at the next annual return deadline (31 March for an individual), not after 12 months.
        await RecordKswp(Officer, id, "valid", new DateOnly(2025, 6, 10));

        var readiness = await Readiness(Viewer, id, new DateOnly(2026, 4, 1));

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "kswp" }));
        Assert.That(Requirement(readiness, "kswp").GetProperty("reason").GetString(), Does.Contain("annual return deadline 2026-03-31"));
    }

    [Test]
    public async Task Readiness_KswpEndingWithin30Days_IsExpiringButStillReady()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, _ => { }));
        await RecordKswp(Officer, id, "valid", new DateOnly(2025, 6, 10));

        var readiness = await Readiness(Viewer, id, new DateOnly(2026, 3, 15));

        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.True, readiness.ToString());
        Assert.That(StatusOf(readiness, "kswp"), Is.EqualTo("expiring"));
        Assert.That(Requirement(readiness, "kswp").GetProperty("expiresOn").GetString(), Is.EqualTo("2026-03-31"));
        Assert.That(readiness.GetProperty("expiring").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "kswp" }));
    }

    [Test]
    public async Task Readiness_NoProductWithPricePhotoAndDescription_MissesProductNamingWhatLacks()
    {
        var id = await NewBusiness();
        await ProductWith(id, p => p["name"] = "Dodol Durian"); // no photo
        var noPrice = await ProductWith(id, p => { p["name"] = "Bika Ambon"; p.Remove("priceIdr"); });
        await UploadPhoto(Officer, noPrice);
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "product" }));
        var reason = Requirement(readiness, "product").GetProperty("reason").GetString();
        Assert.That(reason, Does.Contain("Dodol Durian lacks photo").And.Contain("Bika Ambon lacks price"));
    }

    [Test]
    public async Task Readiness_InactiveCompleteProduct_DoesNotCount()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => p["isActive"] = false));
        await RecordKswp(Officer, id);

        Assert.That(Missing(await Readiness(Viewer, id)), Is.EqualTo(new[] { "product" }));
    }

    [Test]
    public async Task Readiness_FoodProductWithoutHalal_MissesHalal()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => { p["name"] = "Teh Susu"; p.Remove("halalCertificateNumber"); p.Remove("halalCertificateExpiresOn"); }));
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "halal" }));
        Assert.That(Requirement(readiness, "halal").GetProperty("reason").GetString(), Does.Contain("Teh Susu"));
    }

    [Test]
    public async Task Readiness_ExpiredHalalCertificate_MissesHalal()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => p["halalCertificateExpiresOn"] = Today.AddDays(-1).ToString("yyyy-MM-dd")));
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(Missing(readiness), Is.EqualTo(new[] { "halal" }));
        Assert.That(Requirement(readiness, "halal").GetProperty("reason").GetString(), Does.Contain("expired"));
    }

    [Test]
    public async Task Readiness_HalalExpiringWithin30Days_IsExpiring_AndOnLastDayStillValid()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => p["halalCertificateExpiresOn"] = Today.ToString("yyyy-MM-dd")));
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.True);
        Assert.That(StatusOf(readiness, "halal"), Is.EqualTo("expiring"));
    }

    [Test]
    public async Task Readiness_HalalExpiringIn31Days_IsMet()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => p["halalCertificateExpiresOn"] = Today.AddDays(31).ToString("yyyy-MM-dd")));
        await RecordKswp(Officer, id);

        Assert.That(StatusOf(await Readiness(Viewer, id), "halal"), Is.EqualTo("met"));
    }

    [Test]
    public async Task Readiness_FoodWithoutPirtOrBpom_MissesPirtBpom_BpomAloneIsEnough()
    {
        var id = await NewBusiness();
        await UploadPhoto(Officer, await ProductWith(id, p => { p["name"] = "Sirup Markisa"; p.Remove("pirtNumber"); }));
        await RecordKswp(Officer, id);
        Assert.That(Missing(await Readiness(Viewer, id)), Is.EqualTo(new[] { "pirt_bpom" }));

        await ProductWith(id, p => { p.Remove("pirtNumber"); p["bpomNumber"] = "MD 224512001234"; });
        var pid = (await Json(await Viewer.GetAsync($"/api/v1/businesses/{id}/products?q=Sirup"))).GetProperty("items")[0];
        var body = ToInput<MedanUmkm.Api.Features.Products.ProductInput>(pid);
        body["bpomNumber"] = "MD 224512001235";
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{pid.GetProperty("id").GetString()}", "\"2\"", body)), HttpStatusCode.OK);

        Assert.That(Missing(await Readiness(Viewer, id)), Is.Empty);
    }

    [Test]
    public async Task Readiness_NonFoodProducts_NeedNoHalalOrPirt()
    {
        var body = TestData.Business();
        body["kbli"] = new JsonArray(new JsonObject { ["code"] = "16292", ["version"] = "2020" });
        var id = await NewBusiness(body);
        var (product, _) = await CreateProduct(Officer, id, new JsonObject
        {
            ["name"] = "Keranjang Rotan", ["category"] = "craft", ["description"] = "Anyaman rotan 40 cm", ["priceIdr"] = 85000, ["unit"] = "pcs",
        });
        await UploadPhoto(Officer, product.GetProperty("id").GetString()!);
        await RecordKswp(Officer, id);

        var readiness = await Readiness(Viewer, id);

        Assert.That(readiness.GetProperty("isReady").GetBoolean(), Is.True, readiness.ToString());
        Assert.That(Requirement(readiness, "halal").GetProperty("reason").GetString(), Does.Contain("No active food products"));
    }

    [Test]
    public async Task Readiness_InactiveBusiness_MissesBusinessActive()
    {
        var (id, _) = await ReadyBusiness(Officer);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", await BusinessETag(Officer, id))), HttpStatusCode.OK);

        Assert.That(Missing(await Readiness(Viewer, id)), Is.EqualTo(new[] { "business_active" }));
    }

    [Test]
    public async Task Readiness_UnknownBusiness_Returns404_AndAnonymous401()
    {
        await Expect(await Viewer.GetAsync("/api/v1/businesses/999999/ekatalog-readiness"), HttpStatusCode.NotFound);
        await Expect(await Anonymous.GetAsync("/api/v1/businesses/1/ekatalog-readiness"), HttpStatusCode.Unauthorized);
    }
}
