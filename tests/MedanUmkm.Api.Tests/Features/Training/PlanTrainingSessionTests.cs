using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class PlanTrainingSessionTests : ApiTest
{
    [Test]
    public async Task Plan_StoresUtcReturnsJakartaTimeAndDerivesQuarterFromJakartaDate()
    {
        var body = TrainingTestData.Session();
        body["startsAt"] = "2026-12-31T18:30:00Z"; // 2027-01-01 01:30 in Medan
        body["endsAt"] = "2027-01-01T03:30:00+07:00";

        var response = await Officer.PostAsJsonAsync("/api/v1/training-sessions", body);

        var session = await Expect(response, HttpStatusCode.Created);
        var id = session.GetProperty("id").GetString();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/training-sessions/{id}"));
        Assert.That(session.GetProperty("startsAt").GetString(), Is.EqualTo("2027-01-01T01:30:00+07:00"));
        Assert.That(session.GetProperty("endsAt").GetString(), Is.EqualTo("2027-01-01T03:30:00+07:00"));
        Assert.That(session.GetProperty("quarter").GetString(), Is.EqualTo("2027-Q1"));
        Assert.That(session.GetProperty("status").GetString(), Is.EqualTo("planned"));
        Assert.That(session.GetProperty("seatsLeft").GetInt32(), Is.EqualTo(20));
        var stored = await Factory.ScalarAsync<string>("SELECT StartsAt FROM TrainingSessions WHERE Id = @Id", new { Id = int.Parse(id!) });
        Assert.That(DateTimeOffset.Parse(stored).Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(DateTimeOffset.Parse(stored), Is.EqualTo(new DateTimeOffset(2026, 12, 31, 18, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Plan_WithoutOffset_Returns400()
    {
        var body = TrainingTestData.Session();
        body["startsAt"] = "2027-01-14T09:00:00";

        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/training-sessions", body), "startsAt");
    }

    [Test]
    public async Task Plan_EndBeforeStart_Returns400()
    {
        var body = TrainingTestData.Session();
        body["endsAt"] = "2000-01-01T09:00:00+07:00";

        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/training-sessions", body), "endsAt");
    }

    [Test]
    public async Task Plan_WithUnknownTopicOrZeroCapacity_Returns400()
    {
        var body = TrainingTestData.Session(capacity: 0);
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/training-sessions", body), "capacity");

        body = TrainingTestData.Session();
        body["kecamatanCode"] = "12.71.99";
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/training-sessions", body), "kecamatanCode");

        body = TrainingTestData.Session(topic: "cooking");
        await Expect(await Officer.PostAsJsonAsync("/api/v1/training-sessions", body), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Plan_AsViewer_Returns403()
    {
        await Expect(await Viewer.PostAsJsonAsync("/api/v1/training-sessions", TrainingTestData.Session()), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Plan_IsAudited()
    {
        var (session, _) = await TrainingTestData.Plan(Officer);

        var count = await Factory.ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'training_session' AND EntityId = @Id AND Action = 'planned'",
            new { Id = session.GetProperty("id").GetString() });
        Assert.That(count, Is.EqualTo(1));
    }

    [Test]
    public async Task Get_ReturnsSessionWithETag_AndUnknownIdIs404()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);

        var response = await Viewer.GetAsync($"/api/v1/training-sessions/{session.GetProperty("id").GetString()}");

        await Expect(response, HttpStatusCode.OK);
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(etag));
        await Expect(await Viewer.GetAsync("/api/v1/training-sessions/abc"), HttpStatusCode.NotFound);
        await Expect(await Viewer.GetAsync("/api/v1/training-sessions/999999"), HttpStatusCode.NotFound);
    }
}
