using System.Drawing;
using System.Globalization;
using System.Net;
using System.Text;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// A list the office prints and signs (the attendance list of a training session): a title, the
/// facts of its header (label and value), and a numbered table whose last columns may be left empty
/// to be written in by hand (a signature). Written as a workbook ready to print (<see cref="WriteXlsxAsync"/>)
/// or as a print-styled HTML page (<see cref="Html"/>).
/// </summary>
/// <param name="SheetName">Worksheet name (at most 31 characters; : \ / ? * [ ] are removed).</param>
/// <param name="Title">"DAFTAR HADIR PELATIHAN".</param>
/// <param name="Issuer">The office, under the title.</param>
/// <param name="Facts">The header: topic, date, venue, trainer.</param>
/// <param name="Header">The table's column headers, the number column first.</param>
/// <param name="Rows">The table's rows, numbered by the caller.</param>
/// <param name="Widths">Column widths in characters, one per header.</param>
/// <param name="HandwrittenColumns">How many of the last columns are left for handwriting (tall rows, wide cells).</param>
/// <param name="Language">"id" or "en": the page's lang attribute.</param>
public sealed record PrintedList(
    string SheetName,
    string Title,
    string Issuer,
    IReadOnlyList<(string Label, string Value)> Facts,
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double> Widths,
    int HandwrittenColumns,
    string Language)
{
    public async Task WriteXlsxAsync(Stream output, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 1 << 16 }, ct);
        var title = book.AddStyle(new Style { Font = { Bold = true, Size = 14 }, Alignment = { Horizontal = HorizontalAlignment.Center } });
        var centred = book.AddStyle(new Style { Alignment = { Horizontal = HorizontalAlignment.Center } });
        var label = book.AddStyle(new Style { Font = { Bold = true } });
        var thin = new EdgeBorder { BorderStyle = BorderStyle.Thin, Color = Color.Black };
        var border = new Border { Left = thin, Right = thin, Top = thin, Bottom = thin };
        var head = book.AddStyle(new Style
        {
            Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) }, Border = border,
            Alignment = { Horizontal = HorizontalAlignment.Center, Vertical = VerticalAlignment.Center, WrapText = true },
        });
        var cell = book.AddStyle(new Style { Border = border, Alignment = { Vertical = VerticalAlignment.Center, WrapText = true } });

        var options = new WorksheetOptions { ShowGridlines = false };
        for (var i = 0; i < Widths.Count; i++) options.Column(i + 1).Width = Widths[i];
        await book.StartWorksheetAsync(Clean(SheetName), options, ct);
        var last = XlsxTemplate.ColumnLetters(Header.Count - 1);
        await book.AddRowAsync([new Cell(Title, title)], new RowOptions { Height = 22 }, ct);
        book.MergeCells($"A1:{last}1");
        await book.AddRowAsync([new Cell(Issuer, centred)], ct);
        book.MergeCells($"A2:{last}2");
        await book.AddRowAsync(Array.Empty<Cell>(), ct);
        var row = 3;
        foreach (var (name, value) in Facts)
        {
            row++;
            await book.AddRowAsync([new Cell(name, label), new Cell(value)], ct);
            book.MergeCells(string.Create(CultureInfo.InvariantCulture, $"B{row}:{last}{row}"));
        }
        await book.AddRowAsync(Array.Empty<Cell>(), ct);
        await book.AddRowAsync(Header.Select(h => new Cell(h, head)).ToArray(), new RowOptions { Height = 30 }, ct);
        var tall = new RowOptions { Height = HandwrittenColumns > 0 ? 32 : 18 };
        foreach (var values in Rows)
            await book.AddRowAsync(Enumerable.Range(0, Header.Count)
                .Select(i => new Cell(i < values.Count ? CellText.Safe(values[i]) : "", cell)).ToArray(), tall, ct);
        await book.FinishAsync(ct);
    }

    /// <summary>A page that prints as the paper list (A4 landscape, repeated table header, no browser chrome).</summary>
    public string Html()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"").Append(E(Language)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(Title)).Append(" – ").Append(E(Facts.Count > 0 ? Facts[0].Value : "")).Append("</title><style>")
            .Append("""
                body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;margin:2rem;color:#000}
                h1{font-size:14pt;text-align:center;margin:0}
                .issuer{text-align:center;margin:.25rem 0 1rem}
                dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
                dt{font-weight:bold}dd{margin:0}
                table{width:100%;border-collapse:collapse}
                th,td{border:1px solid #000;padding:.3rem .4rem;vertical-align:middle;text-align:left}
                th{background:#ddebf7}
                td.no{text-align:right;width:2.5rem}
                tr.hand td{height:2.2rem}
                td.sign{min-width:9rem}
                @page{size:A4 landscape;margin:12mm}
                @media print{body{margin:0}th{background:none}thead{display:table-header-group}tr{break-inside:avoid}}
                """)
            .Append("</style></head><body><h1>").Append(E(Title)).Append("</h1><p class=\"issuer\">").Append(E(Issuer)).Append("</p><dl>");
        foreach (var (name, value) in Facts) html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
        html.Append("</dl><table><thead><tr>");
        foreach (var h in Header) html.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var values in Rows)
        {
            html.Append(HandwrittenColumns > 0 ? "<tr class=\"hand\">" : "<tr>");
            for (var i = 0; i < Header.Count; i++)
            {
                var css = i == 0 ? " class=\"no\"" : i >= Header.Count - HandwrittenColumns ? " class=\"sign\"" : "";
                html.Append("<td").Append(css).Append('>').Append(E(i < values.Count ? values[i] : "")).Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</tbody></table></body></html>").ToString();
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string Clean(string name)
    {
        var clean = new string(name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }
}
