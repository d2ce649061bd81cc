using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// CSV and XLSX exports neutralise text that a spreadsheet would run as a formula (issue #14,
/// defect 5), while the numbers of a number column stay numbers.
/// </summary>
public sealed class TabularInjectionTests
{
    private static readonly TabularColumn[] Columns =
    [
        new("name", "Text", "x"),
        new("amount", "A number", "1", Kind: CellKind.Number),
    ];

    private static readonly string[] Payloads =
    [
        "+1+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "+62812*cmd|' /C calc'!A0",
    ];

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static List<IReadOnlyList<object?>> PayloadRows() =>
        [.. Payloads.Select(p => (IReadOnlyList<object?>)[p, -5]), ["+6281265432109", 1500000m], ["-5", -12.5m]];

    private static async Task<byte[]> Export(TabularFormat format)
    {
        using var buffer = new MemoryStream();
        await TabularExport.WriteAsync(buffer, format, Columns, Rows(PayloadRows()), CsvSeparator.Comma, CancellationToken.None);
        return buffer.ToArray();
    }

    /// <summary>RFC 4180 fields of one CSV text (quoted fields with doubled quotes and line breaks).</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++;
            }
            else field.Append(c);
        }
        return rows;
    }

    [Test]
    public async Task Csv_TextStartingWithFormulaCharacters_IsPrefixedWithAQuote_NumbersStayNumbers()
    {
        var rows = ParseCsv(Encoding.UTF8.GetString(await Export(TabularFormat.Csv)).TrimStart('\uFEFF'));

        Assert.That(rows[0], Is.EqualTo(new[] { "name", "amount" }));
        for (var i = 0; i < Payloads.Length; i++)
        {
            Assert.That(rows[i + 1][0], Is.EqualTo("'" + Payloads[i]), $"payload {i} neutralised");
            Assert.That(rows[i + 1][1], Is.EqualTo("-5"), "a negative number of a number column stays a number");
        }
        Assert.That(rows[^2], Is.EqualTo(new[] { "+6281265432109", "1500000" }), "a phone number and an amount stay as they are");
        Assert.That(rows[^1], Is.EqualTo(new[] { "-5", "-12.5" }));
    }

    [Test]
    public async Task Xlsx_TextCellsAreStrings_NeverFormulas_NumbersAreNumbers()
    {
        using var zip = new ZipArchive(new MemoryStream(await Export(TabularFormat.Xlsx)));
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());

        Assert.That(sheet.Descendants(ns + "f"), Is.Empty, "no formula is written");
        var rows = sheet.Descendants(ns + "row").Select(r => r.Elements(ns + "c").ToList()).ToList();
        for (var i = 0; i < Payloads.Length; i++)
        {
            var (text, number) = (rows[i + 1][0], rows[i + 1][1]);
            Assert.That((string?)text.Attribute("t"), Is.AnyOf("str", "inlineStr", "s"), "a text cell");
            if (Payloads[i][0] is '\t' or '\r') Assert.That(text.Value, Does.StartWith("'"));
            else Assert.That(text.Value, Is.EqualTo("'" + Payloads[i]));
            Assert.That((string?)number.Attribute("t"), Is.Null.Or.EqualTo("n"), "a number cell");
            Assert.That(number.Value, Is.EqualTo("-5"));
        }
    }

    [Test]
    public async Task Xlsx_ExportReadsBack_WithTheApostropheForTheImporterToRemove()
    {
        var path = Path.Combine(Path.GetTempPath(), $"injection-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await Export(TabularFormat.Xlsx));
        try
        {
            var records = TabularFormats.Read(path, TabularFormats.Sniff(path, "export.xlsx")).ToList();

            Assert.That(records[0].Values, Is.EqualTo(new[] { "name", "amount" }));
            Assert.That(records[1].Values, Is.EqualTo(new[] { "'" + Payloads[0], "-5" }));
            Assert.That(records[^2].Values, Is.EqualTo(new[] { "+6281265432109", "1500000" }));
            Assert.That(records[^1].Values, Is.EqualTo(new[] { "-5", "-12.5" }));
        }
        finally { File.Delete(path); }
    }
}
