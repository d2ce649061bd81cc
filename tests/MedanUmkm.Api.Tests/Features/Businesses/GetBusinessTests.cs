using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

public sealed class GetBusinessTests : ApiTest
{
    [Test]
    public async Task Get_AsViewer_MasksNikPhoneEmailAndAddress()
    {
        var body = TestData.Business();
        var nik = body["ownerNik"]!.GetValue<string>();
        var (created, _) = await TestData.RegisterBusiness(Officer, body);

        var read = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{created.GetProperty("id")}"), HttpStatusCode.OK);

        Assert.That(read.GetProperty("ownerNik").GetString(), Is.EqualTo(nik[..4] + "**********" + nik[^2..]));
        Assert.That(read.GetProperty("phone").GetString(), Is.EqualTo("+62812*****109"));
        Assert.That(read.GetProperty("email").GetString(), Is.EqualTo("u***@example.co.id"));
        Assert.That(read.GetProperty("address").GetString(), Is.EqualTo("***"));
        Assert.That(read.GetProperty("personalDataMasked").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Get_AsOfficerAndAdmin_ShowsNikUnmasked()
    {
        var body = TestData.Business();
        var (created, _) = await TestData.RegisterBusiness(Officer, body);

        foreach (var client in new[] { Officer, Admin })
        {
            var read = await Expect(await client.GetAsync($"/api/v1/businesses/{created.GetProperty("id")}"), HttpStatusCode.OK);
            Assert.That(read.GetProperty("ownerNik").GetString(), Is.EqualTo(body["ownerNik"]!.GetValue<string>()));
            Assert.That(read.GetProperty("personalDataMasked").GetBoolean(), Is.False);
        }
    }

    [Test]
    public async Task Get_ReturnsETagOfTheCurrentVersion()
    {
        var (created, _) = await TestData.RegisterBusiness(Officer);
        var response = await Viewer.GetAsync($"/api/v1/businesses/{created.GetProperty("id")}");
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"1\""));
    }

    [TestCase("0")]
    [TestCase("99999999")]
    [TestCase("not-an-id")]
    [TestCase("1;DROP TABLE Businesses")]
    public async Task Get_UnknownId_Returns404ProblemDetails(string id) =>
        await Expect(await Viewer.GetAsync($"/api/v1/businesses/{Uri.EscapeDataString(id)}"), HttpStatusCode.NotFound);
}
