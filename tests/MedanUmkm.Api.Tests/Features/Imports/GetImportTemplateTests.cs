using System.Net;
using System.Text;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

public sealed class GetImportTemplateTests : ApiTest
{
    private static readonly string[] IndonesianHeaders =
    [
        "NIB", "Nama usaha", "Nama pemilik", "NIK pemilik", "Jenis kelamin pemilik", "NPWP", "NITKU", "KBLI", "Sektor", "Kecamatan",
        "Kelurahan", "Kode kelurahan", "Alamat", "Telepon", "Surel", "Tahun berdiri", "Jumlah pekerja", "Modal usaha (Rp)",
        "Omzet tahunan (Rp)", "Binaan sejak",
    ];

    [Test]
    public async Task CsvTemplate_IsUtf8WithBom_SemicolonSeparated_WithIndonesianHeaders_AndAFilledCopyImports()
    {
        var response = await Officer.GetAsync("/api/v1/import-templates/businesses?format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with a byte order mark, so Excel reads it as UTF-8");
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(string.Join(';', IndonesianHeaders)), "';' separates the columns: Excel set to Indonesian splits on it");
        Assert.That(lines.Count(l => l.StartsWith("\"# ") || l.StartsWith("# ")), Is.EqualTo(Columns.Length), "one note per column");
        Assert.That(text, Does.Contain("10792:2020;47111:2020").And.Contain("Contoh:"));

        var row = TestData.Business();
        var cells = Columns.Select(c => c switch
        {
            "ownerGender" => "Perempuan",
            "sector" => "Makanan dan minuman",
            "kecamatanCode" => "Medan Kota",
            "fosteredSince" => "15/03/2021",
            _ => Cell(row, c),
        });
        var filled = text + string.Join(';', cells.Select(Quote)) + "\r\n";
        var job = await ImportAsync(Officer, Encoding.UTF8.GetBytes(filled), "templat.csv", dryRun: true);

