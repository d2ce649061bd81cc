using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Tests.Features.ExportCases;

namespace MedanUmkm.Api.Tests.Features.ExportReports;

/// <summary>One fixture (one database) for all reports: the arranged cases are the only ones.</summary>
public sealed class ExportReportsTests : ExportCaseTest
{
    private const string Reports = "/api/v1/export-reports";
    private readonly List<string> _legal = [];
    private string _shipped = "";
    private string _rejected = "";

    [OneTimeSetUp]
    public async Task Arrange()
    {
        // Three coffee cases moved to legal check after 2, 4 and (30 - 20 =) 10 days at intake.
        foreach (var days in new[] { 2.0, 4.0, 30.0 })
        {
            var (c, _) = await OpenCase();
            await BackdateStage(Id(c), days);
            await Advance(Id(c));
            _legal.Add(Id(c));
        }
        // One of them has now been in legal check for 20 days (target 14): overdue.
        await BackdateStage(_legal[2], 20);
        // A rubber case walked to shipped.
        var (rubber, _) = await OpenCase("rubber", "4001.22.20", "US");
        _shipped = Id(rubber);
        for (var i = 0; i < 7; i++) await Advance(_shipped);
        // A palm oil case rejected.
        var (palm, etag) = await OpenCase("palm_oil", "1511.10.00", "IN");
        _rejected = Id(palm);
        await Expect(await Move(_rejected, etag, "rejected", "No DMO fulfilment, PE refused"), HttpStatusCode.OK);
        // An open coffee case at intake.
        await OpenCase();
    }

    private static JsonElement Row(JsonElement items, string stage) =>
        items.EnumerateArray().Single(i => i.GetProperty("stage").GetString() == stage);

    [Test]
    public async Task OpenCasesByStage_CountsPerStageAndCommodityWithOverdue()
    {
        var body = await Expect(await Viewer.GetAsync($"{Reports}/open-cases-by-stage"), HttpStatusCode.OK);

        var legal = Row(body.GetProperty("items"), "legal_check");
        Assert.That(legal.GetProperty("total").GetInt32(), Is.EqualTo(3));
        Assert.That(legal.GetProperty("overdue").GetInt32(), Is.EqualTo(1));
        Assert.That(legal.GetProperty("byCommodity").GetProperty("coffee").GetInt32(), Is.EqualTo(3));
        Assert.That(legal.GetProperty("byCommodity").GetProperty("rubber").GetInt32(), Is.EqualTo(0));
        Assert.That(Row(body.GetProperty("items"), "shipped").GetProperty("byCommodity").GetProperty("rubber").GetInt32(), Is.EqualTo(1));
        Assert.That(Row(body.GetProperty("items"), "intake").GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("totalOpen").GetInt32(), Is.EqualTo(5));
        Assert.That(body.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("stage").GetString() == "rejected"), Is.False);
    }

    [Test]
    public async Task StageDurations_MedianOfCompletedStaysAndLongestCurrentStay()
    {
        var body = await Expect(await Viewer.GetAsync($"{Reports}/stage-durations"), HttpStatusCode.OK);

        var intake = Row(body, "intake");
        // Stays at intake: 2, 4, 10 days (coffee), ~0 for the rubber and the rejected palm oil case -> median 2.
        Assert.That(intake.GetProperty("completedStays").GetInt32(), Is.EqualTo(5));
        var legal = Row(body, "legal_check");
        Assert.That(legal.GetProperty("currentCases").GetInt32(), Is.EqualTo(3));
        Assert.That(legal.GetProperty("overdueCases").GetInt32(), Is.EqualTo(1));
        Assert.That(legal.GetProperty("longestCurrentDays").GetInt32(), Is.EqualTo(20));
        Assert.That(legal.GetProperty("targetDays").GetInt32(), Is.EqualTo(14));
        Assert.That(intake.GetProperty("medianDays").GetDouble(), Is.EqualTo(2.0).Within(0.1));
    }

    [Test]
    public async Task ShippedPerQuarter_CountsTheShippedCaseInThisQuarter()
    {
        var body = await Expect(await Viewer.GetAsync($"{Reports}/shipped-per-quarter"), HttpStatusCode.OK);

        var today = Today; // the office (WIB) date: 31 Dec 17:00 UTC is already Q1 of the next year
        var row = body.EnumerateArray().Single();
        Assert.That(row.GetProperty("quarter").GetString(), Is.EqualTo($"{today.Year}-Q{(today.Month - 1) / 3 + 1}"));
        Assert.That(row.GetProperty("casesShipped").GetInt32(), Is.EqualTo(1));
        Assert.That(row.GetProperty("estimatedValueIdr").GetInt64(), Is.EqualTo(1_526_000_000L));
        await ExpectFieldError(await Viewer.GetAsync($"{Reports}/shipped-per-quarter?year=1800"), "year");
    }

    [Test]
    public async Task ValueByCommodity_SumsAssistedAndShippedValueExcludingRejected()
    {
        var body = await Expect(await Viewer.GetAsync($"{Reports}/value-by-commodity"), HttpStatusCode.OK);

        var coffee = body.EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "coffee");
        var rubber = body.EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "rubber");
        var palm = body.EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "palm_oil");
        Assert.That(coffee.GetProperty("cases").GetInt32(), Is.EqualTo(4));
        Assert.That(coffee.GetProperty("assistedValueIdr").GetInt64(), Is.EqualTo(4 * 1_526_000_000L));
        Assert.That(coffee.GetProperty("assistedValueUsd").GetDecimal(), Is.EqualTo(4 * 95400.50m));
        Assert.That(rubber.GetProperty("shippedCases").GetInt32(), Is.EqualTo(1));
        Assert.That(rubber.GetProperty("shippedValueIdr").GetInt64(), Is.EqualTo(1_526_000_000L));
        Assert.That(palm.GetProperty("cases").GetInt32(), Is.EqualTo(1));
        Assert.That(palm.GetProperty("assistedValueIdr").GetInt64(), Is.EqualTo(0));
    }

    [Test]
    public async Task Reports_Anonymous401_ViewerAllowed()
    {
        await Expect(await Anonymous.GetAsync($"{Reports}/stage-durations"), HttpStatusCode.Unauthorized);
        await Expect(await Viewer.GetAsync($"{Reports}/open-cases-by-stage"), HttpStatusCode.OK);
    }
}
