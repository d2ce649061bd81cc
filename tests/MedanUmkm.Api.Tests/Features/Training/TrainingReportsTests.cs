using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

/// <summary>Business history, the untrained report, attendance rates and the e-katalog effect, over one small data set.</summary>
public sealed class TrainingReportsTests : ApiTest
{
    // Kecamatan used only by this fixture's businesses, so that the reports can be filtered to them.
    private const string Kec = "12.71.15";
    private string _trained = "", _registeredOnly = "", _never = "", _session = "";

    [OneTimeSetUp]
    public async Task Seed()
    {
        _trained = await TrainingTestData.NewBusiness(Officer, Kec);
        _registeredOnly = await TrainingTestData.NewBusiness(Officer, Kec);
        _never = await TrainingTestData.NewBusiness(Officer, Kec);
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(Now.AddHours(-3), kecamatan: Kec));
        _session = id;
        var a = (await TrainingTestData.Registered(Officer, id, _trained)).GetProperty("id").GetString();
        var b = (await TrainingTestData.Registered(Officer, id, _registeredOnly)).GetProperty("id").GetString();
        var response = await TrainingTestData.Attendance(Officer, id,
            new { registrationId = a, attended = true }, new { registrationId = b, attended = false });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task History_ListsSessionsOfTheBusinessWithAttendance()
    {
        var history = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{_trained}/trainings"), HttpStatusCode.OK);

        Assert.That(history.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        var item = history.GetProperty("items")[0];
        Assert.That(item.GetProperty("sessionId").GetString(), Is.EqualTo(_session));
        Assert.That(item.GetProperty("attended").GetBoolean(), Is.True);
        Assert.That(item.GetProperty("startsAt").GetString(), Does.EndWith("+07:00"));
        Assert.That((await Expect(await Viewer.GetAsync($"/api/v1/businesses/{_never}/trainings"), HttpStatusCode.OK))
            .GetProperty("totalCount").GetInt32(), Is.EqualTo(0));
        await Expect(await Viewer.GetAsync("/api/v1/businesses/999999/trainings"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Untrained_ListsActiveBusinessesWithoutAttendanceInWindow()
    {
        var report = await Expect(await Viewer.GetAsync($"/api/v1/training-reports/untrained?quarters=4&kecamatan={Kec}"), HttpStatusCode.OK);

        var ids = report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessId").GetString()).ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { _registeredOnly, _never }));
        Assert.That(report.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        var first = report.GetProperty("items")[0];
        Assert.That(first.GetProperty("lastTrainedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Untrained_LeavesOutInactiveBusinesses()
    {
        var (business, etag) = await TestData.RegisterBusiness(Officer, WithKec(TestData.Business()));
        var id = business.GetProperty("id").GetString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.OK);

        var report = await Expect(await Viewer.GetAsync($"/api/v1/training-reports/untrained?kecamatan={Kec}&pageSize=100"), HttpStatusCode.OK);

        Assert.That(report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessId").GetString()), Does.Not.Contain(id));
    }

    private static System.Text.Json.Nodes.JsonObject WithKec(System.Text.Json.Nodes.JsonObject b)
    {
        b["kecamatanCode"] = Kec;
        return b;
    }

    [Test]
    public async Task Untrained_InvalidParameters_Return400()
    {
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-reports/untrained?quarters=0"), "quarters");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-reports/untrained?scale=huge"), "scale");
    }

    [Test]
    public async Task Attendance_ReportsRatePerSessionAndQuarter()
    {
        var report = await Expect(await Viewer.GetAsync("/api/v1/training-reports/attendance"), HttpStatusCode.OK);

        var session = report.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("sessionId").GetString() == _session);
        Assert.That(session.GetProperty("counts").GetProperty("confirmed").GetInt32(), Is.EqualTo(2));
        Assert.That(session.GetProperty("counts").GetProperty("attended").GetInt32(), Is.EqualTo(1));
        Assert.That(session.GetProperty("counts").GetProperty("attendanceRate").GetDouble(), Is.EqualTo(0.5));
        Assert.That(report.GetProperty("quarters").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-reports/attendance?from=2026-05-01&to=2026-04-01"), "to");
    }

    [Test]
    public async Task EkatalogEffect_ComparesTrainedWithUntrained()
    {
        // The trained business became listed after its session: its transition history says when. A later
        // edit of the business (UpdatedAt long ago here) must not move that date.
        await Factory.ScalarAsync<int>("""
            UPDATE Businesses SET EkatalogStatus = 'listed', UpdatedAt = @Old WHERE Id = @Id;
            INSERT INTO EkatalogTransitions (BusinessId, FromStatus, ToStatus, OccurredAt, ActorType, BusinessVersion)
            VALUES (@Id, 'submitted', 'listed', @At, 'system', 1);
            SELECT 1
            """, new { Id = int.Parse(_trained), At = Now.AddMinutes(-1), Old = Now.AddYears(-3) });

        var report = await Expect(await Viewer.GetAsync("/api/v1/training-reports/ekatalog-effect"), HttpStatusCode.OK);

        var trained = report.GetProperty("trained");
        Assert.That(trained.GetProperty("businesses").GetInt32(), Is.EqualTo(1));
        Assert.That(trained.GetProperty("listedWithin6Months").GetInt32(), Is.EqualTo(1));
        Assert.That(trained.GetProperty("shareListed").GetDouble(), Is.EqualTo(1.0));
        Assert.That(report.GetProperty("notTrained").GetProperty("listedWithin6Months").GetInt32(), Is.EqualTo(0));
        Assert.That(report.GetProperty("listingDateSource").GetString(), Is.EqualTo("ekatalog_transitions"));
    }

    [Test]
    public async Task Reports_WithoutCredentials_Return401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/training-reports/untrained"), HttpStatusCode.Unauthorized);
        await Expect(await Anonymous.GetAsync("/api/v1/training-reports/ekatalog-effect"), HttpStatusCode.Unauthorized);
    }
}
