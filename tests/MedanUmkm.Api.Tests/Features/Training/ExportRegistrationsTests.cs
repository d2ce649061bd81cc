using System.Globalization;
using System.Net;
using System.Text;
using MedanUmkm.Api.Tests.Features.Imports;
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
    public async Task ExportCsv_IsUtf8WithBomSemicolonsQuotedAndMasksPhoneForViewer()
    {
        var id = await SessionWithQuotedName();

        var response = await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.EndWith(".csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.That(lines[0], Is.EqualTo("No;Nama usaha;Pemilik;NIB;Kecamatan;Telepon;Status;Hadir;Catatan hasil"));
        Assert.That(lines[1], Does.StartWith("1;\"Keripik \"\"Ubi\"\" Bu Sembiring, Medan\";Rina Br Sembiring;"));
        Assert.That(lines[1], Does.Contain("+62812*****109"));
        Assert.That(lines[1], Does.Contain("Medan Kota").And.Contain("terdaftar"));
    }

    [Test]
    public async Task ExportCsv_ShowsFullPhoneToOfficer_AndTakesCommasOnRequest()
    {
        var id = await SessionWithQuotedName();

        var text = await (await Officer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=csv&separator=comma")).Content.ReadAsStringAsync();

        Assert.That(text, Does.Contain("+6281265432109"));
        Assert.That(text.TrimStart('\uFEFF'), Does.StartWith("No,Nama usaha,Pemilik,"));
    }

    /// <summary>A started session with one attended business (with an outcome note) and one absent.</summary>
    private async Task<(string Id, DateTimeOffset StartsAt)> HeldSession()
    {
        var startsAt = Now.AddHours(-2);
        var (id, _) = await TrainingTestData.PlanOpen(Officer, TrainingTestData.Session(startsAt, title: "Pelatihan Kemasan Kopi"));
        var a = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer, name: "Kopi Hadir"));
        var b = await TrainingTestData.Registered(Officer, id, await TrainingTestData.NewBusiness(Officer, name: "Kopi Absen"));
        await Expect(await TrainingTestData.Attendance(Officer, id,
            new { registrationId = a.GetProperty("id").GetString(), attended = true, outcomeNote = "Sudah buka toko online" },
            new { registrationId = b.GetProperty("id").GetString(), attended = false }), HttpStatusCode.OK);
        return (id, startsAt);
    }

    [Test]
    public async Task AttendanceXlsx_HasTheSessionHeader_NumberedRows_OutcomeNotes_AndASignatureColumn()
    {
        var (id, startsAt) = await HeldSession();

        var response = await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=xlsx");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType,
            Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.StartWith("daftar-hadir-"));
        var records = ImportTestFiles.ReadSheet(await response.Content.ReadAsByteArrayAsync(), "daftar-hadir.xlsx");
        var text = records.Select(r => string.Join("|", r.Values.Select(v => v ?? ""))).ToList();
        Assert.That(text[0], Is.EqualTo("DAFTAR HADIR PELATIHAN"));
        var wib = startsAt.ToOffset(TimeSpan.FromHours(7));
        var day = wib.ToString("dddd, d MMMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
        Assert.That(text, Does.Contain("Judul|Pelatihan Kemasan Kopi"));
        Assert.That(text, Does.Contain("Topik|Kemasan"));
        Assert.That(text, Does.Contain($"Tanggal|{day}, {wib:HH.mm}–{wib.AddHours(2):HH.mm} WIB"));
        Assert.That(text, Does.Contain("Tempat|Aula Dinas Koperasi UKM, Jl. Gatot Subroto (Medan Kota)"));
        Assert.That(text, Does.Contain("Pelatih|Dewi Lestari Nasution, S.E."));
        var header = text.IndexOf("No|Nama usaha|Pemilik|NIB|Kecamatan|Telepon|Status|Hadir|Catatan hasil|Tanda tangan");
        Assert.That(header, Is.GreaterThan(0), string.Join("\n", text));
        var rows = records.Skip(header + 1).Select(r => r.Values).ToList();
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "1", "2" }), "numbered rows");
        var attended = rows.Single(r => r[1] == "Kopi Hadir");
        Assert.That((attended[7], attended[8]), Is.EqualTo(("hadir", "Sudah buka toko online")));
        Assert.That(rows.Single(r => r[1] == "Kopi Absen")[7], Is.EqualTo("tidak hadir"));
        Assert.That(attended[5], Does.Contain("*"), "the phone is masked for a viewer");
        Assert.That(rows.All(r => r.Length <= 9 || string.IsNullOrEmpty(r[9])), Is.True, "the signature column is left to sign");
    }

    [Test]
    public async Task AttendancePage_IsStyledForPrinting_AndSpeaksEnglishOnRequest()
    {
        var (id, _) = await HeldSession();

        var response = await Officer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=html&lang=en");

        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("@media print").And.Contain("@page"));
        Assert.That(html, Does.Contain("TRAINING ATTENDANCE LIST").And.Contain("<th scope=\"col\">Signature</th>").And.Contain("Outcome notes"));
        Assert.That(html, Does.Contain("Sudah buka toko online").And.Contain("Packaging"));
    }

    [Test]
    public async Task Export_UnknownFormat_Returns400_UnknownSession_Returns404()
    {
        var id = await SessionWithQuotedName();

        await ExpectFieldError(await Viewer.GetAsync($"/api/v1/training-sessions/{id}/registrations/export?format=pdf"), "format");
        await Expect(await Viewer.GetAsync("/api/v1/training-sessions/999999/registrations/export?format=csv"), HttpStatusCode.NotFound);
    }
}
