using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

public sealed class RecordTaxStatusTests : ApiTest
{
    private async Task<string> NewBusiness() => (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;

    [Test]
    public async Task Record_ValidCheck_Returns201WithCurrentUntilAndListsNewestFirst()
    {
        var id = await NewBusiness();
        await RecordKswp(Officer, id, "invalid", Today.AddDays(-40));

        var response = await Officer.PostAsJsonAsync($"/api/v1/businesses/{id}/tax-status",
            new { status = "valid", checkedOn = Today.ToString("yyyy-MM-dd"), reference = "S-123/KSWP/2026" });

        var body = await Expect(response, HttpStatusCode.Created);
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("valid"));
        Assert.That(body.GetProperty("reference").GetString(), Is.EqualTo("S-123/KSWP/2026"));
        Assert.That(body.GetProperty("currentUntil").GetString(), Is.EqualTo(MedanUmkm.Api.Features.Ekatalog.Readiness.KswpCurrentUntil(Today, entity: false).ToString("yyyy-MM-dd")));
        Assert.That(body.GetProperty("recordedByName").GetString(), Is.EqualTo("officer user"));
        var list = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{id}/tax-status"), HttpStatusCode.OK);
        Assert.That(list.EnumerateArray().Select(c => c.GetProperty("status").GetString()), Is.EqualTo(new[] { "valid", "invalid" }));
        Assert.That(StatusOf(await Readiness(Viewer, id), "kswp"), Is.EqualTo("met"));
    }

    [Test]
    public async Task Record_CheckedInFuture_Returns400()
    {
        var id = await NewBusiness();
        await ExpectFieldError(await Officer.PostAsJsonAsync($"/api/v1/businesses/{id}/tax-status",
            new { status = "valid", checkedOn = Today.AddDays(1).ToString("yyyy-MM-dd") }), "checkedOn");
    }

    [Test]
    public async Task Record_WithoutStatus_Returns400()
    {
        var id = await NewBusiness();
        await ExpectFieldError(await Officer.PostAsJsonAsync($"/api/v1/businesses/{id}/tax-status",
            new { checkedOn = Today.ToString("yyyy-MM-dd") }), "status");
    }

    [Test]
    public async Task Record_AsViewer_Returns403()
    {
        var id = await NewBusiness();
        await Expect(await Viewer.PostAsJsonAsync($"/api/v1/businesses/{id}/tax-status",
            new { status = "valid", checkedOn = Today.ToString("yyyy-MM-dd") }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Record_UnknownBusiness_Returns404()
    {
        await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses/999999/tax-status",
            new { status = "valid", checkedOn = Today.ToString("yyyy-MM-dd") }), HttpStatusCode.NotFound);
    }
}
