using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class ListTrainingSessionsTests : ApiTest
{
    [OneTimeSetUp]
    public async Task Seed()
    {
        await TrainingTestData.Plan(Officer, At("2030-02-10T09:00:00+07:00", "packaging", "12.71.02"));
        await TrainingTestData.Plan(Officer, At("2030-03-31T20:00:00+07:00", "digital_marketing", "12.71.03"));
        await TrainingTestData.PlanOpen(Officer, At("2030-04-01T06:00:00+07:00", "digital_marketing", "12.71.02"));
    }

    private static System.Text.Json.Nodes.JsonObject At(string start, string topic, string kecamatan)
    {
        var s = TrainingTestData.Session(topic: topic, kecamatan: kecamatan);
        s["startsAt"] = start;
        s["endsAt"] = DateTimeOffset.Parse(start).AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        return s;
    }

    private async Task<System.Text.Json.JsonElement> List(string query) =>
        await Expect(await Viewer.GetAsync("/api/v1/training-sessions?" + query), HttpStatusCode.OK);

    [Test]
    public async Task List_ByQuarter_UsesJakartaStartDate()
    {
        var q1 = await List("quarter=2030-Q1");
        var q2 = await List("quarter=2030-Q2");

        Assert.That(q1.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(q2.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        Assert.That(q2.GetProperty("items")[0].GetProperty("startsAt").GetString(), Is.EqualTo("2030-04-01T06:00:00+07:00"));
    }

    [Test]
    public async Task List_ByTopicStatusKecamatanAndDates()
    {
        Assert.That((await List("topic=digital_marketing&from=2030-01-01")).GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That((await List("status=open&from=2030-01-01")).GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        Assert.That((await List("kecamatan=12.71.02&from=2030-01-01")).GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That((await List("from=2030-03-31&to=2030-03-31")).GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task List_SortsAndPages()
    {
        var page = await List("from=2030-01-01&sort=-startsAt&pageSize=2&page=1");

        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(2));
        Assert.That(page.GetProperty("items")[0].GetProperty("quarter").GetString(), Is.EqualTo("2030-Q2"));
    }

    [Test]
    public async Task List_InvalidFilters_Return400()
    {
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-sessions?quarter=2030-Q5"), "quarter");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-sessions?topic=cooking"), "topic");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-sessions?from=31-12-2030"), "from");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-sessions?sort=venue"), "sort");
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/training-sessions?pageSize=101"), "pageSize");
    }

    [Test]
    public async Task List_WithoutCredentials_Returns401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/training-sessions"), HttpStatusCode.Unauthorized);
    }
}
