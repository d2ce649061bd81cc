using System.Net;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Products;

public sealed class ProductsDemoSeederTests : ApiTest
{
    private readonly List<int> _ids = [];
    private readonly List<int> _listed = [];

    [OneTimeSetUp]
    public async Task Seed()
    {
        for (var i = 0; i < 60; i++)
        {
            var body = TestData.Business(name: $"Demo Usaha {i}");
            if (i % 3 == 1) body["kbli"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["code"] = "14111", ["version"] = "2020" });
            var (registered, _) = await TestData.RegisterBusiness(Admin, body);
            _ids.Add(int.Parse(registered.GetProperty("id").GetString()!));
        }
        _listed.AddRange(_ids.Where((_, i) => i % 2 == 0));
        await Factory.ScalarAsync<int>("UPDATE Businesses SET EkatalogStatus = 'listed' WHERE Id IN @Ids; SELECT 1", new { Ids = _listed });

        var officer = await Factory.CreateUserAsync("demo.officer@test.medanumkm.go.id", "officer");
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var context = new DemoContext(Now);
        context.BusinessIds.AddRange(_ids);
        context.UserIds["officer"] = officer;
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<ProductsDemoSeeder>().Single();
        Assert.That(seeder.Order, Is.EqualTo(20));
        await db.BeginAsync(CancellationToken.None);
        await seeder.SeedAsync(db, context, CancellationToken.None);
        await db.CommitAsync(CancellationToken.None);
    }

    [Test]
    public async Task Seeder_GivesProductsToBusinesses_OneToFourEach()
    {
        var withProducts = await Factory.ScalarAsync<int>("SELECT COUNT(DISTINCT BusinessId) FROM Products WHERE BusinessId IN @Ids", new { Ids = _ids });
        var most = await Factory.ScalarAsync<int>(
            "SELECT COALESCE(MAX(c), 0) FROM (SELECT COUNT(*) AS c FROM Products WHERE BusinessId IN @Ids GROUP BY BusinessId) x", new { Ids = _ids });
        Assert.That(withProducts, Is.GreaterThan(_ids.Count / 2));
        Assert.That(most, Is.InRange(1, 4));
    }

    [Test]
    public async Task Seeder_MostListedBusinessesAreReady_ManyOthersAlmostReady()
    {
        var listedReady = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM BusinessReadiness WHERE IsReady = 1 AND BusinessId IN @Ids", new { Ids = _listed });
        var others = _ids.Except(_listed).ToList();
        var almost = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM BusinessReadiness WHERE MissingCount = 1 AND BusinessId IN @Ids", new { Ids = others });
        var far = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM BusinessReadiness WHERE MissingCount >= 2 AND BusinessId IN @Ids", new { Ids = others });

        Assert.That(listedReady, Is.GreaterThanOrEqualTo(_listed.Count * 8 / 10), "most listed businesses are fully ready");
        Assert.That(almost, Is.GreaterThan(0), "some are one item short");
        Assert.That(far, Is.GreaterThan(0), "some are far off");
    }

    [Test]
    public async Task Seeder_ListedBusinessesHaveHistoryEndingInListed_AndAppearInCatalog()
    {
        var lastSteps = await Factory.ScalarAsync<int>("""
            SELECT COUNT(*) FROM EkatalogTransitions t
            WHERE t.BusinessId IN @Ids AND t.ToStatus = 'listed'
              AND t.Id = (SELECT MAX(Id) FROM EkatalogTransitions x WHERE x.BusinessId = t.BusinessId)
            """, new { Ids = _listed });
        Assert.That(lastSteps, Is.EqualTo(_listed.Count));

        var page = await Expect(await Anonymous.GetAsync("/api/v1/catalog?pageSize=100"), HttpStatusCode.OK);
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.GreaterThan(0));
        var photoUrl = page.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("photos").EnumerateArray())
            .First().GetProperty("url").GetString()!;
        var photo = await Anonymous.GetAsync(photoUrl);
        Assert.That(photo.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(PhotoRules.Sniff(await photo.Content.ReadAsByteArrayAsync()), Is.EqualTo("image/png"));
    }

    [Test]
    public async Task Seeder_RecordsKswpChecksByTheOfficer()
    {
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TaxStatusChecks WHERE BusinessId IN @Ids", new { Ids = _ids }), Is.GreaterThan(_listed.Count / 2));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TaxStatusChecks WHERE BusinessId IN @Ids AND RecordedByName <> 'officer user'", new { Ids = _ids }), Is.EqualTo(0));
    }
}
