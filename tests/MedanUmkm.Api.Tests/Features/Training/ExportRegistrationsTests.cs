using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class ExportRegistrationsTests : ApiTest
{
    private async Task<string> SessionWithQuotedName()
    {
        var (id, _) = await TrainingTestData.PlanOpen(Officer);
        await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer, name: "Keripik \"Ubi\" Bu Sembiring, Medan"));
        return id;
    }

    [Test]
    public async Task ExportCsv_IsUtf8WithBomQuotedAndMasksPhoneForViewer()
    {
        var id = await SessionWithQuotedName();

        var response = await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.EndWith(".csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.That(lines[0], Is.EqualTo("Nama usaha,Pemilik,NIB,Kecamatan,Telepon,Status,Hadir"));
        Assert.That(lines[1], Does.StartWith("\"Keripik \"\"Ubi\"\" Bu Sembiring, Medan\",Rina Br Sembiring,"));
        Assert.That(lines[1], Does.Contain("+62812*****109"));
        Assert.That(lines[1], Does.Contain("Medan Kota"));
    }

    [Test]
    public async Task ExportCsv_ShowsFullPhoneToOfficer()
    {
        var id = await SessionWithQuotedName();

        var text = await (await Officer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=csv")).Content.ReadAsStringAsync();

        Assert.That(text, Does.Contain("+6281265432109"));
    }

    [Test]
    public async Task ExportXlsx_IsAWorkbookWithHeaderAndRows()
    {
        var id = await SessionWithQuotedName();

        var response = await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=xlsx");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType,
            Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.That(zip.GetEntry("[Content_Types].xml"), Is.Not.Null);
        Assert.That(zip.GetEntry("xl/workbook.xml"), Is.Not.Null);
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var xml = XDocument.Load(sheet);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = xml.Descendants(ns + "row").Select(r => r.Descendants(ns + "t").Select(t => t.Value).ToList()).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0][0], Is.EqualTo("Nama usaha"));
        Assert.That(rows[1][0], Is.EqualTo("Keripik \"Ubi\" Bu Sembiring, Medan"));
        Assert.That(rows[1][4], Does.Contain("*"));
    }

    [Test]
    public async Task Export_UnknownFormat_Returns400_UnknownSession_Returns404()
    {
        var id = await SessionWithQuotedName();

        await ExpectFieldError(await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=pdf"), "format");
        await Expect(await Viewer.GetAsync("/api/v1/training-sessions/999999/registrations/export?format=csv"), HttpStatusCode.NotFound);
    }
}
