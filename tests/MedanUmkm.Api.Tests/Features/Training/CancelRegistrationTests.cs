using MedanUmkm.Api.Tests.Infrastructure;
using System.Net;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class CancelRegistrationTests : ApiTest
{
    [Test]
    public async Task Cancel_ConfirmedSeat_PromotesFirstWaitlisted()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 1));
        var seat = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        var first = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true);
        var second = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true);
        var url = $"/api/v1/training-sessions/{id}/registrations/";

        var cancelled = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url + seat.GetProperty("id").GetString(), "\"1\"")),
            HttpStatusCode.OK);

        Assert.That(cancelled.GetProperty("status").GetString(), Is.EqualTo("cancelled"));
        var promoted = await Expect(await Viewer.GetAsync(url + first.GetProperty("id").GetString()), HttpStatusCode.OK);
        Assert.That(promoted.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        var still = await Expect(await Viewer.GetAsync(url + second.GetProperty("id").GetString()), HttpStatusCode.OK);
        Assert.That(still.GetProperty("waitlistPosition").GetInt32(), Is.EqualTo(1));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE SessionId = @Id AND Status = 'confirmed'",
            new { Id = int.Parse(id) }), Is.EqualTo(1));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'training_registration' AND Action = 'promoted' AND EntityId = @Id",
            new { Id = first.GetProperty("id").GetString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task Cancel_ByPost_Works_AndTwiceIs409()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer);
        var seat = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        var url = $"/api/v1/training-sessions/{id}/registrations/{seat.GetProperty("id").GetString()}/cancel";

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Post, url, "\"1\""));
        await Expect(response, HttpStatusCode.OK);

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, url, response.Headers.ETag!.ToString())), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_cancelled"));
    }

    [Test]
    public async Task Cancel_WithoutIfMatch_Returns428_Stale_Returns412_OtherSession_Returns404()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer);
        var (other, _) = await TrainingTestData.PlanOpen(Officer);
        var seat = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        var regId = seat.GetProperty("id").GetString();

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/training-sessions/{id}/registrations/{regId}", null)),
            HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/training-sessions/{id}/registrations/{regId}", "\"5\"")),
            HttpStatusCode.PreconditionFailed);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, $"/api/v1/training-sessions/{other}/registrations/{regId}", "\"1\"")),
            HttpStatusCode.NotFound);
    }

    [Test]
    public async Task List_FiltersByStatus_AndMasksPhoneForViewer()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 1));
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true);

        var viewer = await Expect(await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations?status=waitlisted"), HttpStatusCode.OK);
        var officer = await Expect(await Officer.GetAsync($"/api/v1/training-sessions/{id}/registrations"), HttpStatusCode.OK);

        Assert.That(viewer.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        Assert.That(viewer.GetProperty("items")[0].GetProperty("phone").GetString(), Does.Contain("*"));
        Assert.That(officer.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(officer.GetProperty("items")[0].GetProperty("phone").GetString(), Is.EqualTo("+6281265432109"));
        await Expect(await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations?status=gone"), HttpStatusCode.BadRequest);
    }
}
