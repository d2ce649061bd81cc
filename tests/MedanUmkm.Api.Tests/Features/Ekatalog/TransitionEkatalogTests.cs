using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

public sealed class TransitionEkatalogTests : ApiTest
{
    [Test]
    public async Task Transition_ReadyBusinessThroughToListed_KeepsDatedHistoryWithActor()
    {
        var (id, _) = await ReadyBusiness(Officer);

        await Walk(Officer, id, "preparing", "submitted", "listed");

        var business = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(business.GetProperty("ekatalogStatus").GetString(), Is.EqualTo("listed"));
        var history = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{id}/ekatalog-transitions"), HttpStatusCode.OK);
        Assert.That(history.EnumerateArray().Select(h => h.GetProperty("from").GetString() + ">" + h.GetProperty("to").GetString()),
            Is.EqualTo(new[] { "not_started>preparing", "preparing>submitted", "submitted>listed" }));
        Assert.That(history[0].GetProperty("actorName").GetString(), Is.EqualTo("officer user"));
        Assert.That(history[0].GetProperty("actorType").GetString(), Is.EqualTo("user"));
        Assert.That(history[2].GetProperty("occurredAt").GetDateTimeOffset(), Is.EqualTo(Now).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Transition_MovesBusinessVersionAndReturnsNewETag()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;

        var response = await Officer.SendAsync(Transition(id, etag, "preparing"));

        var body = await Expect(response, HttpStatusCode.Created);
        Assert.That(body.GetProperty("businessVersion").GetInt32(), Is.EqualTo(registered.GetProperty("version").GetInt32() + 1));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo(await BusinessETag(Officer, id)));
    }

    [Test]
    public async Task Transition_NotAllowedStep_Returns409NamingAllowedSteps()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;

        var problem = await Expect(await Officer.SendAsync(Transition(id, etag, "listed")), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_transition"));
        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "preparing" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("not_started").And.Contain("preparing"));
        var business = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(business.GetProperty("ekatalogStatus").GetString(), Is.EqualTo("not_started"));
        Assert.That(business.GetProperty("version").GetInt32(), Is.EqualTo(registered.GetProperty("version").GetInt32()), "a refused step changes nothing");
    }

    [Test]
    public async Task Submit_WhenBusinessNotReady_Returns409NamingWhatIsMissing()
    {
        var (registered, _) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;
        await Walk(Officer, id, "preparing");

        var problem = await Expect(await Officer.SendAsync(Transition(id, await BusinessETag(Officer, id), "submitted")), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("not_ready"));
        var missing = problem.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToArray();
        Assert.That(missing, Is.EquivalentTo(new[] { "kswp", "product" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("kswp").And.Contain("product"));
        var history = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}/ekatalog-transitions"));
        Assert.That(history.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Reject_WithoutReason_Returns400()
    {
        var (id, _) = await ReadyBusiness(Officer);
        await Walk(Officer, id, "preparing", "submitted");

        await ExpectFieldError(await Officer.SendAsync(Transition(id, await BusinessETag(Officer, id), "rejected")), "reason");
    }

    [Test]
    public async Task Reject_ThenPrepareAgain_KeepsReasonInHistory()
    {
        var (id, _) = await ReadyBusiness(Officer);
        await Walk(Officer, id, "preparing", "submitted");

        await Expect(await Officer.SendAsync(Transition(id, await BusinessETag(Officer, id), "rejected", "Foto produk buram")), HttpStatusCode.Created);
        await Walk(Officer, id, "preparing");

        var history = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}/ekatalog-transitions"));
        Assert.That(history[2].GetProperty("to").GetString(), Is.EqualTo("rejected"));
        Assert.That(history[2].GetProperty("reason").GetString(), Is.EqualTo("Foto produk buram"));
        Assert.That(history[3].GetProperty("to").GetString(), Is.EqualTo("preparing"));
    }

    [Test]
    public async Task Delist_ListedBusiness_RemovesItFromCatalog()
    {
        var (id, productId) = await ReadyBusiness(Officer);
        await Walk(Officer, id, "preparing", "submitted", "listed");
        await Expect(await Anonymous.GetAsync($"/api/v1/catalog/{productId}"), HttpStatusCode.OK);

        await Expect(await Officer.SendAsync(Transition(id, await BusinessETag(Officer, id), "delisted", "Permintaan pemilik")), HttpStatusCode.Created);

        await Expect(await Anonymous.GetAsync($"/api/v1/catalog/{productId}"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Transition_WithoutIfMatch_Returns428()
    {
        var (registered, _) = await TestData.RegisterBusiness(Officer);
        var response = await Officer.PostAsJsonAsync($"/api/v1/businesses/{registered.GetProperty("id").GetString()}/ekatalog-transitions", new { to = "preparing" });
        await Expect(response, HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task Transition_WithStaleIfMatch_Returns412()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;
        await Walk(Officer, id, "preparing");

        await Expect(await Officer.SendAsync(Transition(id, etag, "not_started")), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Transition_ConcurrentOnSameBusiness_OneWinsOtherGets412AndHistoryHasOneEntry()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        var id = registered.GetProperty("id").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Officer.SendAsync(Transition(id, etag, "preparing"))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.That(statuses.Count(s => s == HttpStatusCode.Created), Is.EqualTo(1), string.Join(",", statuses));
        Assert.That(statuses.Where(s => s != HttpStatusCode.Created),
            Is.All.AnyOf(HttpStatusCode.PreconditionFailed, HttpStatusCode.Conflict));
        var history = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}/ekatalog-transitions"));
        Assert.That(history.GetArrayLength(), Is.EqualTo(1));
        var business = await Json(await Officer.GetAsync($"/api/v1/businesses/{id}"));
        Assert.That(business.GetProperty("version").GetInt32(), Is.EqualTo(registered.GetProperty("version").GetInt32() + 1));
        Assert.That(history[0].GetProperty("businessVersion").GetInt32(), Is.EqualTo(business.GetProperty("version").GetInt32()));
    }

    [Test]
    public async Task Transition_AsViewer_Returns403()
    {
        var (registered, etag) = await TestData.RegisterBusiness(Officer);
        await Expect(await Viewer.SendAsync(Transition(registered.GetProperty("id").GetString()!, etag, "preparing")), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Transition_UnknownBusiness_Returns404()
    {
        await Expect(await Officer.SendAsync(Transition("999999", "\"1\"", "preparing")), HttpStatusCode.NotFound);
    }
}
