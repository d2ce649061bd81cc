using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class ExportCasesDemoSeederTests : ExportCaseTest
{
    private List<JsonElement> _cases = [];

    [OneTimeSetUp]
    public async Task Seed()
    {
        for (var i = 0; i < 45; i++)
            await TestData.RegisterBusiness(Officer, TestData.Business(name: i % 3 == 0 ? $"Kopi Sidikalang {i}" : null));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<ExportCasesDemoSeeder>().Single();
        await db.BeginAsync(CancellationToken.None);
        await seeder.SeedAsync(db, new DemoContext(Now), CancellationToken.None);
        await db.CommitAsync(CancellationToken.None);
        var page = await Expect(await Viewer.GetAsync($"{Cases}?pageSize=100"), HttpStatusCode.OK);
        _cases = page.GetProperty("items").EnumerateArray().ToList();
    }

    [Test]
    public void Seed_MakesFortyCasesCoffeeMostWithSomeOverdueAndSomeEnded()
    {
        Assert.That(_cases, Has.Count.EqualTo(40));
        var byCommodity = _cases.GroupBy(c => c.GetProperty("commodity").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.That(byCommodity["coffee"], Is.GreaterThan(byCommodity.Where(kv => kv.Key != "coffee").Max(kv => kv.Value)));
        Assert.That(byCommodity.Keys, Is.SupersetOf(new[] { "coffee", "rubber", "palm_oil", "palm_oil_derivative" }));
        Assert.That(_cases.Count(c => c.GetProperty("isOverdue").GetBoolean()), Is.InRange(3, 10));
        var stages = _cases.Select(c => c.GetProperty("stage").GetString()).ToList();
        Assert.That(stages, Does.Contain("closed").And.Contain("rejected").And.Contain("withdrawn").And.Contain("shipped"));
        Assert.That(stages.Distinct().Count(), Is.GreaterThanOrEqualTo(10));
    }

    [Test]
    public async Task Seed_OpenCasesHaveEveryDocumentOfThePassedStagesVerifiedAndATimelineEndingInTheirStage()
    {
        var order = new[] { "intake", "legal_check", "commodity_licence", "buyer_contract", "certification", "customs", "certificate_of_origin", "shipped", "post_export", "closed" };
        foreach (var c in _cases.Where(c => c.GetProperty("outcome").ValueKind == JsonValueKind.Null))
        {
            var stage = Array.IndexOf(order, c.GetProperty("stage").GetString());
            var docs = await Documents(Id(c));
            foreach (var d in docs.EnumerateArray().Where(d => Array.IndexOf(order, d.GetProperty("stage").GetString()) < stage))
            {
                Assert.That(d.GetProperty("status").GetString(), Is.EqualTo("verified"), $"case {Id(c)} {d.GetProperty("type")}");
                Assert.That(d.GetProperty("isExpired").GetBoolean(), Is.False, $"case {Id(c)} {d.GetProperty("type")}");
            }
            var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(c)}/timeline"), HttpStatusCode.OK);
            var lastMove = timeline.EnumerateArray().Last(t => t.GetProperty("kind").GetString() is "opened" or "stage_changed");
            Assert.That(lastMove.GetProperty("toStage").GetString(), Is.EqualTo(c.GetProperty("stage").GetString()));
            Assert.That(lastMove.GetProperty("occurredAt").GetDateTimeOffset(), Is.EqualTo(c.GetProperty("stageEnteredAt").GetDateTimeOffset()));
        }
    }

    [Test]
    public async Task Seed_SomeCasesHaveDocumentsExpiringWithin30Days()
    {
        var page = await Expect(await Viewer.GetAsync($"{Cases}?expiringWithinDays=30"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task Seed_ReportsShowShipmentsAndMedians()
    {
        var shipped = await Expect(await Viewer.GetAsync("/api/v1/export-reports/shipped-per-quarter"), HttpStatusCode.OK);
        var durations = await Expect(await Viewer.GetAsync("/api/v1/export-reports/stage-durations"), HttpStatusCode.OK);

        Assert.That(shipped.EnumerateArray().Sum(q => q.GetProperty("casesShipped").GetInt32()), Is.EqualTo(11));
        Assert.That(durations.EnumerateArray().First().GetProperty("medianDays").GetDouble(), Is.GreaterThan(0));
    }
}
