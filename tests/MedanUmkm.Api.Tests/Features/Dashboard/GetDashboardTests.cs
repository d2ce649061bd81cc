using System.Net;
using System.Text.Json;
using Dapper;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Dashboard;
using MedanUmkm.Api.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;
using MedanUmkm.Api.Tests.Features.ExportCases;
using MedanUmkm.Api.Tests.Features.Training;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Dashboard;

public sealed class GetDashboardTests : ExportCaseTest
{
    private static int Funnel(JsonElement dashboard, string status) =>
        dashboard.GetProperty("funnel").EnumerateArray().Single(s => s.GetProperty("status").GetString() == status).GetProperty("count").GetInt32();

    private static int Kecamatan(JsonElement dashboard, string code, string field) =>
        dashboard.GetProperty("byKecamatan").EnumerateArray().Single(k => k.GetProperty("code").GetString() == code).GetProperty(field).GetInt32();

    [Test]
    public async Task Dashboard_CountsWhatWasRegistered_AndFollowsADeactivation()
    {
        var before = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var body = TestData.Business();
        body["kecamatanCode"] = "12.71.08";
        body["annualRevenueIdr"] = 3_000_000_000L;
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);

        var after = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        Assert.That(after.GetProperty("fosteredBusinesses").GetInt32(), Is.EqualTo(before.GetProperty("fosteredBusinesses").GetInt32() + 1));
        Assert.That(Funnel(after, "not_started"), Is.EqualTo(Funnel(before, "not_started") + 1));
        Assert.That(Kecamatan(after, "12.71.08", "businesses"), Is.EqualTo(Kecamatan(before, "12.71.08", "businesses") + 1));
        var small = after.GetProperty("byScale").EnumerateArray().Single(s => s.GetProperty("scale").GetString() == "small").GetProperty("count").GetInt32();
        Assert.That(small, Is.GreaterThanOrEqualTo(1));

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{created.GetProperty("id")}/deactivate", etag)), HttpStatusCode.OK);
        var deactivated = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        Assert.That(deactivated.GetProperty("fosteredBusinesses").GetInt32(), Is.EqualTo(before.GetProperty("fosteredBusinesses").GetInt32()));
        Assert.That(deactivated.GetProperty("inactiveBusinesses").GetInt32(), Is.EqualTo(before.GetProperty("inactiveBusinesses").GetInt32() + 1));
    }

    [Test]
    public async Task Dashboard_IsServedAgainUntilThisProcessWrites_ThenComputedAfresh()
    {
        var (business, _) = await TestData.RegisterBusiness(Officer);
        var baseline = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);

        // Another process (a tool on the database, a second API instance) deactivates it: not seen while cached.
        await using (var connection = await Factory.Services.GetRequiredService<ConnectionFactory>().OpenAsync())
            await connection.ExecuteAsync("UPDATE Businesses SET Status = 'inactive' WHERE Id = @Id",
                new { Id = int.Parse(business.GetProperty("id").GetString()!) });
        var cached = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        Assert.That(cached.GetProperty("fosteredBusinesses").GetInt32(), Is.EqualTo(baseline.GetProperty("fosteredBusinesses").GetInt32()));

        // Any write through this process: the next dashboard is computed again and sees both.
        await TestData.RegisterBusiness(Officer);
        var fresh = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        Assert.That(fresh.GetProperty("fosteredBusinesses").GetInt32(), Is.EqualTo(baseline.GetProperty("fosteredBusinesses").GetInt32()));
        Assert.That(fresh.GetProperty("inactiveBusinesses").GetInt32(), Is.EqualTo(baseline.GetProperty("inactiveBusinesses").GetInt32() + 1));
    }

    [Test]
    public void DashboardCache_MissesOnAnotherVersion_WhenTooOld_AndPerKecamatan()
    {
        var cache = new DashboardCache();
        var at = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        var response = new GetDashboard.Response(null, 1, 0, new GetDashboard.Coverage(0, 1825, 0, 25, 456, 0), [], [], [],
            new GetDashboard.ReadinessSummary(0, 0, null, []), new GetDashboard.TrainingSummary("2026-Q4", 0, 0, 0, 0, null),
            new GetDashboard.ExportCaseSummary(0, 0, []), []);
        cache.Set(null, 7, at, response);

        Assert.That(cache.TryGet(null, 7, at.AddSeconds(29), TimeSpan.FromSeconds(30)), Is.SameAs(response));
        Assert.That(cache.TryGet(null, 8, at.AddSeconds(1), TimeSpan.FromSeconds(30)), Is.Null, "something was written since");
        Assert.That(cache.TryGet(null, 7, at.AddSeconds(30), TimeSpan.FromSeconds(30)), Is.Null, "too old");
        Assert.That(cache.TryGet("12.71.01", 7, at, TimeSpan.FromSeconds(30)), Is.Null, "another filter");
        Assert.That(cache.TryGet(null, 7, at, TimeSpan.Zero), Is.Null, "turned off");
    }

    [Test]
    public async Task Dashboard_ForOneKecamatan_CountsOnlyThatKecamatan()
    {
        var body = TestData.Business();
        body["kecamatanCode"] = "12.71.16";
        await TestData.RegisterBusiness(Officer, body);
        var all = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);

        var polonia = await Expect(await Viewer.GetAsync("/api/v1/dashboard?kecamatan=12.71.16"), HttpStatusCode.OK);

        Assert.That(polonia.GetProperty("kecamatan").GetString(), Is.EqualTo("12.71.16"));
        Assert.That(polonia.GetProperty("byKecamatan").GetArrayLength(), Is.EqualTo(1));
        Assert.That(polonia.GetProperty("fosteredBusinesses").GetInt32(), Is.EqualTo(Kecamatan(all, "12.71.16", "businesses")));
        // Coverage of one kecamatan is against its own fostered businesses, not the city's 1,825.
        Assert.That(polonia.GetProperty("coverage").GetProperty("target").GetInt32(), Is.EqualTo(polonia.GetProperty("fosteredBusinesses").GetInt32()));
        Assert.That(all.GetProperty("byKecamatan").GetArrayLength(), Is.EqualTo(21));
    }

    [Test]
    public async Task Dashboard_CoverageIsAgainstThe1825Target()
    {
        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var coverage = dashboard.GetProperty("coverage");
        Assert.That(coverage.GetProperty("target").GetInt32(), Is.EqualTo(1825));
        Assert.That(coverage.GetProperty("sharePercent").GetDouble(),
            Is.EqualTo(Math.Round(100.0 * coverage.GetProperty("listed").GetInt32() / 1825, 1)));
        // This year's part of it: the configured target line (25 %) of 1,825.
        Assert.That(coverage.GetProperty("yearTarget").GetInt32(), Is.EqualTo(456));
        Assert.That(coverage.GetProperty("yearTargetSharePercent").GetDouble(),
            Is.EqualTo(Math.Round(100.0 * coverage.GetProperty("listed").GetInt32() / 456, 1)));
    }

    [Test]
    public void Coverage_StatesTheShareOfTheWholeTargetAndOfThisYearsTarget()
    {
        // Issue #18: "Tayang di e-katalog: 200" is 11 % of 1,825 and 44 % of this year's 456.
        var coverage = GetDashboard.Handler.CoverageOf(200, 1825, 25);

        Assert.That(coverage.SharePercent, Is.EqualTo(11.0));
        Assert.That(coverage.YearTarget, Is.EqualTo(456));
        Assert.That(coverage.YearTargetSharePercent, Is.EqualTo(43.9));
        Assert.That(GetDashboard.Handler.CoverageOf(0, 0, 25).YearTargetSharePercent, Is.EqualTo(0), "no target, no division by zero");
    }

    private static int Missing(JsonElement dashboard, string code) =>
        dashboard.GetProperty("readiness").GetProperty("missingByRequirement").EnumerateArray()
            .Single(m => m.GetProperty("code").GetString() == code).GetProperty("count").GetInt32();

    private static int Stage(JsonElement dashboard, string stage) =>
        dashboard.GetProperty("exportCases").GetProperty("byStage").EnumerateArray()
            .Single(m => m.GetProperty("stage").GetString() == stage).GetProperty("count").GetInt32();

    [Test]
    public async Task Dashboard_FollowsReadinessTrainingAndExportCases()
    {
        // A new export case starts at intake (it registers a business of its own).
        var start = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        await OpenCase();
        var before = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var cases = before.GetProperty("exportCases");
        Assert.That(cases.GetProperty("open").GetInt32(), Is.EqualTo(start.GetProperty("exportCases").GetProperty("open").GetInt32() + 1));
        Assert.That(Stage(before, "intake"), Is.EqualTo(Stage(start, "intake") + 1));

        // A new business has no product yet: one more not-listed business missing "product".
        var (business, _) = await TestData.RegisterBusiness(Officer);
        // A session this (WIB) quarter, opened, with one confirmed seat: in half an hour, or half an hour
        // ago when that would be next quarter already (at 31 December 23:45 WIB, say).
        var now = Now;
        var startsAt = OfficeTime.QuarterOf(now.AddMinutes(30)) == OfficeTime.QuarterOf(now) ? now.AddMinutes(30) : now.AddMinutes(-30);
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(startsAt: startsAt));
        await TrainingTestData.Registered(Officer, sessionId, business.GetProperty("id").GetString()!);

        var after = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);

        Assert.That(Missing(after, "product"), Is.EqualTo(Missing(before, "product") + 1));
        var readiness = after.GetProperty("readiness");
        Assert.That(readiness.GetProperty("mostCommonMissing").GetString(),
            Is.EqualTo(readiness.GetProperty("missingByRequirement")[0].GetProperty("code").GetString()));
        var training = after.GetProperty("training");
        Assert.That(training.GetProperty("quarter").GetString(), Is.EqualTo(OfficeTime.QuarterOf(Today)));
        Assert.That(training.GetProperty("sessions").GetInt32(), Is.EqualTo(before.GetProperty("training").GetProperty("sessions").GetInt32() + 1));
        Assert.That(training.GetProperty("registrations").GetInt32(), Is.EqualTo(before.GetProperty("training").GetProperty("registrations").GetInt32() + 1));
    }

    [Test]
    public async Task Dashboard_CountsACaseLongerInItsStageThanTheTargetAsOverdue()
    {
        var (opened, _) = await OpenCase();
        var before = (await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK))
            .GetProperty("exportCases").GetProperty("overdue").GetInt32();

        // Intake's target is 7 days: move the stage entry 8 days back.
        await Factory.ScalarAsync<int>("UPDATE ExportCases SET StageEnteredAt = @At WHERE Id = @Id; SELECT 1",
            new { At = Now.AddDays(-9), Id = int.Parse(Id(opened)) });

        var after = (await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK))
            .GetProperty("exportCases").GetProperty("overdue").GetInt32();
        Assert.That(after, Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Dashboard_WithUnknownKecamatan_Returns400() =>
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/dashboard?kecamatan=12.71.99"), "kecamatan");
}

public sealed class GetDashboardSqlTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void DashboardSql_ParsesAsTSql(bool byKecamatan) =>
        Assert.That(TSql.Errors(MedanUmkm.Api.Features.Dashboard.GetDashboard.Handler.Sql(byKecamatan)), Is.Empty);
}
