using System.Net;
using MedanUmkm.Api.Tests.Features.ExportCases;
using MedanUmkm.Api.Tests.Features.Training;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Clock;

/// <summary>
/// 31 December 17:00 UTC is 1 January 00:00 WIB: "this quarter" and "this year" of the dashboard, the
/// training reports and the yearly reports turn over then, not seven hours later at the UTC new year.
/// </summary>
[Category("Clock")]
public sealed class WibNewYearTests : ExportCaseTest
{
    private static readonly int Year = TestClock.Start.UtcDateTime.Year;
    private static readonly DateTimeOffset Eve = new(Year, 12, 31, 16, 59, 0, TimeSpan.Zero);

    protected override DateTimeOffset? ClockStart => Eve;

    // No cached dashboard across the turn; tokens outlive the half hour the clock moves.
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Dashboard:CacheSeconds"] = "0", ["Auth:TokenMinutes"] = "525600",
    };

    private async Task<(string Quarter, string WindowStart, int LoansYear, int AidYear)> ThisQuarterAndYear(string kecamatan)
    {
        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var untrained = await Expect(await Viewer.GetAsync($"/api/v1/training-reports/untrained?quarters=1&kecamatan={kecamatan}"), HttpStatusCode.OK);
        var loans = await Expect(await Viewer.GetAsync("/api/v1/loan-reports/disbursed-by-quarter"), HttpStatusCode.OK);
        var aid = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/groups-with-member-loans"), HttpStatusCode.OK);
        return (dashboard.GetProperty("training").GetProperty("quarter").GetString()!,
            untrained.GetProperty("items")[0].GetProperty("windowStart").GetString()!,
            loans.GetProperty("year").GetInt32(), aid.GetProperty("year").GetInt32());
    }

    [Test]
    public async Task AtMidnightWib_ThisQuarterAndThisYearTurnOver_AndAShipmentCountsInTheNewYear()
    {
        var body = TestData.Business();
        body["kecamatanCode"] = "12.71.17";
        await TestData.RegisterBusiness(Officer, body);
        var (lastSession, _) = await TrainingTestData.Plan(Officer, TrainingTestData.Session(new DateTimeOffset(Year, 12, 31, 23, 30, 0, TimeSpan.FromHours(7))));
        var (firstSession, _) = await TrainingTestData.Plan(Officer, TrainingTestData.Session(new DateTimeOffset(Year + 1, 1, 1, 0, 30, 0, TimeSpan.FromHours(7))));
        var (opened, _) = await OpenCase();
        for (var i = 0; i < 6; i++) await Advance(Id(opened)); // up to certificate_of_origin

        var before = await ThisQuarterAndYear("12.71.17");
        Clock.SetUtcNow(Eve.AddMinutes(1));
        var after = await ThisQuarterAndYear("12.71.17");
        Clock.Advance(TimeSpan.FromMinutes(30)); // 00:30 WIB, 17:30 UTC on 31 December
        var shipped = await Advance(Id(opened));
        var shippedThisYear = await Expect(await Viewer.GetAsync($"/api/v1/export-reports/shipped-per-quarter?year={Year + 1}"), HttpStatusCode.OK);
        var shippedLastYear = await Expect(await Viewer.GetAsync($"/api/v1/export-reports/shipped-per-quarter?year={Year}"), HttpStatusCode.OK);

        Assert.That(lastSession.GetProperty("quarter").GetString(), Is.EqualTo($"{Year}-Q4"));
        Assert.That(firstSession.GetProperty("quarter").GetString(), Is.EqualTo($"{Year + 1}-Q1"));
        Assert.That(before, Is.EqualTo(($"{Year}-Q4", $"{Year}-10-01", Year, Year)), "23:59 WIB on 31 December");
        Assert.That(after, Is.EqualTo(($"{Year + 1}-Q1", $"{Year + 1}-01-01", Year + 1, Year + 1)), "00:00 WIB on 1 January (17:00 UTC)");
        Assert.That(shipped.GetProperty("stage").GetString(), Is.EqualTo("shipped"));
        Assert.That(shippedThisYear.EnumerateArray().Select(q => q.GetProperty("quarter").GetString()), Is.EqualTo(new[] { $"{Year + 1}-Q1" }));
        Assert.That(shippedLastYear.GetArrayLength(), Is.Zero);
    }
}
