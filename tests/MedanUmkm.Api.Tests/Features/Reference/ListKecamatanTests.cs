using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Reference;

public sealed class ListKecamatanTests : ApiTest
{
    [Test]
    public async Task List_ReturnsMedans21KecamatanWithCodes()
    {
        var body = await Expect(await Viewer.GetAsync("/api/v1/reference/kecamatan"), HttpStatusCode.OK);

        Assert.That(body.GetArrayLength(), Is.EqualTo(21));
        Assert.That(body[0].GetProperty("code").GetString(), Is.EqualTo("12.71.01"));
        Assert.That(body[0].GetProperty("name").GetString(), Is.EqualTo("Medan Kota"));
        Assert.That(body[20].GetProperty("code").GetString(), Is.EqualTo("12.71.21"));
        Assert.That(body[20].GetProperty("name").GetString(), Is.EqualTo("Medan Selayang"));
    }

    [Test]
    public async Task List_WithoutCredentials_Returns401()
    {
        await Expect(await Anonymous.GetAsync("/api/v1/reference/kecamatan"), HttpStatusCode.Unauthorized);
    }
}
