using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Products;

public sealed class UpdateProductTests : ApiTest
{
    private async Task<(string Id, string ETag, System.Text.Json.Nodes.JsonObject Body)> NewProduct()
    {
        var businessId = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        var (product, etag) = await CreateProduct(Officer, businessId);
        return (product.GetProperty("id").GetString()!, etag, ToInput<MedanUmkm.Api.Features.Products.ProductInput>(product));
    }

    [Test]
    public async Task Update_WithCurrentIfMatch_ReplacesFieldsAndMovesVersion()
    {
        var (id, etag, body) = await NewProduct();
        body["priceIdr"] = 21000;
        body["isActive"] = false;

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{id}", etag, body));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("priceIdr").GetInt64(), Is.EqualTo(21000));
        Assert.That(updated.GetProperty("isActive").GetBoolean(), Is.False);
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var (id, _, body) = await NewProduct();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{id}", null, body)), HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Update_WithStaleIfMatch_Returns412AndKeepsStoredValues()
    {
        var (id, etag, body) = await NewProduct();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{id}", etag, body)), HttpStatusCode.OK);
        body["priceIdr"] = 1;

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{id}", etag, body)), HttpStatusCode.PreconditionFailed);

        Assert.That(await Factory.ScalarAsync<long>("SELECT PriceIdr FROM Products WHERE Id = @Id", new { Id = int.Parse(id) }), Is.EqualTo(18000));
    }

    [Test]
    public async Task Delete_WithIfMatch_RemovesProductAndPhotos()
    {
        var (id, _, _) = await NewProduct();
        await UploadPhoto(Officer, id);
        var etag = (await Officer.GetAsync($"/api/v1/products/{id}")).Headers.ETag!.ToString();

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/products/{id}", etag)), HttpStatusCode.NoContent);

        await Expect(await Officer.GetAsync($"/api/v1/products/{id}"), HttpStatusCode.NotFound);
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM ProductPhotos WHERE ProductId = @Id", new { Id = int.Parse(id) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Delete_WithoutIfMatch_Returns428()
    {
        var (id, _, _) = await NewProduct();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/products/{id}", null)), HttpStatusCode.PreconditionRequired);
    }
}