        Assert.That(job.GetProperty("errorCount").GetInt32(), Is.Zero, job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(1), "the note rows are skipped");
    }

    [Test]
    public async Task CsvTemplate_WithSeparatorComma_IsCommaSeparated()
    {
        var text = await Officer.GetStringAsync("/api/v1/imports/templates/businesses?format=csv&separator=comma");

        Assert.That(text.TrimStart('\uFEFF').Split("\r\n")[0], Is.EqualTo(string.Join(',', IndonesianHeaders)));
        await ExpectFieldError(await Officer.GetAsync("/api/v1/imports/templates/businesses?format=csv&separator=tab"), "separator");
    }

    [Test]
    public async Task XlsxTemplate_HasIndonesianHeaders_DropdownLists_AHelpSheet_AndParsesBack()
    {
        var response = await Officer.GetAsync("/api/v1/import-templates/businesses?format=xlsx");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var file = await response.Content.ReadAsByteArrayAsync();
        var records = ReadSheet(file, "template.xlsx"); // through XlsxGuard first, as an upload
        Assert.That(records.Single().Values, Is.EqualTo(IndonesianHeaders));

        var workbook = XlsxPart(file, "xl/workbook.xml");
        Assert.That(workbook, Does.Contain("name=\"Data\"").And.Contain("name=\"Petunjuk\"").And.Contain("name=\"Daftar\""));
        Assert.That(workbook.IndexOf("name=\"Data\"", StringComparison.Ordinal), Is.LessThan(workbook.IndexOf("name=\"Petunjuk\"", StringComparison.Ordinal)),
            "the data sheet comes first: the importer reads the first worksheet");
        var sheet = XlsxPart(file, "xl/worksheets/sheet1.xml");
        var validations = System.Text.RegularExpressions.Regex.Matches(sheet, "<dataValidation [^>]*type=\"list\"[^>]*sqref=\"(?<ref>[A-Z]+)2:[A-Z]+\\d+\"[^>]*>.*?<formula1>(?<formula>[^<]+)</formula1>")
            .ToDictionary(m => m.Groups["ref"].Value, m => m.Groups["formula"].Value);
        // E gender, I sector, J kecamatan, K kelurahan: each a dropdown over its list on the hidden sheet.
        Assert.That(validations.Keys, Is.EquivalentTo(new[] { "E", "I", "J", "K" }), sheet.Length > 3000 ? sheet[..3000] : sheet);
        Assert.That(validations.Values, Has.All.Contains("Daftar"));

        var lists = XlsxPart(file, "xl/worksheets/sheet3.xml");
        Assert.That(lists, Does.Contain("Medan Kota").And.Contain("Medan Selayang").And.Contain("Makanan dan minuman").And.Contain("Perempuan")
            .And.Contain("Pasar Merah Barat"));
        var help = XlsxPart(file, "xl/worksheets/sheet2.xml");
        Assert.That(help, Does.Contain("Keterangan").And.Contain("dd/mm/yyyy").And.Contain("Kesalahan"));
    }

    [Test]
    public async Task Template_WithLangEn_HasEnglishHeadersAndLists()
    {
        var csv = await Officer.GetStringAsync("/api/v1/imports/templates/businesses?format=csv&lang=en");
        Assert.That(csv.TrimStart('\uFEFF').Split("\r\n")[0], Does.StartWith("NIB;Business name;Owner name;Owner NIK;Owner gender"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/imports/templates/businesses?format=xlsx");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var file = await (await Officer.SendAsync(request)).Content.ReadAsByteArrayAsync();
        Assert.That(ReadSheet(file, "template.xlsx").Single().Values[1], Is.EqualTo("Business name"));
        Assert.That(XlsxPart(file, "xl/workbook.xml"), Does.Contain("name=\"Instructions\""));
        Assert.That(XlsxPart(file, "xl/worksheets/sheet3.xml"), Does.Contain("Food and beverages").And.Contain("Female"));
    }

    [Test]
    public async Task Template_UnknownKind_Returns404_AndBadFormat_Returns400()
    {
        await Expect(await Officer.GetAsync("/api/v1/import-templates/unicorns?format=csv"), HttpStatusCode.NotFound);
        await ExpectFieldError(await Officer.GetAsync("/api/v1/import-templates/businesses?format=pdf"), "format");
    }

    /// <summary>
    /// The template is documented at /import-templates/{kind} (beside /imports/{id}/commit, the first address
    /// made an ambiguous pair of paths); callers of the first address still get the same file.
    /// </summary>
    [Test]
    public async Task Template_AnswersAtTheDocumentedPath_AndAtTheFirstAddress_WhichTheDocumentLeavesOut()
    {
        var documented = await Officer.GetAsync("/api/v1/import-templates/businesses?format=csv");
        var alias = await Officer.GetAsync("/api/v1/imports/templates/businesses?format=csv");

        Assert.That(documented.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(alias.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(alias.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await alias.Content.ReadAsByteArrayAsync(), Is.EqualTo(await documented.Content.ReadAsByteArrayAsync()));
        await Expect(await Officer.GetAsync("/api/v1/imports/templates/unicorns?format=csv"), HttpStatusCode.NotFound);

        var document = await Expect(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/v1/import-templates/{kind}", out var operation), Is.True);
        Assert.That(operation.GetProperty("get").GetProperty("operationId").GetString(), Is.EqualTo("GetImportTemplate"));
        Assert.That(paths.TryGetProperty("/api/v1/imports/templates/{kind}", out _), Is.False, "the first address is an undocumented alias");
    }

    [Test]
    public async Task XlsxFile_IsImported()
    {
        var rows = new[] { TestData.Business(), TestData.Business() };
        using var buffer = new MemoryStream();
        await using (var writer = TabularFormats.Writer(TabularFormat.Xlsx, buffer))
        {
            await writer.WriteHeaderAsync(MedanUmkm.Api.Features.Imports.BusinessImport.Template, CancellationToken.None);
            foreach (var row in rows)
                await writer.WriteRowAsync(Columns.Select(c => c is "employees" or "businessCapitalIdr" or "annualRevenueIdr" or "foundedYear"
                    ? (object?)long.Parse(Cell(row, c)) : Cell(row, c)).ToList(), CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var job = await ImportAsync(Officer, buffer.ToArray(), "umkm.xlsx", dryRun: false);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That(job.GetProperty("format").GetString(), Is.EqualTo("xlsx"));
    }
}
