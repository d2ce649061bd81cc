using System.Net;
using System.Net.Http.Headers;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Products;

public sealed class ProductPhotoTests : ApiTest
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];
    private static readonly byte[] Webp = [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8 "u8, 0x0E, 0, 0, 0, 0x30, 0x01, 0, 0x9D, 0x01, 0x2A, 1, 0, 1, 0];

    private async Task<string> NewProduct()
    {
        var businessId = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        return (await CreateProduct(Officer, businessId)).Body.GetProperty("id").GetString()!;
    }

    [Test]
    public async Task Upload_Png_Returns201AndProductListsPhoto()
    {
        var productId = await NewProduct();

        var response = await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(Png));

        var photo = await Expect(response, HttpStatusCode.Created);
        Assert.That(photo.GetProperty("contentType").GetString(), Is.EqualTo("image/png"));
        Assert.That(photo.GetProperty("sizeBytes").GetInt32(), Is.EqualTo(Png.Length));
        Assert.That(photo.GetProperty("url").GetString(), Is.EqualTo($"/api/v1/products/{productId}/photos/{photo.GetProperty("id").GetString()}"));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo(photo.GetProperty("url").GetString()));
        var product = await Json(await Viewer.GetAsync($"/api/v1/products/{productId}"));
        Assert.That(product.GetProperty("photos").GetArrayLength(), Is.EqualTo(1));
        Assert.That(product.GetProperty("photos")[0].GetProperty("id").GetString(), Is.EqualTo(photo.GetProperty("id").GetString()));
    }

    [Test]
    public async Task Upload_TypeIsTakenFromContentNotFileName()
    {
        var productId = await NewProduct();

        var jpeg = await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(Jpeg, "produk.png", "image/png")), HttpStatusCode.Created);
        var webp = await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(Webp, "produk.webp", "image/webp")), HttpStatusCode.Created);

        Assert.That(jpeg.GetProperty("contentType").GetString(), Is.EqualTo("image/jpeg"));
        Assert.That(webp.GetProperty("contentType").GetString(), Is.EqualTo("image/webp"));
    }

    [Test]
    public async Task Upload_PngNameWithTextContent_Returns415AndStoresNothing()
    {
        var productId = await NewProduct();

        var response = await Officer.PostAsync($"/api/v1/products/{productId}/photos",
            PhotoForm("this is not an image, just text"u8.ToArray(), "photo.png", "image/png"));

        await Expect(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM ProductPhotos WHERE ProductId = @Id", new { Id = int.Parse(productId) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Upload_GifContent_Returns415()
    {
        var productId = await NewProduct();
        await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm("GIF89a\x01\x00\x01\x00"u8.ToArray(), "a.gif", "image/gif")),
            HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_LargerThan5MB_Returns413()
    {
        var productId = await NewProduct();
        var big = new byte[PhotoRules.MaxPhotoBytes + 1];
        Png.CopyTo(big, 0);

        await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(big)), HttpStatusCode.RequestEntityTooLarge);

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM ProductPhotos WHERE ProductId = @Id", new { Id = int.Parse(productId) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Upload_JustUnder5MB_IsAccepted()
    {
        var productId = await NewProduct();
        var big = new byte[PhotoRules.MaxPhotoBytes];
        Png.CopyTo(big, 0);

        await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(big)), HttpStatusCode.Created);
    }

    [Test]
    public async Task Upload_NotMultipart_Returns415()
    {
        var productId = await NewProduct();
        await Expect(await Officer.PostAsync($"/api/v1/products/{productId}/photos", System.Net.Http.Json.JsonContent.Create(new { file = "x" })),
            HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_WithoutFile_Returns400()
    {
        var productId = await NewProduct();
        await ExpectFieldError(await Officer.PostAsync($"/api/v1/products/{productId}/photos", new MultipartFormDataContent { { new StringContent("x"), "other" } }), "file");
    }

    [Test]
    public async Task Upload_AsViewer_Returns403()
    {
        var productId = await NewProduct();
        await Expect(await Viewer.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(Png)), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetPhoto_ReturnsBytesWithETagAndCacheControl_And304OnIfNoneMatch()
    {
        var productId = await NewProduct();
        var url = (await UploadPhoto(Officer, productId)).GetProperty("url").GetString()!;

        var first = await Viewer.GetAsync(url);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(await first.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
        Assert.That(first.Headers.CacheControl!.MaxAge, Is.Not.Null);
        var etag = first.Headers.ETag!;

        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        var second = await Viewer.SendAsync(request);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That((await second.Content.ReadAsByteArrayAsync()).Length, Is.EqualTo(0));
        Assert.That(second.Headers.ETag, Is.EqualTo(etag));
    }

    [Test]
    public async Task GetPhoto_OfAnotherProduct_Returns404()
    {
        var productId = await NewProduct();
        var other = await NewProduct();
        var photoId = (await UploadPhoto(Officer, productId)).GetProperty("id").GetString();

        await Expect(await Viewer.GetAsync($"/api/v1/products/{other}/photos/{photoId}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeletePhoto_WithProductIfMatch_RemovesIt_WithStaleOne412()
    {
        var productId = await NewProduct();
        var photo = await UploadPhoto(Officer, productId);
        var etag = (await Officer.GetAsync($"/api/v1/products/{productId}")).Headers.ETag!.ToString();
        var url = $"/api/v1/products/{productId}/photos/{photo.GetProperty("id").GetString()}";

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, "\"1\"")), HttpStatusCode.PreconditionFailed);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, null)), HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, etag)), HttpStatusCode.NoContent);

        await Expect(await Viewer.GetAsync(url), HttpStatusCode.NotFound);
        var product = await Json(await Viewer.GetAsync($"/api/v1/products/{productId}"));
        Assert.That(product.GetProperty("photos").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public void DemoPng_IsAValidPngByItsMagicBytes()
    {
        var png = DemoImages.SolidPng(16, 16, 1, 2, 3);
        Assert.That(PhotoRules.Sniff(png), Is.EqualTo("image/png"));
    }
}
