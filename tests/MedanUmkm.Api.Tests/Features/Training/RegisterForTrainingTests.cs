using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class RegisterForTrainingTests : ApiTest
{
    [Test]
    public async Task Register_ForOpenSession_Returns201Confirmed()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);
        var businessId = await TrainingTestData.NewBusiness(Officer);

        var response = await TrainingTestData.Register(Officer, sessionId, businessId);

        var registration = await Expect(response, HttpStatusCode.Created);
        Assert.That(registration.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        Assert.That(registration.GetProperty("businessId").GetString(), Is.EqualTo(businessId));
        Assert.That(registration.GetProperty("waitlistPosition").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(response.Headers.Location!.ToString(),
            Is.EqualTo($"/api/v1/training-sessions/{sessionId}/registrations/{registration.GetProperty("id").GetString()}"));
        var session = await Expect(await Viewer.GetAsync($"/api/v1/training-sessions/{sessionId}"), HttpStatusCode.OK);
        Assert.That(session.GetProperty("confirmedCount").GetInt32(), Is.EqualTo(1));
        Assert.That(await Factory.ScalarAsync<int>(
            "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'training_registration' AND EntityId = @Id AND Action = 'registered'",
            new { Id = registration.GetProperty("id").GetString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task Register_SameBusinessTwice_Returns409AlreadyRegistered()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);
        var businessId = await TrainingTestData.NewBusiness(Officer);
        await TrainingTestData.Registered(Officer, sessionId, businessId);

        var problem = await Expect(await TrainingTestData.Register(Officer, sessionId, businessId, waitlist: true), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_registered"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id",
            new { Id = int.Parse(sessionId) }), Is.EqualTo(1));
    }

    [Test]
    public async Task Register_WhenFull_Returns409SessionFull()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 1));
        await TrainingTestData.Registered(Officer, sessionId, await TrainingTestData.NewBusiness(Officer));

        var problem = await Expect(await TrainingTestData.Register(Officer, sessionId, await TrainingTestData.NewBusiness(Officer)),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_full"));
    }

    [Test]
    public async Task Register_WhenFullWithWaitlist_Returns201WaitlistedWithPosition()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 1));
        await TrainingTestData.Registered(Officer, sessionId, await TrainingTestData.NewBusiness(Officer));

        var first = await TrainingTestData.Registered(Officer, sessionId, await TrainingTestData.NewBusiness(Officer), waitlist: true);
        var second = await TrainingTestData.Registered(Officer, sessionId, await TrainingTestData.NewBusiness(Officer), waitlist: true);

        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("waitlisted"));
        Assert.That(first.GetProperty("waitlistPosition").GetInt32(), Is.EqualTo(1));
        Assert.That(second.GetProperty("waitlistPosition").GetInt32(), Is.EqualTo(2));
        var session = await Expect(await Viewer.GetAsync($"/api/v1/training-sessions/{sessionId}"), HttpStatusCode.OK);
        Assert.That(session.GetProperty("confirmedCount").GetInt32(), Is.EqualTo(1));
        Assert.That(session.GetProperty("waitlistedCount").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Register_ForPlannedSession_Returns409SessionNotOpen()
    {
        var (session, _) = await TrainingTestData.Plan(Officer);

        var problem = await Expect(await TrainingTestData.Register(Officer, session.GetProperty("id").GetString()!,
            await TrainingTestData.NewBusiness(Officer)), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_not_open"));
    }

    [Test]
    public async Task Register_InactiveBusiness_Returns409BusinessInactive()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);
        var (business, etag) = await TestData.RegisterBusiness(Officer);
        var id = business.GetProperty("id").GetString()!;
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.OK);

        var problem = await Expect(await TrainingTestData.Register(Officer, sessionId, id), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("business_inactive"));
    }

    [Test]
    public async Task Register_UnknownBusinessOrSession_Returns400Or404()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);

        await ExpectFieldError(await TrainingTestData.Register(Officer, sessionId, "999999"), "businessId");
        await ExpectFieldError(await TrainingTestData.Register(Officer, sessionId, "abc"), "businessId");
        await Expect(await TrainingTestData.Register(Officer, "999999", "1"), HttpStatusCode.NotFound);
        await ExpectFieldError(await Officer.PostAsync($"/api/v1/training-sessions/{sessionId}/registrations",
            new StringContent("{}", System.Text.Encoding.UTF8, "application/json")), "businessId");
    }

    [Test]
    public async Task Register_AsViewer_Returns403()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);

        await Expect(await TrainingTestData.Register(Viewer, sessionId, await TrainingTestData.NewBusiness(Officer)), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Register_AfterCancelling_TakesTheSeatAgain()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer);
        var businessId = await TrainingTestData.NewBusiness(Officer);
        var registration = await TrainingTestData.Registered(Officer, sessionId, businessId);
        var regId = registration.GetProperty("id").GetString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete,
            $"/api/v1/training-sessions/{sessionId}/registrations/{regId}", "\"1\"")), HttpStatusCode.OK);

        var again = await TrainingTestData.Registered(Officer, sessionId, businessId);

        Assert.That(again.GetProperty("id").GetString(), Is.EqualTo(regId));
        Assert.That(again.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        Assert.That(again.GetProperty("cancelledAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task Register_50InParallelFor20Seats_Exactly20ConfirmedNothingDoubleBooked()
    {
        var (sessionId, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 20));
        var businesses = new List<string>();
        for (var i = 0; i < 50; i++) businesses.Add(await TrainingTestData.NewBusiness(Officer));
        // Half ask for the waitlist when full, half do not.
        var clients = Enumerable.Range(0, 50).Select(_ => Factory.Anonymous()).ToList();
        var token = await Factory.TokenFor("officer");
        foreach (var c in clients) c.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var responses = await Task.WhenAll(businesses.Select((b, i) =>
            TrainingTestData.Register(clients[i], sessionId, b, waitlist: i % 2 == 0)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses, Has.All.AnyOf(HttpStatusCode.Created, HttpStatusCode.Conflict));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()));
        var confirmed = bodies.Count(b => b.TryGetProperty("status", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String && s.GetString() == "confirmed");
        var waitlisted = bodies.Count(b => b.TryGetProperty("status", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String && s.GetString() == "waitlisted");
        var full = bodies.Count(b => b.TryGetProperty("code", out var c) && c.GetString() == "session_full");
        Assert.That(confirmed, Is.EqualTo(20));
        Assert.That(waitlisted + full, Is.EqualTo(30));
        var id = new { Id = int.Parse(sessionId) };
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id AND Status = 'confirmed'", id), Is.EqualTo(20));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id AND Status = 'waitlisted'", id), Is.EqualTo(waitlisted));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(DISTINCT BusinessId) FROM TrainingRegistrations WHERE SessionId = @Id", id),
            Is.EqualTo(20 + waitlisted));
        Assert.That(await Factory.ScalarAsync<int>(
            "SELECT COUNT(DISTINCT WaitlistSeq) FROM TrainingRegistrations WHERE SessionId = @Id AND Status = 'waitlisted'", id), Is.EqualTo(waitlisted));
    }
}
