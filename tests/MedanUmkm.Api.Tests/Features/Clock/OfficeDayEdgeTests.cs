using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Tests.Features.Ekatalog;
using MedanUmkm.Api.Tests.Features.ExportCases;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Clock;

/// <summary>
/// The office's day turns at 00:00 WIB (17:00 UTC, when the UTC date is still the old one): each test
/// moves the clock to the next 23:59 WIB, looks, then to 00:00 WIB and looks again.
/// </summary>
[Category("Clock")]
public sealed class OfficeDayEdgeTests : ExportCaseTest
{
    // Tokens outlive the days the clock jumps over.
    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["Auth:TokenMinutes"] = "1051200" };

    /// <summary>Moves the clock to the next 16:59 UTC (23:59 WIB); returns that WIB date.</summary>
    private DateOnly ToLastMinuteOfTheDay()
    {
        var now = Now;
        var eve = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddHours(16).AddMinutes(59);
        if (eve <= now) eve = eve.AddDays(1);
        Clock.SetUtcNow(eve);
        Assert.That(Today, Is.EqualTo(DateOnly.FromDateTime(eve.UtcDateTime)), "23:59 WIB: the WIB and UTC dates agree");
        return Today;
    }

    /// <summary>Moves the clock to the next 17:00 UTC (00:00 WIB of the next WIB day, UTC date unchanged).</summary>
    private void ToMidnight()
    {
        var now = Now;
        Clock.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddHours(17));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    [Test]
    public async Task OpenedOn_MayBeTodayInWib_WhichBeginsAt17Utc()
    {
        var day = ToLastMinuteOfTheDay();
        var early = await CaseBody();
        early["openedOn"] = Iso(day.AddDays(1));
        await ExpectFieldError(await Officer.PostAsJsonAsync(Cases, early), "openedOn");

        ToMidnight();
        var body = await CaseBody();
        body["openedOn"] = Iso(day.AddDays(1));
        var opened = await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.Created);
        var byDefault = await Expect(await Officer.PostAsJsonAsync(Cases, await CaseBody()), HttpStatusCode.Created);

        Assert.That(opened.GetProperty("openedOn").GetString(), Is.EqualTo(Iso(day.AddDays(1))));
        Assert.That(byDefault.GetProperty("openedOn").GetString(), Is.EqualTo(Iso(day.AddDays(1))), "today is the WIB date, not the UTC one");
    }

    [Test]
    public async Task ClosedOn_IsTheWibDateOfTheMove()
    {
        var day = ToLastMinuteOfTheDay();
        var (first, firstTag) = await OpenCase();
        var (second, secondTag) = await OpenCase();

        var before = await Expect(await Move(Id(first), firstTag, "withdrawn", "Pembeli membatalkan"), HttpStatusCode.OK);
        ToMidnight();
        var after = await Expect(await Move(Id(second), secondTag, "withdrawn", "Pembeli membatalkan"), HttpStatusCode.OK);

        Assert.That(before.GetProperty("closedOn").GetString(), Is.EqualTo(Iso(day)));
        Assert.That(after.GetProperty("closedOn").GetString(), Is.EqualTo(Iso(day.AddDays(1))));
    }

    [Test]
    public async Task Document_ExpiresOnTheDayAfterItsExpiryDate_AndCountsDownInWibDays()
    {
        var day = ToLastMinuteOfTheDay();
        var (lastDay, _) = await OpenCase();
        var (inThirty, _) = await OpenCase();
        var (inThirtyOne, _) = await OpenCase();
        await Expect(await SetDocument(Id(lastDay), Document(await Documents(Id(lastDay)), "phytosanitary"), "verified",
            expiresOn: Iso(day), issuedOn: Iso(day.AddYears(-3))), HttpStatusCode.OK);
        await Expect(await SetDocument(Id(inThirty), Document(await Documents(Id(inThirty)), "phytosanitary"), "verified",
            expiresOn: Iso(day.AddDays(30)), issuedOn: Iso(day.AddYears(-3))), HttpStatusCode.OK);
        await Expect(await SetDocument(Id(inThirtyOne), Document(await Documents(Id(inThirtyOne)), "phytosanitary"), "verified",
            expiresOn: Iso(day.AddDays(31)), issuedOn: Iso(day.AddYears(-3))), HttpStatusCode.OK);

        var expiring = await Expiring();
        var onItsLastDay = Document(await Documents(Id(lastDay)), "phytosanitary");
        Assert.That(onItsLastDay.GetProperty("expiresInDays").GetInt32(), Is.EqualTo(0));
        Assert.That(onItsLastDay.GetProperty("isExpired").GetBoolean(), Is.False, "still valid on its expiry date");
        Assert.That(Document(await Documents(Id(inThirty)), "phytosanitary").GetProperty("expiresInDays").GetInt32(), Is.EqualTo(30));
        Assert.That(expiring, Does.Contain(Id(inThirty)).And.Not.Contain(Id(inThirtyOne)));

        ToMidnight();
        expiring = await Expiring();
        var dayAfter = Document(await Documents(Id(lastDay)), "phytosanitary");
        Assert.That(dayAfter.GetProperty("expiresInDays").GetInt32(), Is.EqualTo(-1));
        Assert.That(dayAfter.GetProperty("isExpired").GetBoolean(), Is.True, "expired from 00:00 WIB of the day after");
        Assert.That(Document(await Documents(Id(inThirty)), "phytosanitary").GetProperty("expiresInDays").GetInt32(), Is.EqualTo(29));
        Assert.That(expiring, Does.Contain(Id(inThirty)).And.Contain(Id(inThirtyOne)), "31 days at 23:59 WIB are 30 at 00:00 WIB");
    }

    private async Task<List<string>> Expiring()
    {
        var page = await Expect(await Viewer.GetAsync($"{Cases}?expiringWithinDays=30&pageSize=100"), HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(Id).ToList();
    }

    [Test]
    public async Task Stage_IsOverdueOnceWholeDaysInItExceedTheTarget_ByTheApisClock()
    {
        ToLastMinuteOfTheDay();
        var (opened, _) = await OpenCase();
        var target = StageTargets.Defaults[ExportStage.Intake];
        // Entered target+1 days ago less a minute: still within the target's whole days.
        await BackdateStage(Id(opened), target + 1 - 1.0 / 1440);

        var before = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);
        var overdue = await Expect(await Viewer.GetAsync($"{Cases}?overdue=true&pageSize=100"), HttpStatusCode.OK);

        Assert.That(before.GetProperty("isOverdue").GetBoolean(), Is.False);
        Assert.That(before.GetProperty("daysInStage").GetInt32(), Is.EqualTo(target));
        Assert.That(after.GetProperty("isOverdue").GetBoolean(), Is.True);
        Assert.That(after.GetProperty("daysInStage").GetInt32(), Is.EqualTo(target + 1));
        Assert.That(overdue.GetProperty("items").EnumerateArray().Select(Id), Does.Contain(Id(opened)));
    }

    [Test]
    public async Task Kswp_StopsBeingCurrentAtMidnightWib_AtTheNextReturnDeadline()
    {
        // An individual's KSWP stays current until the next annual return deadline, 31 March (issue #16).
        var deadline = new DateOnly(Today.Year, 3, 31);
        if (deadline < Today) deadline = deadline.AddYears(1);
        Clock.SetUtcNow(new DateTimeOffset(deadline.ToDateTime(new TimeOnly(16, 59)), TimeSpan.Zero));
        Assert.That(Today, Is.EqualTo(deadline), "23:59 WIB on 31 March");
        var (business, _) = await TestData.RegisterBusiness(Officer);
        var id = business.GetProperty("id").GetString()!;
        await EkatalogTestKit.RecordKswp(Officer, id, "valid", new DateOnly(deadline.Year - 1, 6, 10));

        var lastMinute = EkatalogTestKit.Requirement(await EkatalogTestKit.Readiness(Viewer, id), "kswp");
        ToMidnight();
        var midnight = EkatalogTestKit.Requirement(await EkatalogTestKit.Readiness(Viewer, id), "kswp");

        Assert.That(lastMinute.GetProperty("status").GetString(), Is.EqualTo("expiring"));
        Assert.That(midnight.GetProperty("status").GetString(), Is.EqualTo("missing"));
    }
}
