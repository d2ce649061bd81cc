using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

public sealed class ListBusinessesTests : ApiTest
{
    private string _tag = "";

    [OneTimeSetUp]
    public async Task SeedBusinesses()
    {
        // A unique word in every name so that this fixture's rows can be told apart.
        _tag = "Zq" + TestData.Next();
        var specs = new (string Name, string Kecamatan, string Sector, long Revenue)[]
        {
            ($"Kopi {_tag} Sidikalang", "12.71.01", "food_beverage", 500_000_000),
            ($"Ulos {_tag} Toba", "12.71.01", "fashion", 3_000_000_000),
            ($"Keripik {_tag} Pedas", "12.71.02", "food_beverage", 800_000_000),
            ($"Anyaman {_tag} Rotan", "12.71.03", "craft", 20_000_000_000),
            ($"Bika {_tag} Ambon", "12.71.01", "food_beverage", 1_500_000_000),
        };
        foreach (var s in specs)
        {
            var body = TestData.Business(name: s.Name);
            body["kecamatanCode"] = s.Kecamatan;
            body["sector"] = s.Sector;
            body["annualRevenueIdr"] = s.Revenue;
            await TestData.RegisterBusiness(Officer, body);
        }
    }

    private async Task<JsonElement> List(string query) =>
        await Expect(await Viewer.GetAsync($"/api/v1/businesses?{query}"), HttpStatusCode.OK);

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    [Test]
    public async Task List_FreeTextMatchesSubstringsOfName()
    {
        var page = await List($"q={_tag}&sort=name");
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(5));
        Assert.That(Names(page), Is.Ordered);
    }

    [Test]
    public async Task List_FreeTextMatchesOwnerAndNib()
    {
        var owner = "Manullang" + TestData.Next();
        var body = TestData.Business(name: "Warung Theresia");
        body["ownerName"] = "Theresia " + owner;
        var (created, _) = await TestData.RegisterBusiness(Officer, body);

        var byOwner = await List($"q={owner}");
        Assert.That(Names(byOwner), Is.EqualTo(new[] { "Warung Theresia" }));

        var nib = created.GetProperty("nib").GetString()!;
        var byNib = await List($"q={nib[^7..]}");
        Assert.That(byNib.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("nib").GetString()), Does.Contain(nib));
    }

    [Test]
    public async Task List_CombinesTextWithFilters()
    {
        var page = await List($"q={_tag}&kecamatan=12.71.01&sector=food_beverage&sort=name");
        Assert.That(Names(page), Is.EqualTo(new[] { $"Bika {_tag} Ambon", $"Kopi {_tag} Sidikalang" }));
    }

    [Test]
    public async Task List_FiltersByScaleDerivedFromRevenue()
    {
        Assert.That(Names(await List($"q={_tag}&scale=small")), Is.EqualTo(new[] { $"Ulos {_tag} Toba" }));
        Assert.That(Names(await List($"q={_tag}&scale=medium")), Is.EqualTo(new[] { $"Anyaman {_tag} Rotan" }));
    }

    [Test]
    public async Task List_FiltersByStatusAndEkatalogStatus()
    {
        Assert.That((await List($"q={_tag}&status=active&ekatalogStatus=not_started")).GetProperty("totalCount").GetInt32(), Is.EqualTo(5));
        Assert.That((await List($"q={_tag}&ekatalogStatus=listed")).GetProperty("totalCount").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task List_PagesAndSortsDescending()
    {
        var first = await List($"q={_tag}&sort=-name&page=1&pageSize=2");
        var second = await List($"q={_tag}&sort=-name&page=2&pageSize=2");
        var third = await List($"q={_tag}&sort=-name&page=3&pageSize=2");

        Assert.That(first.GetProperty("page").GetInt32(), Is.EqualTo(1));
        Assert.That(first.GetProperty("pageSize").GetInt32(), Is.EqualTo(2));
        Assert.That(first.GetProperty("totalCount").GetInt32(), Is.EqualTo(5));
        var all = Names(first).Concat(Names(second)).Concat(Names(third)).ToArray();
        Assert.That(all, Has.Length.EqualTo(5));
        Assert.That(all, Is.Ordered.Descending);
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("sort=password", "sort")]
    [TestCase("scale=large", "scale")]
    [TestCase("status=deleted", "status")]
    [TestCase("ekatalogStatus=maybe", "ekatalogStatus")]
    [TestCase("kecamatan=99.99.99", "kecamatan")]
    public async Task List_WithInvalidParameter_Returns400NamingIt(string query, string field) =>
        await ExpectFieldError(await Viewer.GetAsync($"/api/v1/businesses?{query}"), field);

    [Test]
    public async Task List_WithNonNumericPage_Returns400ProblemDetails() =>
        await Expect(await Viewer.GetAsync("/api/v1/businesses?page=abc"), HttpStatusCode.BadRequest);

    [Test]
    public async Task List_WithSearchSyntaxCharacters_DoesNotFail()
    {
        foreach (var q in new[] { "\"", "kopi\" OR \"", "a*", "NEAR(x y)", "'; --", "%_%" })
            await Expect(await Viewer.GetAsync($"/api/v1/businesses?q={Uri.EscapeDataString(q)}"), HttpStatusCode.OK);
    }

    [Test]
    public async Task List_AsViewer_MasksNik()
    {
        var page = await List($"q={_tag}");
        Assert.That(page.GetProperty("items")[0].GetProperty("ownerNik").GetString(), Does.Contain("**********"));
    }
}
