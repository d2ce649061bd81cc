using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Catalog;

public sealed class ListCatalogTests : ApiTest
{
    private static string Token() => "Katalog" + TestData.Next();

    /// <summary>A listed business with one complete food product named "{token} ...".</summary>
    private async Task<(string BusinessId, string ProductId)> ListedProduct(string token, string suffix = "Kopi", string kecamatan = "12.71.01",
        JsonObject? businessBody = null)
    {
        var business = businessBody ?? TestData.Business(name: $"Usaha {token} {suffix}");
        business["kecamatanCode"] = kecamatan;
        var (registered, _) = await TestData.RegisterBusiness(Officer, business);
        var id = registered.GetProperty("id").GetString()!;
        var product = FoodProduct($"{token} {suffix}");
        var (created, _) = await CreateProduct(Officer, id, product);
        var productId = created.GetProperty("id").GetString()!;
        await UploadPhoto(Officer, productId);
        await RecordKswp(Officer, id);
        await Walk(Officer, id, "preparing", "submitted", "listed");
        return (id, productId);
    }

    private async Task<JsonElement> Catalog(string query) =>
        await Expect(await Anonymous.GetAsync("/api/v1/catalog?" + query), HttpStatusCode.OK);

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    [Test]
    public async Task Catalog_Anonymous_ShowsActiveProductsOfListedBusinessesOnly()
    {
        var token = Token();
        var (listedId, _) = await ListedProduct(token, "Terdaftar");
        await CreateProduct(Officer, listedId, new JsonObject
        {
            ["name"] = $"{token} Nonaktif", ["category"] = "food_beverage", ["unit"] = "pcs", ["isActive"] = false,
        });
        var (notListed, _) = await ReadyBusiness(Officer, TestData.Business(name: $"Usaha {token} Belum"));
        await CreateProduct(Officer, notListed, FoodProduct($"{token} Belum"));

        var page = await Catalog($"q={token}");

        Assert.That(Names(page), Is.EqualTo(new[] { $"{token} Terdaftar" }));
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Catalog_ItemCarriesNoPersonalData()
    {
        var token = Token();
        var business = TestData.Business(name: $"Usaha {token} Kopi");
        await ListedProduct(token, businessBody: business);

        var response = await Anonymous.GetAsync($"/api/v1/catalog?q={token}");
        var text = await response.Content.ReadAsStringAsync();
        var item = JsonDocument.Parse(text).RootElement.GetProperty("items")[0];

        var fields = item.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.That(fields, Is.SupersetOf(new[] { "name", "category", "priceIdr", "businessName", "kecamatanCode", "kecamatanName", "photos" }));
        foreach (var personal in new[] { "ownerName", "ownerNik", "nib", "npwp", "address", "phone", "email", "businessId", "ownerGender" })
            Assert.That(fields, Does.Not.Contain(personal));
        var nik = business["ownerNik"]!.GetValue<string>();
        var nib = business["nib"]!.GetValue<string>();
        foreach (var value in new[] { "Rina", "Sembiring", "Sisingamangaraja", "+62", "6543", "example.co.id", nik, nik[..6] + "**", nib, "123456789121000" })
            Assert.That(text, Does.Not.Contain(value), $"catalog leaks '{value}'");
        Assert.That(item.GetProperty("businessName").GetString(), Is.EqualTo($"Usaha {token} Kopi"));
        Assert.That(item.GetProperty("kecamatanName").GetString(), Is.EqualTo("Medan Kota"));
        Assert.That(item.GetProperty("halalCertified").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Catalog_PhotoUrlsArePublicAndCached()
    {
        var token = Token();
        await ListedProduct(token);
        var item = (await Catalog($"q={token}")).GetProperty("items")[0];
        var url = item.GetProperty("photos")[0].GetProperty("url").GetString()!;

        var response = await Anonymous.GetAsync(url);

        Assert.That(url, Does.StartWith("/api/v1/catalog/"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        Assert.That(response.Headers.CacheControl!.Public, Is.True);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.That((await Anonymous.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task Catalog_PhotoOfUnlistedProduct_IsNotPublic()
    {
        var (_, productId) = await ReadyBusiness(Officer);
        var photoId = (await Json(await Officer.GetAsync($"/api/v1/products/{productId}"))).GetProperty("photos")[0].GetProperty("id").GetString();

        await Expect(await Anonymous.GetAsync($"/api/v1/catalog/{productId}/photos/{photoId}"), HttpStatusCode.NotFound);
        await Expect(await Anonymous.GetAsync($"/api/v1/products/{productId}/photos/{photoId}"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Catalog_Filters_ByCategoryKecamatanPriceAndHalal()
    {
        var token = Token();
        await ListedProduct(token, "Kota", "12.71.01");
        var (baru, _) = await ListedProduct(token, "Baru", "12.71.17");
        var craft = new JsonObject
        {
            ["name"] = $"{token} Rotan", ["category"] = "other", ["description"] = "Kursi rotan", ["priceIdr"] = 450000, ["unit"] = "pcs",
        };
        await CreateProduct(Officer, baru, craft);
        var noHalal = FoodProduct($"{token} Tanpa Halal");
        noHalal.Remove("halalCertificateNumber");
        noHalal.Remove("halalCertificateExpiresOn");
        noHalal["priceIdr"] = 5000;
        await CreateProduct(Officer, baru, noHalal);

        Assert.That(Names(await Catalog($"q={token}&category=other")), Is.EqualTo(new[] { $"{token} Rotan" }));
        Assert.That(Names(await Catalog($"q={token}&kecamatan=12.71.01")), Is.EqualTo(new[] { $"{token} Kota" }));
        Assert.That(Names(await Catalog($"q={token}&minPriceIdr=100000")), Is.EqualTo(new[] { $"{token} Rotan" }));
        Assert.That(Names(await Catalog($"q={token}&maxPriceIdr=10000")), Is.EqualTo(new[] { $"{token} Tanpa Halal" }));
        Assert.That(Names(await Catalog($"q={token}&minPriceIdr=10000&maxPriceIdr=20000&sort=name")), Is.EqualTo(new[] { $"{token} Baru", $"{token} Kota" }));
        Assert.That(Names(await Catalog($"q={token}&halal=true&sort=name")), Is.EqualTo(new[] { $"{token} Baru", $"{token} Kota" }));
        Assert.That(Names(await Catalog($"q={token}&sort=-priceIdr")).First(), Is.EqualTo($"{token} Rotan"));
    }

    [Test]
    public async Task Catalog_Paging_ReturnsRequestedPageAndTotal()
    {
        var token = Token();
        var (id, _) = await ListedProduct(token, "A");
        await CreateProduct(Officer, id, FoodProduct($"{token} B"));
        await CreateProduct(Officer, id, FoodProduct($"{token} C"));

        var page = await Catalog($"q={token}&page=2&pageSize=2&sort=name");

        Assert.That(Names(page), Is.EqualTo(new[] { $"{token} C" }));
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
        Assert.That(page.GetProperty("page").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Catalog_TextSearchSortedByPrice_PagesThroughVisibleProductsOnly()
    {
        // Text alone: the page is chosen from the catalog index before products are joined to their business.
        var token = Token();
        var (id, _) = await ListedProduct(token, "Sedang");
        foreach (var (name, price) in new[] { ("Murah", 5_000), ("Mahal", 90_000) })
        {
            var product = FoodProduct($"{token} {name}");
            product["priceIdr"] = price;
            await CreateProduct(Officer, id, product);
        }
        var hidden = FoodProduct($"{token} Tersembunyi");
        hidden["isActive"] = false;
        await CreateProduct(Officer, id, hidden);

        var first = await Catalog($"q={token}&sort=-priceIdr&pageSize=2");
        var second = await Catalog($"q={token}&sort=-priceIdr&pageSize=2&page=2");

        Assert.That(Names(first).Concat(Names(second)), Is.EqualTo(new[] { $"{token} Mahal", $"{token} Sedang", $"{token} Murah" }));
        Assert.That(second.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
        Assert.That(second.GetProperty("items")[0].GetProperty("businessName").GetString(), Does.Contain(token));
    }

    [Test]
    public async Task Catalog_ConditionalGet_Returns304UntilCatalogChanges()
    {
        var token = Token();
        var (id, _) = await ListedProduct(token);
        var first = await Anonymous.GetAsync($"/api/v1/catalog?q={token}");
        var etag = first.Headers.ETag!;
        Assert.That(first.Headers.CacheControl!.Public, Is.True);

        var same = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog?q={token}");
        same.Headers.IfNoneMatch.Add(etag);
        var notModified = await Anonymous.SendAsync(same);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        await CreateProduct(Officer, id, FoodProduct($"{token} Baru"));
        var changed = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog?q={token}");
        changed.Headers.IfNoneMatch.Add(etag);
        var fresh = await Anonymous.SendAsync(changed);
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fresh.Headers.ETag, Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task CatalogProduct_ListedIsVisible_UnlistedIs404_With304OnETag()
    {
        var token = Token();
        var (_, productId) = await ListedProduct(token);
        var (_, unlisted) = await ReadyBusiness(Officer);

        var response = await Anonymous.GetAsync($"/api/v1/catalog/{productId}");
        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("name").GetString(), Is.EqualTo($"{token} Kopi"));
        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/catalog/{productId}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.That((await Anonymous.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));

        await Expect(await Anonymous.GetAsync($"/api/v1/catalog/{unlisted}"), HttpStatusCode.NotFound);
        await Expect(await Anonymous.GetAsync("/api/v1/catalog/abc"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Catalog_InactiveListedBusiness_IsHidden()
    {
        var token = Token();
        var (id, productId) = await ListedProduct(token);

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", await BusinessETag(Officer, id))), HttpStatusCode.OK);

        await Expect(await Anonymous.GetAsync($"/api/v1/catalog/{productId}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Catalog_AlsoWorksWithStaffToken()
    {
        var token = Token();
        await ListedProduct(token);
        var page = await Expect(await Viewer.GetAsync($"/api/v1/catalog?q={token}"), HttpStatusCode.OK);
        Assert.That(Names(page), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Catalog_WorksWithCatalogReadApiKey_WhichCannotReadTheRegistry()
    {
        var token = Token();
        await ListedProduct(token);
        var (key, prefix, hash) = MedanUmkm.Api.Infrastructure.Auth.ApiKeyFormat.Generate();
        var adminId = await Factory.ScalarAsync<int>("SELECT MIN(Id) FROM Users WHERE Role = 'admin'");
        await Factory.ScalarAsync<int>("""
            INSERT INTO ApiKeys (Name, Prefix, KeyHash, Scopes, CreatedByUserId, CreatedAt, Version)
            VALUES ('Portal LPSE', @Prefix, @Hash, 'catalog:read', @AdminId, @Now, 1); SELECT 1
            """, new { Prefix = prefix, Hash = hash, AdminId = adminId, Now });
        var client = Factory.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.That(Names(await Expect(await client.GetAsync($"/api/v1/catalog?q={token}"), HttpStatusCode.OK)), Has.Length.EqualTo(1));
        await Expect(await client.GetAsync("/api/v1/products"), HttpStatusCode.Forbidden);
    }

    [TestCase("category=electronics", "category")]
    [TestCase("halal=ya", "halal")]
    [TestCase("minPriceIdr=500&maxPriceIdr=100", "maxPriceIdr")]
    [TestCase("pageSize=0", "pageSize")]
    public async Task Catalog_InvalidFilter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Anonymous.GetAsync("/api/v1/catalog?" + query), field);
    }

    [Test]
    public async Task Officer_CanTakeBusinessFromBlockedToCatalog()
    {
        // The "done when": see what blocks, fix it, submit, list, and the catalog shows it.
        var token = Token();
        var (registered, _) = await TestData.RegisterBusiness(Officer, TestData.Business(name: $"Usaha {token}"));
        var id = registered.GetProperty("id").GetString()!;
        await Walk(Officer, id, "preparing");
        var blocked = await Readiness(Officer, id);
        Assert.That(Missing(blocked), Is.EquivalentTo(new[] { "kswp", "product" }));

        var (product, _) = await CreateProduct(Officer, id, FoodProduct($"{token} Bolu Meranti"));
        await UploadPhoto(Officer, product.GetProperty("id").GetString()!);
        await RecordKswp(Officer, id);
        Assert.That(Missing(await Readiness(Officer, id)), Is.Empty);
        await Walk(Officer, id, "submitted", "listed");

        Assert.That(Names(await Catalog($"q={token}")), Is.EqualTo(new[] { $"{token} Bolu Meranti" }));
    }
}
