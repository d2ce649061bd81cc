using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Tests.Features.Imports;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Exports;

public sealed class ExportBusinessesTests : ApiTest
{
    private JsonObject _inKota = null!;
    private JsonObject _inBaru = null!;

    [OneTimeSetUp]
    public async Task Register()
    {
        _inKota = TestData.Business("Kopi Ekspor Kota");
        _inKota["kbli"] = new JsonArray(new JsonObject { ["code"] = "10792", ["version"] = "2020" }, new JsonObject { ["code"] = "47111", ["version"] = "2020" });
        _inBaru = TestData.Business("Kopi Ekspor Baru");
        _inBaru["kecamatanCode"] = "12.71.17";
        await TestData.RegisterBusiness(Officer, _inKota);
        await TestData.RegisterBusiness(Officer, _inBaru);
    }

    private static List<string[]> ReadCsv(string text, char separator = ';') =>
        text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.RegularExpressions.Regex.Split(l, separator + "(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").Select(v => v.Trim('"')).ToArray())
            .ToList();

    [Test]
    public async Task Csv_ForOfficer_HasUnmaskedPersonalData_AndAppliesFilters()
    {
        var response = await Officer.GetAsync("/api/v1/exports/businesses?format=csv&q=Ekspor&kecamatan=12.71.01");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.EndWith(".csv"));
        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var header = rows[0].ToList();
        Assert.That(rows, Has.Count.EqualTo(2), "header and the one business in Medan Kota");
        var row = rows[1];
        Assert.That(row[header.IndexOf("NIB")], Is.EqualTo(_inKota["nib"]!.ToString()));
        Assert.That(row[header.IndexOf("NIK pemilik")], Is.EqualTo(_inKota["ownerNik"]!.ToString()));
        Assert.That(row[header.IndexOf("Telepon")], Is.EqualTo("+6281265432109"));
        Assert.That(row[header.IndexOf("KBLI")], Is.EqualTo("10792:2020;47111:2020"));
        Assert.That(row[header.IndexOf("Kecamatan")], Is.EqualTo("Medan Kota"), "by name, not code");
        Assert.That(row[header.IndexOf("Jenis kelamin pemilik")], Is.EqualTo("Perempuan"));
        Assert.That(row[header.IndexOf("Sektor")], Is.EqualTo("Makanan dan minuman"));
        Assert.That(row[header.IndexOf("Skala")], Is.EqualTo("Mikro"));
        Assert.That(row[header.IndexOf("Status")], Is.EqualTo("Aktif"));
        Assert.That(row[header.IndexOf("Status e-katalog")], Is.EqualTo("Belum mulai"));
        Assert.That(row[header.IndexOf("Binaan sejak")], Is.EqualTo("15/03/2021"));
        var listed = await Officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/businesses?q={_inKota["nib"]}");
        var createdAt = listed.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
        var registered = OfficeTime.ToOffice(createdAt).ToString("dd/MM/yyyy HH.mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(row[header.IndexOf("Terdaftar (WIB)")], Is.EqualTo(registered), "office time (WIB), not UTC");
    }

    [Test]
    public async Task Csv_ForViewer_MasksPersonalData()
    {
        var response = await Viewer.GetAsync("/api/v1/exports/businesses?format=csv&q=Ekspor");

        var rows = ReadCsv(await response.Content.ReadAsStringAsync());
        var header = rows[0].ToList();
        Assert.That(rows, Has.Count.EqualTo(3));
        foreach (var row in rows.Skip(1))
        {
            Assert.That(row[header.IndexOf("NIK pemilik")], Does.Match(@"^1271\*{10}\d\d$"));
            Assert.That(row[header.IndexOf("Alamat")], Is.EqualTo("***"));
            Assert.That(row[header.IndexOf("Telepon")], Does.Contain("*"));
            Assert.That(row[header.IndexOf("Surel")], Does.Contain("***@"));
            Assert.That(row[header.IndexOf("Nama usaha")], Does.StartWith("Kopi Ekspor"));
        }
    }

    [Test]
    public async Task Xlsx_ForViewer_IsAWorkbookWithMaskedData_AndForOfficerUnmasked()
    {
        async Task<List<TabularRecord>> Export(HttpClient client)
        {
            var response = await client.GetAsync("/api/v1/exports/businesses?format=xlsx&q=Ekspor&sort=name");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var path = Path.GetTempFileName();
            await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
            var records = TabularFormats.Read(path, TabularFormats.Sniff(path, "export.xlsx")).ToList();
            File.Delete(path);
            return records;
        }

        var viewer = await Export(Viewer);
        var officer = await Export(Officer);

        var header = viewer[0].Values.ToList();
        var nik = header.IndexOf("NIK pemilik");
        Assert.That(viewer.Skip(1).Select(r => r.Values[nik]), Has.All.Contains("**********"));
        Assert.That(officer.Skip(1).Select(r => r.Values[nik]), Is.EquivalentTo(new[] { _inKota["ownerNik"]!.ToString(), _inBaru["ownerNik"]!.ToString() }));
        Assert.That(officer[1].Values[header.IndexOf("Nama usaha")], Is.EqualTo("Kopi Ekspor Baru"), "sorted by name");
        Assert.That(officer[1].Values[header.IndexOf("Modal usaha (Rp)")], Is.EqualTo("150000000"));
        Assert.That(officer[1].Values[header.IndexOf("Kecamatan")], Is.EqualTo("Medan Baru"));
    }

    [Test]
    public async Task OfficerExport_ImportedAgain_ChangesNothing()
    {
        var csv = await (await Officer.GetAsync("/api/v1/exports/businesses?format=csv&q=Ekspor")).Content.ReadAsByteArrayAsync();

        var job = await ImportTestFiles.ImportAsync(Officer, csv, "export.csv", dryRun: true);

        Assert.That(job.GetProperty("errorCount").GetInt32(), Is.Zero, job.ToString());
        Assert.That(job.GetProperty("unchanged").GetInt32(), Is.EqualTo(2));
        Assert.That(job.GetProperty("ignoredColumns").EnumerateArray().Select(e => e.GetString()), Does.Contain("Skala"));
    }

    [Test]
    public async Task Export_InEnglish_WithCommas_HasEnglishHeadersAndLabels_AndImportsAgainUnchanged()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/exports/businesses?format=csv&separator=comma&q=Ekspor&kecamatan=12.71.01");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var bytes = await (await Officer.SendAsync(request)).Content.ReadAsByteArrayAsync();

        var rows = ReadCsv(Encoding.UTF8.GetString(bytes), ',');
        var header = rows[0].ToList();
        Assert.That(header, Does.Contain("Business name").And.Contain("Owner gender").And.Contain("Registered (WIB)"));
        Assert.That(rows[1][header.IndexOf("Owner gender")], Is.EqualTo("Female"));
        Assert.That(rows[1][header.IndexOf("Sector")], Is.EqualTo("Food and beverages"));
        Assert.That(rows[1][header.IndexOf("Kecamatan (district)")], Is.EqualTo("Medan Kota"));
        Assert.That(rows[1][header.IndexOf("Fostered since")], Is.EqualTo("2021-03-15"));

        var job = await ImportTestFiles.ImportAsync(Officer, bytes, "export.csv", dryRun: true);
        Assert.That((job.GetProperty("errorCount").GetInt32(), job.GetProperty("unchanged").GetInt32()), Is.EqualTo((0, 1)), job.ToString());
    }

    [Test]
    public async Task Export_WithBadFilter_Returns400()
    {
        await ExpectFieldError(await Officer.GetAsync("/api/v1/exports/businesses?format=csv&scale=huge"), "scale");
        await ExpectFieldError(await Officer.GetAsync("/api/v1/exports/businesses?format=pdf"), "format");
    }

    [Test]
    public async Task Export_Anonymous_Returns401()
    {
        var response = await Anonymous.GetAsync("/api/v1/exports/businesses?format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
