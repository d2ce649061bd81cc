using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

/// <summary>Products, photos, KSWP and transitions through the real API, for the e-katalog tests.</summary>
public static class EkatalogTestKit
{
    /// <summary>The office date the test run starts at (fixtures derived from ApiTest have their own clock's Today).</summary>
    public static DateOnly Today => TestClock.Today;

    public static readonly byte[] Png = DemoImages.SolidPng(4, 4, 200, 120, 40);

    /// <summary>A complete food product: price, description, halal (valid a year), PIRT.</summary>
    public static JsonObject FoodProduct(string? name = null) => new()
    {
        ["name"] = name ?? $"Keripik Ubi Balado {TestData.Next()}",
        ["category"] = "food_beverage",
        ["description"] = "Keripik ubi kayu pedas manis, kemasan 200 g.",
        ["priceIdr"] = 18000,
        ["unit"] = "pack",
        ["minimumOrder"] = 20,
        ["kbliCode"] = "10792",
        ["hsCode"] = "2005.99",
        ["tkdnPercent"] = 92.5,
        ["halalCertificateNumber"] = "ID12110000123450223",
        ["halalCertificateExpiresOn"] = Today.AddYears(1).ToString("yyyy-MM-dd"),
        ["pirtNumber"] = "2071271010123-26",
        ["isFood"] = true,
        ["isActive"] = true,
    };

    public static async Task<(JsonElement Body, string ETag)> CreateProduct(HttpClient client, string businessId, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/businesses/{businessId}/products", body ?? FoodProduct());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    public static MultipartFormDataContent PhotoForm(byte[] content, string fileName = "photo.png", string contentType = "image/png")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public static async Task<JsonElement> UploadPhoto(HttpClient client, string productId, byte[]? content = null)
    {
        var response = await client.PostAsync($"/api/v1/products/{productId}/photos", PhotoForm(content ?? Png));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task RecordKswp(HttpClient client, string businessId, string status = "valid", DateOnly? checkedOn = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/businesses/{businessId}/tax-status",
            new { status, checkedOn = (checkedOn ?? Today).ToString("yyyy-MM-dd"), reference = "KSWP-TEST" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    /// <summary>A business that meets every requirement: registered (NPWP, KBLI 10792), a complete food product with a photo, valid KSWP.</summary>
    public static async Task<(string BusinessId, string ProductId)> ReadyBusiness(HttpClient officer, JsonObject? business = null)
    {
        var (registered, _) = await TestData.RegisterBusiness(officer, business);
        var id = registered.GetProperty("id").GetString()!;
        var (product, _) = await CreateProduct(officer, id);
        var productId = product.GetProperty("id").GetString()!;
        await UploadPhoto(officer, productId);
        await RecordKswp(officer, id);
        return (id, productId);
    }

    public static async Task<string> BusinessETag(HttpClient client, string businessId)
    {
        var response = await client.GetAsync($"/api/v1/businesses/{businessId}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return response.Headers.ETag!.ToString();
    }

    public static HttpRequestMessage Transition(string businessId, string etag, string to, string? reason = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/businesses/{businessId}/ekatalog-transitions")
        {
            Content = JsonContent.Create(new { to, reason }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>Walks the business through the given statuses, each with the current ETag.</summary>
    public static async Task Walk(HttpClient officer, string businessId, params string[] statuses)
    {
        foreach (var to in statuses)
        {
            var etag = await BusinessETag(officer, businessId);
            var response = await officer.SendAsync(Transition(businessId, etag, to, to is "rejected" or "delisted" ? "alasan uji" : null));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>The checklist with English texts (the API's default is Indonesian), optionally as of a date.</summary>
    public static async Task<JsonElement> Readiness(HttpClient client, string businessId, DateOnly? asOf = null, string lang = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            $"/api/v1/businesses/{businessId}/ekatalog-readiness" + (asOf is { } d ? $"?asOf={d:yyyy-MM-dd}" : ""));
        request.Headers.TryAddWithoutValidation("Accept-Language", lang);
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Requirement(JsonElement readiness, string code) =>
        readiness.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    public static string StatusOf(JsonElement readiness, string code) => Requirement(readiness, code).GetProperty("status").GetString()!;

    public static string[] Missing(JsonElement readiness) =>
        readiness.GetProperty("missing").EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static JsonObject ToObject(JsonElement e) => JsonNode.Parse(e.GetRawText())!.AsObject();

    /// <summary>
    /// A response turned into a request body for <typeparamref name="TInput"/>: the response's other
    /// fields (id, version, status...) are dropped, since the API refuses fields it does not take.
    /// </summary>
    public static JsonObject ToInput<TInput>(JsonElement e)
    {
        var names = typeof(TInput).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
        var o = ToObject(e);
        foreach (var key in o.Select(p => p.Key).Where(k => !names.Contains(k)).ToList()) o.Remove(key);
        return o;
    }
}
