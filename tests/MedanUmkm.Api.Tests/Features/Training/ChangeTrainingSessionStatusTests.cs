using MedanUmkm.Api.Tests.Infrastructure;
using System.Net;
using System.Net.Http.Json;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class ChangeTrainingSessionStatusTests : ApiTest
{
    [Test]
    public async Task Change_PlannedToOpen_Returns200WithNewETag()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);

        var response = await TrainingTestData.ChangeStatus(Officer, session.GetProperty("id").GetString()!, etag, "open");

        var body = await Expect(response, HttpStatusCode.OK);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("open"));
        Assert.That(response.Headers.ETag!.ToString(), Is.Not.EqualTo(etag));
    }

    [Test]
    public async Task Change_PlannedToCompleted_Returns409NamingAllowedMoves()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);

        var problem = await Expect(await TrainingTestData.ChangeStatus(Officer, session.GetProperty("id").GetString()!, etag, "completed"),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_transition"));
        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "open", "cancelled" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("dibuka, dibatalkan")); // "open, cancelled" in Indonesian, the default
    }

    [Test]
    public async Task Change_FromCancelled_Returns409WithNoAllowedMoves()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);
        var id = session.GetProperty("id").GetString()!;
        var cancelled = await TrainingTestData.ChangeStatus(Officer, id, etag, "cancelled");
        await Expect(cancelled, HttpStatusCode.OK);

        var problem = await Expect(await TrainingTestData.ChangeStatus(Officer, id, cancelled.Headers.ETag!.ToString(), "open"),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("allowed").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Change_CompleteBeforeStart_Returns409SessionNotStarted()
    {
        var (id, etag) = await TrainingTestData.PlanOpen(Officer);

        var problem = await Expect(await TrainingTestData.ChangeStatus(Officer, id, etag, "completed"), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_not_started"));
    }

    [Test]
    public async Task Change_CompleteAfterStart_Returns200()
    {
        var (id, etag) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(Now.AddHours(-3)));

        var body = await Expect(await TrainingTestData.ChangeStatus(Officer, id, etag, "completed"), HttpStatusCode.OK);

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("completed"));
    }

    [Test]
    public async Task Change_WithoutIfMatch_Returns428_WithStaleETag_Returns412()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);
        var id = session.GetProperty("id").GetString()!;

        await Expect(await Officer.PostAsJsonAsync($"/api/v1/training-sessions/{id}/status", new { to = "open" }),
            HttpStatusCode.PreconditionRequired);
        await Expect(await TrainingTestData.ChangeStatus(Officer, id, "\"99\"", "open"), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Change_UnknownStatus_Returns400()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);

        await Expect(await TrainingTestData.ChangeStatus(Officer, session.GetProperty("id").GetString()!, etag, "finished"),
            HttpStatusCode.BadRequest);
    }
}
