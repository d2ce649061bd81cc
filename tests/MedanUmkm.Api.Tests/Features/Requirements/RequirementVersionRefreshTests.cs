using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Requirements;

/// <summary>
/// A rule change answers at once: adding a requirement version or opening/closing a catalogue
/// category only marks the stored readiness rows stale in its transaction; the refresh job recomputes
/// them in batches, and again on the version's effective date (the clock is moved). Own host: it moves the clock.
/// </summary>
public sealed class RequirementVersionRefreshTests : ApiTest
{
    protected override DateTimeOffset? ClockStart => TestClock.Start;

    private Task<string> StoredMissing(string id) =>
        Factory.ScalarAsync<string>("SELECT MissingCodes FROM BusinessReadiness WHERE BusinessId = @Id", new { Id = int.Parse(id) });

    private Task<string?> StoredUpcoming(string id) =>
        Factory.ScalarAsync<string?>("SELECT UpcomingMissing FROM BusinessReadiness WHERE BusinessId = @Id", new { Id = int.Parse(id) });

    private Task<int> IsDue(string id) => Factory.ScalarAsync<int>(
        "SELECT CASE WHEN StaleOn <= @Today THEN 1 ELSE 0 END FROM BusinessReadiness WHERE BusinessId = @Id",
        new { Id = int.Parse(id), Today = OfficeTime.Today(Clock) });

    private async Task<DateOnly?> StaleOn(string id) => await Factory.ScalarAsync<string?>(
        "SELECT StaleOn FROM BusinessReadiness WHERE BusinessId = @Id", new { Id = int.Parse(id) }) is { } text
        ? DateOnly.FromDateTime(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture)) : null;

    private Task<int> RunJob() => ReadinessRefreshJob.RunOnceAsync(Factory.Services, Clock, CancellationToken.None);

    [Test, Order(2)] // last: it moves the clock past the fixture's sign-ins
    public async Task MovingADeadlineThroughTheApi_MarksRowsStale_AndReadinessChangesFromItsEffectiveDate()
    {
        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!; // perorangan: no deed asked
        Assert.That(await StoredMissing(id), Does.Not.Contain("|deed|"));
        Assert.That(await IsDue(id), Is.EqualTo(0), "a freshly computed row is not due");
        var from = Today.AddDays(10);

        var response = await Admin.PostAsJsonAsync("/api/v1/requirements/deed/versions", new
        {
            effectiveFrom = from.ToString("yyyy-MM-dd"),
            legalForms = new[] { "perorangan", "cv", "pt", "pt_perorangan", "koperasi" },
            legalBasis = "Uji", legalArticle = "Pasal 1", note = "Uji: akta untuk semua bentuk usaha",
        });
        var body = await Expect(response, HttpStatusCode.Created);

        // Answered at once: the row is only marked stale, not recomputed in the request.
        Assert.That(await IsDue(id), Is.EqualTo(1), "the rule change marks the stored row stale");
        Assert.That(await StoredUpcoming(id), Does.Not.Contain("deed@"), "not recomputed inside the request");

        Assert.That(await RunJob(), Is.GreaterThanOrEqualTo(1));
        Assert.That(await IsDue(id), Is.EqualTo(0));
        Assert.That(await StoredMissing(id), Does.Not.Contain("|deed|"), "not in force yet");
        Assert.That(await StoredUpcoming(id), Does.Contain($"deed@{from:yyyy-MM-dd}"), "the dashboard can count it as coming");
        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        Assert.That(dashboard.GetProperty("upcoming").EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == "deed" && u.GetProperty("effectiveFrom").GetString() == from.ToString("yyyy-MM-dd"))
            .GetProperty("businessesBlocked").GetInt32(), Is.GreaterThanOrEqualTo(1));

        // Either side of the date, at once through ?asOf= (the stored rows follow when the date comes).
        Assert.That(StatusOf(await Readiness(Viewer, id, from), "deed"), Is.EqualTo("missing"));
        Assert.That(StatusOf(await Readiness(Viewer, id, from.AddDays(-1)), "deed"), Is.EqualTo("advisory"));

        // Audited, and the history keeps every version with its note.
        var audit = await Expect(await Admin.GetAsync("/api/v1/audit-events?entityType=requirement&entityId=deed"), HttpStatusCode.OK);
        Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()), Does.Contain("version_added"));
        var history = await Expect(await Viewer.GetAsync("/api/v1/requirements/deed"), HttpStatusCode.OK);
        var last = history.GetProperty("versions").EnumerateArray().Last();
        Assert.That(last.GetProperty("effectiveFrom").GetString(), Is.EqualTo(from.ToString("yyyy-MM-dd")));
        Assert.That(last.GetProperty("note").GetString(), Is.EqualTo("Uji: akta untuk semua bentuk usaha"));
        Assert.That(last.GetProperty("legalArticle").GetString(), Is.EqualTo("Pasal 1"));
        Assert.That(body.GetProperty("versions").GetArrayLength(), Is.EqualTo(history.GetProperty("versions").GetArrayLength()));

        // The day before: nothing to do. On the effective date (the daily job after WIB midnight): missing.
        // (The host's own refresh job runs on this clock too and may recompute a row first: the checks below
        // hold whichever pass recomputes it.)
        Assert.That(await StaleOn(id), Is.EqualTo(from), "StaleOn is the version's effective date");
        Clock.Advance(TimeSpan.FromDays(9));
        await RunJob();
        Assert.That(await StoredMissing(id), Does.Not.Contain("|deed|"));
        Assert.That(await StaleOn(id), Is.EqualTo(from), "still due on the effective date");
        Clock.Advance(TimeSpan.FromDays(1));
        await RunJob();
        Assert.That(await StoredMissing(id), Does.Contain("|deed|"));
    }

    [Test, Order(1)]
    public async Task ClosingACategory_MarksRowsStale_AndTheJobRecomputesThem()
    {
        var (id, _) = await ReadyBusiness(Officer);
        Assert.That(await StoredMissing(id), Is.EqualTo("|"));
        var open = await Expect(await Viewer.GetAsync("/api/v1/reference/open-catalogue-categories"), HttpStatusCode.OK);
        var keep = open.EnumerateArray().Where(c => c.GetProperty("open").GetBoolean()).Select(c => c.GetProperty("category").GetString()!).ToList();

        await Expect(await Admin.PutAsJsonAsync("/api/v1/reference/open-catalogue-categories",
            new { categories = keep.Where(c => c != "food_beverage").ToArray() }), HttpStatusCode.OK);

        Assert.That(await IsDue(id), Is.EqualTo(1));
        Assert.That(await StoredMissing(id), Is.EqualTo("|"), "not recomputed inside the request");
        await RunJob();
        Assert.That(await StoredMissing(id), Is.EqualTo("|category_open|"));

        await Expect(await Admin.PutAsJsonAsync("/api/v1/reference/open-catalogue-categories", new { categories = keep }), HttpStatusCode.OK);
        await RunJob();
        Assert.That(await StoredMissing(id), Is.EqualTo("|"));
    }
}
