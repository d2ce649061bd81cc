using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Catalog;

/// <summary>
/// The catalog's text search reads CatalogSearch, an index of visible products only, kept in step
/// by triggers (migration 70), and sorts by CatalogNames, their names (migration 100), kept in step the same way. Every way a product enters or leaves the catalog, or changes its
/// text, must leave the index equal to what it should hold, or search would miss or leak products.
/// </summary>
public sealed class CatalogSearchIndexTests : ApiTest
{
    private async Task<string[]> Search(string text)
    {
        var page = await Expect(await Anonymous.GetAsync("/api/v1/catalog?q=" + Uri.EscapeDataString(text)), HttpStatusCode.OK);
        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(names.Length), "the total is counted from the same index");
        return names;
    }

    /// <summary>Rows of the index matching the token against the visible products whose name or description contains it.</summary>
    private async Task AssertIndexInStep(string token)
    {
        var indexed = await Factory.ScalarAsync<long>(
            "SELECT COUNT(*) FROM CatalogSearch WHERE CatalogSearch MATCH @Search", new { Search = $"\"{token}\"" });
        var visible = await Factory.ScalarAsync<long>("""
            SELECT COUNT(*) FROM Products p JOIN Businesses b ON b.Id = p.BusinessId
            WHERE p.IsActive = 1 AND b.Status = 'active' AND b.EkatalogStatus = 'listed'
              AND (p.Name LIKE @Like OR p.Description LIKE @Like)
            """, new { Like = $"%{token}%" });
        Assert.That(indexed, Is.EqualTo(visible), "CatalogSearch holds exactly the visible products");
        var named = await Factory.ScalarAsync<long>("""
            SELECT COUNT(*) FROM CatalogNames c JOIN Products p ON p.Id = c.ProductId AND p.Name = c.Name
            WHERE p.Name LIKE @Like OR p.Description LIKE @Like
            """, new { Like = $"%{token}%" });
        Assert.That(named, Is.EqualTo(visible), "CatalogNames holds exactly the visible products, with their current names");
    }

    private async Task<string> UpdateProduct(string productId, string etag, Action<JsonObject> change)
    {
        var body = FoodProduct();
        change(body);
        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/products/{productId}", etag, body));
        await Expect(response, HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    private async Task ChangeBusiness(string id, string action) =>
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/{action}", await BusinessETag(Officer, id))),
            HttpStatusCode.OK);

    [Test]
    public async Task CatalogSearch_FollowsEveryWayIntoAndOutOfTheCatalog()
    {
        var token = "Indeks" + TestData.Next();
        var (businessId, productId) = await ReadyBusiness(Officer, TestData.Business(name: $"Usaha {token}"));
        var read = await Officer.GetAsync($"/api/v1/products/{productId}");
        await Expect(read, HttpStatusCode.OK);
        var etag = await UpdateProduct(productId, read.Headers.ETag!.Tag, p => p["name"] = $"{token} Awal");

        Assert.That(await Search(token), Is.Empty, "not listed yet");
        await Walk(Officer, businessId, "preparing", "submitted", "listed");
        Assert.That(await Search(token), Is.EqualTo(new[] { $"{token} Awal" }), "listing the business brings its products in");
        await AssertIndexInStep(token);

        etag = await UpdateProduct(productId, etag, p => p["name"] = $"{token} Baru");
        Assert.That(await Search(token), Is.EqualTo(new[] { $"{token} Baru" }), "a rename replaces the indexed text");
        Assert.That(await Search($"{token} Awal"), Is.Empty);

        etag = await UpdateProduct(productId, etag, p => { p["name"] = $"{token} Baru"; p["isActive"] = false; });
        Assert.That(await Search(token), Is.Empty, "an inactive product leaves");
        etag = await UpdateProduct(productId, etag, p => p["name"] = $"{token} Baru");
        Assert.That(await Search(token), Is.EqualTo(new[] { $"{token} Baru" }), "reactivated, it comes back");

        var (second, _) = await CreateProduct(Officer, businessId, FoodProduct($"{token} Kedua"));
        Assert.That(await Search(token), Is.EquivalentTo(new[] { $"{token} Baru", $"{token} Kedua" }), "a new product of a listed business enters");
        await AssertIndexInStep(token);

        await ChangeBusiness(businessId, "deactivate");
        Assert.That(await Search(token), Is.Empty, "an inactive business takes all its products out");
        await AssertIndexInStep(token);
        await ChangeBusiness(businessId, "reactivate");
        Assert.That(await Search(token), Has.Length.EqualTo(2), "and back in when reactivated while still listed");

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/products/{second.GetProperty("id").GetString()}",
            $"\"{second.GetProperty("version").GetInt32()}\"")), HttpStatusCode.NoContent);
        Assert.That(await Search(token), Is.EqualTo(new[] { $"{token} Baru" }), "a deleted product leaves");

        await Walk(Officer, businessId, "delisted");
        Assert.That(await Search(token), Is.Empty, "delisting takes the products out");
        await AssertIndexInStep(token);
    }
}
