using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Reference;

/// <summary>ListKelurahan and ListKbli.</summary>
public sealed class ReferenceListsTests : ApiTest
{
    [Test]
    public async Task Kelurahan_OfAKecamatan_ListsItsKelurahanWithKemendagriCodes()
    {
        var body = await Expect(await Viewer.GetAsync("/api/v1/reference/kelurahan?kecamatan=12.71.05"), HttpStatusCode.OK);

        Assert.That(body.GetArrayLength(), Is.EqualTo(6));
        Assert.That(body.EnumerateArray().All(k => k.GetProperty("code").GetString()!.StartsWith("12.71.05.")), Is.True);
        Assert.That(body.EnumerateArray().Select(k => k.GetProperty("name").GetString()), Does.Contain("Kesawan"));
    }

    [Test]
    public async Task Kelurahan_All_Lists151_AndAnUnknownKecamatanIs400()
    {
        var all = await Expect(await Viewer.GetAsync("/api/v1/reference/kelurahan"), HttpStatusCode.OK);
        Assert.That(all.GetArrayLength(), Is.EqualTo(151));
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/reference/kelurahan?kecamatan=12.71.99"), "kecamatan");
    }

    [Test]
    public async Task Kbli_SearchesByCodePrefixOrTitle_Paged()
    {
        var byPrefix = await Expect(await Viewer.GetAsync("/api/v1/reference/kbli?q=1076"), HttpStatusCode.OK);
        Assert.That(byPrefix.GetProperty("items")[0].GetProperty("code").GetString(), Is.EqualTo("10761"));
        Assert.That(byPrefix.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("Industri Pengolahan Kopi"));

        var byTitle = await Expect(await Viewer.GetAsync("/api/v1/reference/kbli?q=kopi"), HttpStatusCode.OK);
        Assert.That(byTitle.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()), Does.Contain("10761"));

        var sections = await Expect(await Viewer.GetAsync("/api/v1/reference/kbli?level=section&pageSize=5&page=2"), HttpStatusCode.OK);
        Assert.That(sections.GetProperty("totalCount").GetInt32(), Is.EqualTo(21));
        Assert.That(sections.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
        Assert.That(sections.GetProperty("items")[0].GetProperty("code").GetString(), Is.EqualTo("F"));

        await ExpectFieldError(await Viewer.GetAsync("/api/v1/reference/kbli?level=group"), "level");
    }

    [Test]
    public async Task Kbli_HoldsTheCodesOfTheMatchedDivisions_FromMigration165()
    {
        var batik = await Expect(await Viewer.GetAsync("/api/v1/reference/kbli?q=13134"), HttpStatusCode.OK);
        Assert.That(batik.GetProperty("items")[0].GetProperty("title").GetString(), Is.EqualTo("Industri Batik"));
        var catering = await Expect(await Viewer.GetAsync("/api/v1/reference/kbli?q=5621"), HttpStatusCode.OK);
        Assert.That(catering.GetProperty("items")[0].GetProperty("code").GetString(), Is.EqualTo("56210"));
        Assert.That(MedanUmkm.Api.Domain.KbliRules.IsKnown("47911", "2020"), Is.True, "no warning for a listed code");
        Assert.That(MedanUmkm.Api.Domain.KbliRules.IsKnown("10899", "2020"), Is.False);
    }
}
