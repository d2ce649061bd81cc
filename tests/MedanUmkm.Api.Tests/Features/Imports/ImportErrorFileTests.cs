using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Issue #18's spreadsheets: names and codes, dd/mm/yyyy, committing the valid rows only, and the
/// error spreadsheet that goes back to the officer, is fixed in place and imported again.
/// </summary>
public sealed class ImportErrorFileTests : ImportApiTest
{
    private static readonly string[] Headers = MedanUmkm.Api.Features.Imports.BusinessImport.TemplateIn("id").Select(c => c.Header).ToArray();

    /// <summary>A row as an officer fills the template: kecamatan, sector and gender by name, dates as dd/mm/yyyy.</summary>
    private static List<string?> OfficeRow(JsonObject body, string kecamatan = "Medan Kota", string sector = "Makanan dan minuman") =>
        Columns.Select(c => (string?)(c switch
        {
            "ownerGender" => "Perempuan",
            "sector" => sector,
            "kecamatanCode" => kecamatan,
            "fosteredSince" => "15/03/2021",
            _ => Cell(body, c),
        })).ToList();

    private async Task<JsonElement> BusinessByNib(string nib) =>
        (await Officer.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={nib}")).GetProperty("items")[0];

    [Test]
    public async Task NamesAndCodes_AndDayMonthYear_AreAccepted_AndStoredAsCodes()
    {
        var byName = TestData.Business();
        var byCode = TestData.Business();
        var rows = new[]
        {
            OfficeRow(byName, kecamatan: "medan  selayang", sector: "Perdagangan"),
            Columns.Select(c => (string?)(c switch { "kecamatanCode" => "12.71.21", "sector" => "trade", "fosteredSince" => "2021-03-15", _ => Cell(byCode, c) })).ToList(),
        };

        var job = await ImportAsync(Officer, CsvFile(';', Headers, rows), "umkm.csv", dryRun: false);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(2));
        foreach (var nib in new[] { byName["nib"]!.ToString(), byCode["nib"]!.ToString() })
        {
            var stored = await BusinessByNib(nib);
            Assert.That(stored.GetProperty("kecamatanCode").GetString(), Is.EqualTo("12.71.21"));
            Assert.That(stored.GetProperty("sector").GetString(), Is.EqualTo("trade"));
            Assert.That(stored.GetProperty("ownerGender").GetString(), Is.EqualTo("female"));
            Assert.That(stored.GetProperty("fosteredSince").GetString(), Is.EqualTo("2021-03-15"));
        }
    }

    [Test]
    public async Task ValidRowsOnly_CommitsTheGoodRows_AndReportsTheBadOnes_WhileTheDefaultStaysAllOrNothing()
    {
        var good = Enumerable.Range(0, 3).Select(_ => TestData.Business()).ToList();
        var bad = TestData.Business();
        var rows = good.Select(g => OfficeRow(g)).Append(OfficeRow(bad, kecamatan: "Medan Kita")).ToList();
        var dryRun = await ImportAsync(Officer, CsvFile(';', Headers, rows), "umkm.csv", dryRun: true);
        Assert.That((dryRun.GetProperty("created").GetInt32(), dryRun.GetProperty("errorCount").GetInt32()), Is.EqualTo((3, 1)));
        var error = dryRun.GetProperty("errors")[0];
        Assert.That(error.GetProperty("code").GetString(), Is.EqualTo("import.error.kecamatan_unknown"));
        Assert.That(error.GetProperty("header").GetString(), Is.EqualTo("Kecamatan"));
        Assert.That(error.GetProperty("message").GetString(), Does.Contain("bukan kecamatan di Kota Medan"), "Indonesian by default");
        var english = await Officer.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{dryRun.GetProperty("id").GetString()}?lang=en");
        Assert.That(english.GetProperty("errors")[0].GetProperty("message").GetString(), Does.Contain("is not a kecamatan of Kota Medan"),
            "the stored code is rendered in the reader's language");
        Assert.That(english.GetProperty("message").GetString(), Does.StartWith("Dry run: 3 to create"));

        var id = dryRun.GetProperty("id").GetString()!;
        var (_, etag) = await ReadAsync(Officer, id);
        var refused = await Expect(await Commit(Officer, id, etag), HttpStatusCode.Conflict);
        Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo("dry_run_has_errors"), "all or nothing unless the officer chooses otherwise");

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/imports/{id}/commit?mode=valid_rows_only");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var accepted = await Officer.SendAsync(request);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
        var commit = await WaitAsync(Officer, accepted.Headers.Location!.ToString());

