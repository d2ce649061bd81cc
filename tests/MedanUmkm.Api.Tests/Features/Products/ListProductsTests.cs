using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Products;

public sealed class ListProductsTests : ApiTest
{
    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    [Test]
    public async Task Search_AcrossBusinesses_ByTextCategoryPriceAndBusiness()
    {
        var token = "Cari" + TestData.Next();
        var a = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        var bBody = TestData.Business();
        bBody["kecamatanCode"] = "12.71.05";
        var b = (await TestData.RegisterBusiness(Officer, bBody)).Body.GetProperty("id").GetString()!;
        await CreateProduct(Officer, a, FoodProduct($"{token} Kopi Bubuk"));
        await CreateProduct(Officer, b, FoodProduct($"{token} Kopi Biji"));
        await CreateProduct(Officer, b, new JsonObject { ["name"] = $"{token} Ulos", ["category"] = "fashion", ["unit"] = "lembar", ["priceIdr"] = 750000, ["isActive"] = false });

        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token}&sort=name"))),
            Is.EqualTo(new[] { $"{token} Kopi Biji", $"{token} Kopi Bubuk", $"{token} Ulos" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token} bubuk"))), Is.EqualTo(new[] { $"{token} Kopi Bubuk" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token}&category=fashion"))), Is.EqualTo(new[] { $"{token} Ulos" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token}&minPriceIdr=100000"))), Is.EqualTo(new[] { $"{token} Ulos" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token}&isActive=false"))), Is.EqualTo(new[] { $"{token} Ulos" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?q={token}&kecamatan=12.71.05&isActive=true"))), Is.EqualTo(new[] { $"{token} Kopi Biji" }));
        Assert.That(Names(await Json(await Viewer.GetAsync($"/api/v1/products?businessId={a}"))), Is.EqualTo(new[] { $"{token} Kopi Bubuk" }));
        var nested = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{b}/products?sort=-priceIdr"), HttpStatusCode.OK);
        Assert.That(Names(nested), Is.EqualTo(new[] { $"{token} Ulos", $"{token} Kopi Biji" }));
        Assert.That(nested.GetProperty("items")[0].GetProperty("businessName").GetString(), Is.EqualTo(bBody["name"]!.GetValue<string>()));
    }

    [Test]
    public async Task List_ProductsWithWholeAndFractionalTkdn_ReadsBoth()
    {
        // SQLite keeps 85 as an integer and 92.5 as a real in the same column; both must read back.
        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        var whole = FoodProduct("A Tkdn Bulat");
        whole["tkdnPercent"] = 85;
        await CreateProduct(Officer, id, whole);
        await CreateProduct(Officer, id, FoodProduct("B Tkdn Pecahan"));

        var page = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{id}/products?sort=name"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("tkdnPercent").GetDecimal()), Is.EqualTo(new[] { 85m, 92.5m }));
    }

    [Test]
    public async Task Categories_ListEachWithItsKbliPrefixes()
    {
        var categories = await Expect(await Viewer.GetAsync("/api/v1/products/categories"), HttpStatusCode.OK);

        var map = categories.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!,
            c => c.GetProperty("kbliPrefixes").EnumerateArray().Select(p => p.GetString()).ToArray());
        Assert.That(map.Keys, Is.EquivalentTo(new[] { "food_beverage", "fashion", "craft", "furniture", "agriculture_produce", "cosmetics", "other" }));
        Assert.That(map["food_beverage"], Is.EqualTo(new[] { "10", "11", "56" })); // issue #16: catering (56) lists food too
        Assert.That(map["furniture"], Is.EqualTo(new[] { "31" }));
        Assert.That(map["other"], Is.Empty);
    }

    [Test]
    public async Task List_OfUnknownBusiness_Returns404()
    {
        await Expect(await Viewer.GetAsync("/api/v1/businesses/999999/products"), HttpStatusCode.NotFound);
    }

    [TestCase("category=toys", "category")]
    [TestCase("isActive=yes", "isActive")]
    [TestCase("sort=kbli", "sort")]
    [TestCase("pageSize=500", "pageSize")]
    public async Task Search_InvalidFilter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/products?" + query), field);
    }

    [Test]
    public async Task Search_WithoutCredentials_Returns401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/products"), HttpStatusCode.Unauthorized);
    }
}
