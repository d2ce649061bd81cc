using MedanUmkm.Api.Tests.Infrastructure;
using System.Net;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class UpdateTrainingSessionTests : ApiTest
{
    private const string Url = "/api/v1/training-sessions/";

    [Test]
    public async Task Update_WithIfMatch_ChangesFieldsAndRederivesQuarter()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);
        var body = TrainingTestData.Session(title: "Fotografi Produk untuk Marketplace", topic: "product_photography");
        body["startsAt"] = "2027-04-05T09:00:00+07:00";
        body["endsAt"] = "2027-04-05T12:00:00+07:00";

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, Url + session.GetProperty("id").GetString(), etag, body));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("title").GetString(), Is.EqualTo("Fotografi Produk untuk Marketplace"));
        Assert.That(updated.GetProperty("topic").GetString(), Is.EqualTo("product_photography"));
        Assert.That(updated.GetProperty("quarter").GetString(), Is.EqualTo("2027-Q2"));
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Update_WithoutIfMatch_Returns428_Stale_Returns412()
    {
        var (session, _) = await TrainingTestData.Plan(Officer);
        var url = Url + session.GetProperty("id").GetString();

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, null, TrainingTestData.Session())), HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, "\"7\"", TrainingTestData.Session())), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_CapacityBelowConfirmed_Returns409()
    {
        var (id, etag) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 3));
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, Url + id, etag, TrainingTestData.Session(capacity: 1))),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("capacity_below_confirmed"));
    }

    [Test]
    public async Task Update_RaisingCapacity_PromotesWaitlistInOrder()
    {
        var (id, etag) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(capacity: 1));
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer));
        var first = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true);
        var second = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer), waitlist: true);

        var updated = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, Url + id, etag, TrainingTestData.Session(capacity: 2))),
            HttpStatusCode.OK);

        Assert.That(updated.GetProperty("confirmedCount").GetInt32(), Is.EqualTo(2));
        Assert.That(updated.GetProperty("waitlistedCount").GetInt32(), Is.EqualTo(1));
        var a = await Expect(await Viewer.GetAsync($"{Url}{id}/registrations/{first.GetProperty("id").GetString()}"), HttpStatusCode.OK);
        var b = await Expect(await Viewer.GetAsync($"{Url}{id}/registrations/{second.GetProperty("id").GetString()}"), HttpStatusCode.OK);
        Assert.That(a.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
        Assert.That(b.GetProperty("status").GetString(), Is.EqualTo("waitlisted"));
        Assert.That(b.GetProperty("waitlistPosition").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Update_CancelledSession_Returns409SessionClosed()
    {
        var (session, etag) = await TrainingTestData.Plan(Officer);
        var id = session.GetProperty("id").GetString()!;
        var cancelled = await TrainingTestData.ChangeStatus(Officer, id, etag, "cancelled");

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, Url + id, cancelled.Headers.ETag!.ToString(),
            TrainingTestData.Session())), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("session_closed"));
    }
}
