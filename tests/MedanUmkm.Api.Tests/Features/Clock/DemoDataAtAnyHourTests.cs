using System.Net;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Clock;

/// <summary>
/// The whole demo data set, seeded at the test run's instant and at 00:30 WIB (17:30 UTC, when the
/// UTC date is a day behind), is consistent with the API's "today": nothing open is already expired,
/// nothing happened in the future, every session is in its own WIB quarter.
/// </summary>
[Category("Clock")]
[TestFixture(false)]
[TestFixture(true)]
public sealed class DemoDataAtAnyHourTests(bool halfPastMidnightWib) : ApiTest
{
    protected override DateTimeOffset? ClockStart => halfPastMidnightWib
        ? new DateTimeOffset(TestClock.Start.UtcDateTime.Date, TimeSpan.Zero).AddHours(17).AddMinutes(30)
        : null;

    protected override IDictionary<string, string> Settings => new Dictionary<string, string> { ["Demo:Seed"] = "true" };

    private sealed class SessionRow
    {
        public DateTimeOffset StartsAt { get; init; }
        public string Quarter { get; init; } = "";
    }

    private Task<int> Count(string sql) => Factory.ScalarAsync<int>(sql, new { Today, Now });

    [Test]
    public async Task NoOpenExportCaseHasAnExpiredVerifiedDocument()
    {
        Assert.That(await Count("SELECT COUNT(*) FROM ExportCases"), Is.EqualTo(40), "the demo set was seeded");
        Assert.That(await Count("""
            SELECT COUNT(*) FROM ExportCaseDocuments d JOIN ExportCases c ON c.Id = d.ExportCaseId
            WHERE c.Stage NOT IN ('closed', 'rejected', 'withdrawn') AND d.Status = 'verified' AND d.ExpiresOn < @Today
            """), Is.Zero);

        // As the API shows it: the documents of every open case.
        var open = await Expect(await Viewer.GetAsync("/api/v1/export-cases?pageSize=100"), HttpStatusCode.OK);
        foreach (var c in open.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("outcome").ValueKind == System.Text.Json.JsonValueKind.Null))
        {
            var id = c.GetProperty("id").GetString();
            var documents = await Expect(await Viewer.GetAsync($"/api/v1/export-cases/{id}/documents"), HttpStatusCode.OK);
            var expired = documents.EnumerateArray()
                .Where(d => d.GetProperty("status").GetString() == "verified" && d.GetProperty("isExpired").GetBoolean())
                .Select(d => d.GetProperty("type").GetString()).ToList();
            Assert.That(expired, Is.Empty, $"case {id} is open with expired verified documents");
        }
        var expiring = await Expect(await Viewer.GetAsync("/api/v1/export-cases?expiringWithinDays=30"), HttpStatusCode.OK);
        Assert.That(expiring.GetProperty("totalCount").GetInt32(), Is.GreaterThanOrEqualTo(3), "some documents expire within 30 days");
    }

    [Test]
    public async Task NothingHappensAfterNow()
    {
        Assert.That(await Count("SELECT COUNT(*) FROM ExportCases WHERE OpenedOn > @Today OR ClosedOn > @Today OR StageEnteredAt > @Now"), Is.Zero);
        Assert.That(await Count("SELECT COUNT(*) FROM ExportCaseDocuments WHERE IssuedOn > @Today"), Is.Zero);
        Assert.That(await Count("SELECT COUNT(*) FROM TaxStatusChecks WHERE CheckedOn > @Today"), Is.Zero);
        Assert.That(await Count("SELECT COUNT(*) FROM Businesses WHERE FosteredSince > @Today"), Is.Zero);
        Assert.That(await Count("SELECT COUNT(*) FROM LoanReferrals WHERE ReferredOn > @Today OR DisbursedOn > @Today"), Is.Zero);
        Assert.That(await Count("SELECT COUNT(*) FROM AidDistributions WHERE HandedOverOn > @Today"), Is.Zero);
    }

    [Test]
    public async Task EverySessionIsInTheWibQuarterOfItsStart_AndTheDashboardShowsThisWibQuarter()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sessions = await scope.ServiceProvider.GetRequiredService<DbSession>().QueryAsync<SessionRow>("SELECT StartsAt, Quarter FROM TrainingSessions");
        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);

        Assert.That(sessions, Is.Not.Empty);
        Assert.That(sessions.Where(s => s.Quarter != OfficeTime.QuarterOf(s.StartsAt)).Select(s => $"{s.StartsAt:O} {s.Quarter}"), Is.Empty);
        Assert.That(dashboard.GetProperty("training").GetProperty("quarter").GetString(), Is.EqualTo(OfficeTime.QuarterOf(Today)));
        Assert.That(dashboard.GetProperty("training").GetProperty("sessions").GetInt32(), Is.GreaterThan(0), "the demo plans sessions this quarter");
    }
}
