using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Products;

public sealed class CreateProductTests : ApiTest
{
    private async Task<string> NewBusiness() => (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;

    [Test]
    public async Task Create_ValidProduct_Returns201WithStoredFieldsAndLocation()
    {
        var businessId = await NewBusiness();

        var response = await Officer.PostAsJsonAsync($"/api/v1/businesses/{businessId}/products", FoodProduct("Keripik Ubi Balado"));

        var body = await Expect(response, HttpStatusCode.Created);
        var id = body.GetProperty("id").GetString();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/products/{id}"));
        Assert.That(body.GetProperty("businessId").GetString(), Is.EqualTo(businessId));
        Assert.That(body.GetProperty("name").GetString(), Is.EqualTo("Keripik Ubi Balado"));
        Assert.That(body.GetProperty("category").GetString(), Is.EqualTo("food_beverage"));
        Assert.That(body.GetProperty("priceIdr").GetInt64(), Is.EqualTo(18000));
        Assert.That(body.GetProperty("minimumOrder").GetInt32(), Is.EqualTo(20));
        Assert.That(body.GetProperty("hsCode").GetString(), Is.EqualTo("200599"), "stored as digits");
        Assert.That(body.GetProperty("tkdnPercent").GetDecimal(), Is.EqualTo(92.5m));
        Assert.That(body.GetProperty("halalCertificateExpiresOn").GetString(), Is.EqualTo(Today.AddYears(1).ToString("yyyy-MM-dd")));
        Assert.That(body.GetProperty("isFood").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("isActive").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("photos").GetArrayLength(), Is.EqualTo(0));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'product' AND EntityId = @Id AND Action = 'created'", new { Id = id }), Is.EqualTo(1));
    }

    [Test]
    public async Task Create_WithoutOptionalFields_DefaultsMinimumOrderActiveAndFoodFromCategory()
    {
        var businessId = await NewBusiness();

        var body = await Expect(await Officer.PostAsJsonAsync($"/api/v1/businesses/{businessId}/products",
            new { name = "Tas Anyaman Pandan", category = "craft", unit = "pcs" }), HttpStatusCode.Created);

        Assert.That(body.GetProperty("minimumOrder").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("isActive").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("isFood").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("priceIdr").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [TestCase("hsCode", "090")]
    [TestCase("hsCode", "090111223")]
    [TestCase("hsCode", "09A1")]
    [TestCase("kbliCode", "1079")]
    [TestCase("kbliCode", "14111")]
    [TestCase("priceIdr", 0)]
    [TestCase("priceIdr", -500)]
    [TestCase("tkdnPercent", 100.5)]
    [TestCase("minimumOrder", 0)]
    [TestCase("category", "electronics")]
    [TestCase("name", "")]
    [TestCase("unit", "")]
    public async Task Create_WithInvalidField_Returns400NamingIt(string field, object value)
    {
        var businessId = await NewBusiness();
        var body = FoodProduct();
        body[field] = System.Text.Json.Nodes.JsonValue.Create(value);

        var response = await Officer.PostAsJsonAsync($"/api/v1/businesses/{businessId}/products", body);

        if (field == "category") await Expect(response, HttpStatusCode.BadRequest); // not a category: the body does not bind
        else await ExpectFieldError(response, field);
    }

    [TestCase("0901")]
    [TestCase("0901.11")]
    [TestCase("09011190")]
    public async Task Create_WithHsCodeOf4To8Digits_IsAccepted(string hs)
    {
        var body = FoodProduct();
        body["hsCode"] = hs;
        var created = await Expect(await Officer.PostAsJsonAsync($"/api/v1/businesses/{await NewBusiness()}/products", body), HttpStatusCode.Created);
        Assert.That(created.GetProperty("hsCode").GetString(), Is.EqualTo(hs.Replace(".", "")));
    }

    [Test]
    public async Task Create_HalalNumberWithoutExpiry_IsAccepted()
    {
        // Issue #16 (old rule was wrong): since UU 6/2023 art. 42 a halal certificate has no expiry date.
        var body = FoodProduct();
        body.Remove("halalCertificateExpiresOn");
        var created = await Expect(await Officer.PostAsJsonAsync($"/api/v1/businesses/{await NewBusiness()}/products", body), HttpStatusCode.Created);
        Assert.That(created.GetProperty("halalCertificateExpiresOn").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(created.GetProperty("halalScheme").GetString(), Is.EqualTo("reguler"));
    }

    [Test]
    public async Task Create_NonHalalWithHalalCertificate_Returns400()
    {
        var body = FoodProduct();
        body["isNonHalal"] = true;
        await ExpectFieldError(await Officer.PostAsJsonAsync($"/api/v1/businesses/{await NewBusiness()}/products", body), "isNonHalal");
    }

    [Test]
    public async Task Create_FoodCategoryWithoutIsFood_IsFood_CraftIsNot()
    {
        var body = FoodProduct();
        body.Remove("isFood");
        var food = await Expect(await Officer.PostAsJsonAsync($"/api/v1/businesses/{await NewBusiness()}/products", body), HttpStatusCode.Created);
        Assert.That(food.GetProperty("isFood").GetBoolean(), Is.True);
        Assert.That(food.GetProperty("isFoodOverride").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Create_ForUnknownBusiness_Returns404()
    {
        await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses/999999/products", FoodProduct()), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Create_AsViewer_Returns403()
    {
        await Expect(await Viewer.PostAsJsonAsync($"/api/v1/businesses/{await NewBusiness()}/products", FoodProduct()), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Read_AsViewer_ReturnsProductWithETag()
    {
        var (product, etag) = await CreateProduct(Officer, await NewBusiness());

        var response = await Viewer.GetAsync($"/api/v1/products/{product.GetProperty("id").GetString()}");

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
        Assert.That(body.GetProperty("name").GetString(), Is.EqualTo(product.GetProperty("name").GetString()));
    }

    [Test]
    public async Task Read_WithoutCredentials_Returns401()
    {
        var (product, _) = await CreateProduct(Officer, await NewBusiness());
        await Expect(await Anonymous.GetAsync($"/api/v1/products/{product.GetProperty("id").GetString()}"), HttpStatusCode.Unauthorized);
    }

    [TestCase("abc")]
    [TestCase("999999")]
    public async Task Read_UnknownId_Returns404(string id)
    {
        await Expect(await Viewer.GetAsync($"/api/v1/products/{id}"), HttpStatusCode.NotFound);
    }
}
