using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class RecordAttendanceTests : ApiTest
{
    private async Task<(string SessionId, string A, string B)> StartedSessionWithTwo()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(Now.AddHours(-2)));
        var a = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        var b = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        return (id, a.GetProperty("id").GetString()!, b.GetProperty("id").GetString()!);
    }

    [Test]
    public async Task Record_AfterStart_StoresAttendanceAndReturnsSummary()
    {
        var (id, a, b) = await StartedSessionWithTwo();

        var summary = await Expect(await TrainingTestData.Attendance(Officer, id,
            new { registrationId = a, attended = true, outcomeNote = "Sudah buka toko online" },
            new { registrationId = b, attended = false }), HttpStatusCode.OK);

        Assert.That(summary.GetProperty("attended").GetInt32(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("absent").GetInt32(), Is.EqualTo(1));
        Assert.That(summary.GetProperty("notRecorded").GetInt32(), Is.EqualTo(0));
        var reg = await Expect(await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/{a}"), HttpStatusCode.OK);
        Assert.That(reg.GetProperty("attended").GetBoolean(), Is.True);
        Assert.That(reg.GetProperty("outcomeNote").GetString(), Is.EqualTo("Sudah buka toko online"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE Action = 'attendance_recorded' AND EntityId IN (@A, @B)",
            new { A = a, B = b }), Is.EqualTo(2));
    }

    [Test]
    public async Task Record_BeforeStart_Returns409SessionNotStarted()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer);
        var a = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));

        var problem = await Expect(await TrainingTestData.Attendance(Officer, id,
            new { registrationId = a.GetProperty("id").GetString(), attended = true }), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_not_started"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id AND Attended IS NOT NULL",
            new { Id = int.Parse(id) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Record_ForWaitlistedOrForeignRegistration_Returns400AndStoresNothing()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(Now.AddHours(-2), capacity: 1));
        var seat = (await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer))).GetProperty("id").GetString();
        var waiting = (await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true)).GetProperty("id").GetString();

        await ExpectFieldError(await TrainingTestData.Attendance(Officer, id,
            new { registrationId = seat, attended = true }, new { registrationId = waiting, attended = true }), "items[1].registrationId");
        await ExpectFieldError(await TrainingTestData.Attendance(Officer, id, new { registrationId = "999999", attended = true }), "items[0].registrationId");

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id AND Attended IS NOT NULL",
            new { Id = int.Parse(id) }), Is.EqualTo(0));
    }

    [Test]
    public async Task Record_InvalidBodies_Return400()
    {
        var (id, a, _) = await StartedSessionWithTwo();

        await Expect(await TrainingTestData.Attendance(Officer, id), HttpStatusCode.BadRequest);
        await Expect(await TrainingTestData.Attendance(Officer, id, new { registrationId = a, attended = true },
            new { registrationId = a, attended = false }), HttpStatusCode.BadRequest);
        await ExpectFieldError(await TrainingTestData.Attendance(Officer, id, new { registrationId = a }), "items[0].attended");
        await Expect(await Officer.PutAsync($"/api/v1/training-sessions/{id}/attendance",
            new StringContent("[null]", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await Expect(await Officer.PutAsync($"/api/v1/training-sessions/{id}/attendance",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Record_AsViewer_Returns403()
    {
        var (id, a, _) = await StartedSessionWithTwo();

        await Expect(await TrainingTestData.Attendance(Viewer, id, new { registrationId = a, attended = true }), HttpStatusCode.Forbidden);
    }
}
