using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

public sealed class ListReadinessTests : ApiTest
{
    private static string Token() => "Siapkat" + TestData.Next();

    private static JsonObject Named(string token, string suffix)
    {
        var body = TestData.Business(name: $"{token} {suffix}");
        return body;
    }

    private async Task<JsonElement> List(string query) =>
        await Expect(await Viewer.GetAsync("/api/v1/ekatalog-readiness?" + query), HttpStatusCode.OK);

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessName").GetString()!).ToArray();

    private Task<string> Stored(string businessId) =>
        Factory.ScalarAsync<string>("SELECT MissingCodes FROM BusinessReadiness WHERE BusinessId = @Id", new { Id = int.Parse(businessId) });

    [Test]
    public async Task List_ByReady_SeparatesReadyFromNotReady()
    {
        var token = Token();
        await ReadyBusiness(Officer, Named(token, "Siap"));
        await TestData.RegisterBusiness(Officer, Named(token, "Belum"));

        var ready = await List($"q={token}&ready=true");
        var notReady = await List($"q={token}&ready=false");

        Assert.That(Names(ready), Is.EqualTo(new[] { $"{token} Siap" }));
        Assert.That(ready.GetProperty("items")[0].GetProperty("isReady").GetBoolean(), Is.True);
        Assert.That(Names(notReady), Is.EqualTo(new[] { $"{token} Belum" }));
        Assert.That(notReady.GetProperty("items")[0].GetProperty("missing").EnumerateArray().Select(m => m.GetString()),
            Is.EquivalentTo(new[] { "kswp", "product" }));
        Assert.That(notReady.GetProperty("items")[0].GetProperty("missingCount").GetInt32(), Is.EqualTo(2));
        Assert.That(notReady.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task List_ByMissingCode_ReturnsOnlyBusinessesMissingAllGivenCodes()
    {
        var token = Token();
        var (halalOnly, productId) = await ReadyBusiness(Officer, Named(token, "Tanpa Halal"));
        var product = ToInput<MedanUmkm.Api.Features.Products.ProductInput>(await Json(await Officer.GetAsync($"/api/v1/products/{productId}")));
        product.Remove("halalCertificateNumber");
        product.Remove("halalCertificateExpiresOn");
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{productId}", "\"2\"", product)), HttpStatusCode.OK);
        await TestData.RegisterBusiness(Officer, Named(token, "Baru"));