        Assert.That(commit.GetProperty("status").GetString(), Is.EqualTo("succeeded"), commit.ToString());
        Assert.That(commit.GetProperty("mode").GetString(), Is.EqualTo("valid_rows_only"));
        Assert.That((commit.GetProperty("created").GetInt32(), commit.GetProperty("errorCount").GetInt32()), Is.EqualTo((3, 1)));
        Assert.That(commit.GetProperty("message").GetString(), Does.Contain("1 baris bermasalah dilewati"));
        foreach (var g in good) Assert.That((await BusinessByNib(g["nib"]!.ToString())).GetProperty("kecamatanCode").GetString(), Is.EqualTo("12.71.01"));
        var missing = await Officer.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={bad["nib"]}");
        Assert.That(missing.GetProperty("totalCount").GetInt32(), Is.Zero, "the bad row is left out");
    }

    [Test]
    public async Task ValidRowsOnly_OnAnUpload_CommitsTheGoodRows()
    {
        var good = TestData.Business();
        var bad = TestData.Business(nib: "123");
        var form = Form(CsvFile(';', Headers, [OfficeRow(good), OfficeRow(bad)]), "umkm.csv", dryRun: false);
        form.Add(new StringContent("valid_rows_only"), "mode");
        var response = await Officer.PostAsync("/api/v1/imports", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());

        var job = await WaitAsync(Officer, response.Headers.Location!.ToString());

        Assert.That((job.GetProperty("status").GetString(), job.GetProperty("created").GetInt32(), job.GetProperty("errorCount").GetInt32()),
            Is.EqualTo(("succeeded", 1, 1)), job.ToString());
    }

    [Test]
    public async Task ErrorXlsx_HoldsTheBadRowsWithAKesalahanColumn_AndFixedInPlace_ImportsAgain()
    {
        var good = Enumerable.Range(0, 5).Select(_ => TestData.Business()).ToList();
        var wrongKecamatan = TestData.Business();
        var wrongSector = TestData.Business();
        var rows = good.Select(g => OfficeRow(g)).ToList();
        rows.Insert(1, OfficeRow(wrongKecamatan, kecamatan: "Medan Kita"));
        rows.Insert(4, OfficeRow(wrongSector, sector: "Tambang"));
        var file = await XlsxFile(Headers, rows);
        var dryRun = await ImportAsync(Officer, file, "umkm-binaan.xlsx", dryRun: true);
        Assert.That((dryRun.GetProperty("created").GetInt32(), dryRun.GetProperty("errorCount").GetInt32()), Is.EqualTo((5, 2)), dryRun.ToString());
        var id = dryRun.GetProperty("id").GetString()!;

        var response = await Officer.GetAsync($"/api/v1/imports/{id}/errors");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Does.Contain("spreadsheetml"), "the same format as uploaded");
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("umkm-binaan-kesalahan.xlsx"));
        var errorFile = await response.Content.ReadAsByteArrayAsync();
        var records = ReadSheet(errorFile, "kesalahan.xlsx");
        Assert.That(records[0].Values, Is.EqualTo(Headers.Append("Kesalahan")));
        Assert.That(records.Skip(1).Select(r => r.Values[0]), Is.EqualTo(new[] { wrongKecamatan["nib"]!.ToString(), wrongSector["nib"]!.ToString() }),
            "only the rows with errors, in file order, values as uploaded");
        var errorColumn = Headers.Length;
        Assert.That(records[1].Values[errorColumn], Does.StartWith("Kecamatan: 'Medan Kita' bukan kecamatan"));
        Assert.That(records[2].Values[errorColumn], Does.StartWith("Sektor: 'Tambang' bukan pilihan Sektor").And.Contain("Makanan dan minuman"));
        Assert.That(XlsxPart(errorFile, "xl/worksheets/sheet1.xml"), Does.Contain("<dataValidation"), "the dropdown lists stay");

        // The officer fixes the two cells in place and uploads the file again (its error column is ignored).
        var kecamatan = Array.IndexOf(Headers, "Kecamatan");
        var sector = Array.IndexOf(Headers, "Sektor");
        var fixedRows = records.Skip(1).Select(r => (IReadOnlyList<string?>)r.Values.ToList()).ToList();
        ((List<string?>)fixedRows[0])[kecamatan] = "Medan Kota";
        ((List<string?>)fixedRows[1])[sector] = "Makanan dan minuman";
        var again = await ImportAsync(Officer, await XlsxFile(records[0].Values.Select(v => v!).ToList(), fixedRows), "umkm-binaan-kesalahan.xlsx", dryRun: false);

        Assert.That(again.GetProperty("status").GetString(), Is.EqualTo("succeeded"), again.ToString());
        Assert.That((again.GetProperty("created").GetInt32(), again.GetProperty("errorCount").GetInt32()), Is.EqualTo((2, 0)));
        Assert.That(again.GetProperty("ignoredColumns").GetArrayLength(), Is.Zero, "the error column is not reported as unknown");
    }

    [Test]
    public async Task ErrorCsv_KeepsTheUploadedFormat_InTheCallersLanguage()
    {
        var bad = TestData.Business();
        var row = OfficeRow(bad);
        row[Array.IndexOf(Columns, "fosteredSince")] = "31/02/2021";
        var dryRun = await ImportAsync(Officer, CsvFile(',', Headers, [row]), "umkm.csv", dryRun: true);
        var id = dryRun.GetProperty("id").GetString()!;

        var response = await Officer.GetAsync($"/api/v1/imports/{id}/errors?lang=en");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.EndWith(";Errors"), "';' by default, the error column in the caller's language");
        Assert.That(lines[1], Does.Contain("'31/02/2021' is not a date"));

        var clean = await ImportAsync(Officer, CsvFile(';', Headers, [OfficeRow(TestData.Business())]), "ok.csv", dryRun: true);
        var none = await Expect(await Officer.GetAsync($"/api/v1/imports/{clean.GetProperty("id").GetString()}/errors"), HttpStatusCode.Conflict);
        Assert.That(none.GetProperty("code").GetString(), Is.EqualTo("no_errors"));
    }

    [Test]
    public async Task ErrorFile_AfterTheValidRowsWereCommitted_IsStillThere()
    {
        var good = TestData.Business();
        var bad = TestData.Business(nib: "123");
        var dryRun = await ImportAsync(Officer, CsvFile(';', Headers, [OfficeRow(good), OfficeRow(bad)]), "umkm.csv", dryRun: true);
        var id = dryRun.GetProperty("id").GetString()!;
        var (_, etag) = await ReadAsync(Officer, id);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/imports/{id}/commit?mode=valid_rows_only");
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var commit = await WaitAsync(Officer, (await Officer.SendAsync(request)).Headers.Location!.ToString());
        Assert.That(commit.GetProperty("created").GetInt32(), Is.EqualTo(1));

        foreach (var job in new[] { id, commit.GetProperty("id").GetString()! })
        {
            var response = await Officer.GetAsync($"/api/v1/imports/{job}/errors");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"job {job}");
            var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[1], Does.StartWith("123;"));
        }
    }
}