        Assert.That(Names(await List($"q={token}&missing=halal")), Is.EqualTo(new[] { $"{token} Tanpa Halal" }));
        Assert.That(Names(await List($"q={token}&missing=kswp")), Is.EqualTo(new[] { $"{token} Baru" }));
        Assert.That(Names(await List($"q={token}&missing=kswp,product")), Is.EqualTo(new[] { $"{token} Baru" }));
        Assert.That(Names(await List($"q={token}&missing=halal,kswp")), Is.Empty);
        Assert.That(Names(await List($"q={token}&maxMissing=1&ready=false")), Is.EqualTo(new[] { $"{token} Tanpa Halal" }));
        Assert.That(await Stored(halalOnly), Is.EqualTo("|halal|"));
    }

    [Test]
    public async Task List_ByKecamatanAndEkatalogStatus_Filters()
    {
        var token = Token();
        var other = Named(token, "Helvetia");
        other["kecamatanCode"] = "12.71.03";
        await TestData.RegisterBusiness(Officer, other);
        var (listed, _) = await ReadyBusiness(Officer, Named(token, "Kota"));
        await Walk(Officer, listed, "preparing", "submitted", "listed");

        Assert.That(Names(await List($"q={token}&kecamatan=12.71.03")), Is.EqualTo(new[] { $"{token} Helvetia" }));
        var listedPage = await List($"q={token}&ekatalogStatus=listed");
        Assert.That(Names(listedPage), Is.EqualTo(new[] { $"{token} Kota" }));
        Assert.That(listedPage.GetProperty("items")[0].GetProperty("kecamatanName").GetString(), Is.EqualTo("Medan Kota"));
    }

    [TestCase("missing=halal_cert", "missing")]
    [TestCase("ready=yes", "ready")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("sort=nib", "sort")]
    public async Task List_WithInvalidFilter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/ekatalog-readiness?" + query), field);
    }

    [Test]
    public async Task StoredReadiness_IsRecomputedByEveryWriteThatAffectsIt()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;
        Assert.That(await Stored(id), Is.EqualTo("|kswp|product|"), "registration");

        await RecordKswp(Officer, id);
        Assert.That(await Stored(id), Is.EqualTo("|product|"), "KSWP record");

        var (product, productETag) = await CreateProduct(Officer, id);
        var productId = product.GetProperty("id").GetString()!;
        Assert.That(await Stored(id), Is.EqualTo("|product|"), "product without photo");

        var photo = await UploadPhoto(Officer, productId);
        Assert.That(await Stored(id), Is.EqualTo("|"), "photo upload");
        Assert.That(await Factory.ScalarAsync<bool>("SELECT IsReady FROM BusinessReadiness WHERE BusinessId = @Id", new { Id = int.Parse(id) }), Is.True);

        var current = (await Officer.GetAsync($"/api/v1/products/{productId}")).Headers.ETag!.ToString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/products/{productId}/photos/{photo.GetProperty("id").GetString()}", current)), HttpStatusCode.NoContent);
        Assert.That(await Stored(id), Is.EqualTo("|product|"), "photo delete");

        await UploadPhoto(Officer, productId);
        var body = ToInput<MedanUmkm.Api.Features.Products.ProductInput>(product);
        body["pirtNumber"] = null;
        current = (await Officer.GetAsync($"/api/v1/products/{productId}")).Headers.ETag!.ToString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{productId}", current, body)), HttpStatusCode.OK);
        Assert.That(await Stored(id), Is.EqualTo("|pirt_bpom|"), "product update");

        var business = ToInput<MedanUmkm.Api.Features.Businesses.BusinessInput>(registered);
        business["npwp"] = null;
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, business)), HttpStatusCode.OK);
        Assert.That(await Stored(id), Is.EqualTo("|npwp|pirt_bpom|"), "business update");

        current = (await Officer.GetAsync($"/api/v1/products/{productId}")).Headers.ETag!.ToString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/products/{productId}", current)), HttpStatusCode.NoContent);
        Assert.That(await Stored(id), Is.EqualTo("|npwp|product|"), "product delete");
        Assert.That(_ = productETag, Is.Not.Empty);
    }

    [Test]
    public async Task RefreshJob_RecomputesRowsThatTimeHasMadeStale_AndTheListOnlyReads()
    {
        var token = Token();
        var (id, _) = await ReadyBusiness(Officer, Named(token, "Basi"));
        // As if computed long ago when the KSWP was still current: today the row is stale.
        await Factory.ScalarAsync<int>(
            "UPDATE BusinessReadiness SET IsReady = 1, MissingCodes = '|', MissingCount = 0, StaleOn = @Yesterday WHERE BusinessId = @Id; SELECT 1",
            new { Id = int.Parse(id), Yesterday = Today.AddDays(-1) });
        await Factory.ScalarAsync<int>("UPDATE TaxStatusChecks SET CheckedOn = @Old WHERE BusinessId = @Id; SELECT 1",
            new { Id = int.Parse(id), Old = Today.AddMonths(-13) });

        // A list is a pure read: it shows the stored row until the daily refresh recomputes it.
        var before = await List($"q={token}");
        Assert.That(before.GetProperty("items")[0].GetProperty("isReady").GetBoolean(), Is.True, "the list must not write");

        await ReadinessRefreshJob.RunOnceAsync(Factory.Services, Factory.Clock, CancellationToken.None);
        var page = await List($"q={token}");

        Assert.That(page.GetProperty("items")[0].GetProperty("isReady").GetBoolean(), Is.False);
        Assert.That(page.GetProperty("items")[0].GetProperty("missing").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "kswp" }));
    }

    [Test]
    public async Task RefreshJob_FillsBusinessesWithoutStoredRow()
    {
        var token = Token();
        var (registered, _) = await TestData.RegisterBusiness(Officer, Named(token, "Tanpa Baris"));
        await Factory.ScalarAsync<int>("DELETE FROM BusinessReadiness WHERE BusinessId = @Id; SELECT 1", new { Id = int.Parse(registered.GetProperty("id").GetString()!) });
        Assert.That(Names(await List($"q={token}")), Is.Empty, "the list must not write");

        await ReadinessRefreshJob.RunOnceAsync(Factory.Services, Factory.Clock, CancellationToken.None);

        Assert.That(Names(await List($"q={token}")), Is.EqualTo(new[] { $"{token} Tanpa Baris" }));
    }

    [Test]
    public async Task List_WithoutCredentials_Returns401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/ekatalog-readiness"), HttpStatusCode.Unauthorized);
    }
}
