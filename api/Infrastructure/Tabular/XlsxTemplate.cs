using System.Drawing;
using System.Globalization;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// A workbook an officer fills in: the data sheet first (the importer reads the first worksheet),
/// its header and rows written as text (leading zeros of NIK and NIB stay), a dropdown list (data
/// validation) on every column with <see cref="TabularColumn.Choices"/>, then the help sheet, then
/// the hidden sheet holding the lists the dropdowns refer to (a list typed into the validation
/// itself is limited to 255 characters; the 21 kecamatan and 151 kelurahan are longer).
/// </summary>
/// <param name="DataSheet">Name of the data sheet ("Data").</param>
/// <param name="Columns">The header cells in order; an extra column such as the error column is one too.</param>
/// <param name="Rows">Data rows (empty for a template; the rows to fix for an error file).</param>
/// <param name="HelpSheet">Name of the help sheet ("Petunjuk").</param>
/// <param name="HelpLines">Lines of instructions above the column table of the help sheet.</param>
/// <param name="HelpHeader">Header of the column table ("Kolom", "Wajib", "Keterangan", "Contoh").</param>
/// <param name="HelpRows">One row per column.</param>
/// <param name="ListSheet">Name of the hidden sheet with the dropdown lists ("Daftar").</param>
public sealed record TemplateWorkbook(
    string DataSheet,
    IReadOnlyList<TabularColumn> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Rows,
    string HelpSheet,
    IReadOnlyList<string> HelpLines,
    IReadOnlyList<string> HelpHeader,
    IReadOnlyList<IReadOnlyList<string>> HelpRows,
    string ListSheet)
{
    /// <summary>Data rows below the header that carry the dropdowns.</summary>
    public int ValidatedRows { get; init; } = 5_000;

    /// <summary>The column (0-based) whose cells are highlighted as errors; null for none.</summary>
    public int? ErrorColumn { get; init; }
}

/// <summary>Writes <see cref="TemplateWorkbook"/>s with SpreadCheetah (MiniExcel writes no data validation).</summary>
public static class XlsxTemplate
{
    public static async Task WriteAsync(Stream output, TemplateWorkbook book, CancellationToken ct)
    {
        await using var sheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { BufferSize = 1 << 16 }, ct);
        var textStyle = new Style { Format = NumberFormat.Standard(StandardNumberFormat.Text) };
        var text = sheet.AddStyle(textStyle);
        var header = sheet.AddStyle(new Style
        {
            Font = { Bold = true },
            Fill = { Color = Color.FromArgb(0xDD, 0xEB, 0xF7) },
            Format = NumberFormat.Standard(StandardNumberFormat.Text),
        });
        var error = sheet.AddStyle(new Style
        {
            Font = { Color = Color.FromArgb(0x9C, 0x00, 0x06) },
            Fill = { Color = Color.FromArgb(0xFF, 0xC7, 0xCE) },
            Alignment = { WrapText = true },
        });
        var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
        var wrap = sheet.AddStyle(new Style { Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });

        var data = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < book.Columns.Count; i++)
        {
            var column = data.Column(i + 1);
            column.Width = i == book.ErrorColumn ? 60 : Math.Clamp(book.Columns[i].Header.Length + 4, 12, 40);
            if (i != book.ErrorColumn) column.DefaultStyle = textStyle;
        }
        await sheet.StartWorksheetAsync(book.DataSheet, data, ct);
        await sheet.AddHeaderRowAsync(book.Columns.Select(c => c.Header).ToList(), header, ct);
        foreach (var row in book.Rows)
        {
            var cells = new Cell[book.Columns.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var value = i < row.Count ? row[i] : null;
                cells[i] = i == book.ErrorColumn
                    ? new Cell(XmlSafe(value ?? ""), error)
                    : new Cell(string.IsNullOrEmpty(value) ? null : XmlSafe(CellText.Safe(value)), text);
            }
            await sheet.AddRowAsync(cells, ct);
        }

        // Each enumeration's list is a column of the list sheet; its dropdown covers the data rows.
        var lists = book.Columns.Select((c, i) => (Column: c, Index: i)).Where(x => x.Column.Choices is { Count: > 0 }).ToList();
        var lastRow = Math.Max(book.ValidatedRows, book.Rows.Count) + 1;
        for (var l = 0; l < lists.Count; l++)
        {
            var (column, index) = lists[l];
            var letter = ColumnLetters(l);
            var validation = DataValidation.ListValuesFromCells(book.ListSheet,
                string.Create(CultureInfo.InvariantCulture, $"${letter}$2:${letter}${column.Choices!.Count + 1}"), showDropdown: true);
            validation.ErrorTitle = column.Header;
            validation.ErrorMessage = column.Description.Length > 255 ? column.Description[..255] : column.Description;
            validation.ErrorType = ValidationErrorType.Warning;
            var target = ColumnLetters(index);
            sheet.AddDataValidation(string.Create(CultureInfo.InvariantCulture, $"{target}2:{target}{lastRow}"), validation);
        }

        var help = new WorksheetOptions();
        help.Column(1).Width = 28;
        help.Column(2).Width = 10;
        help.Column(3).Width = 90;
        help.Column(4).Width = 30;
        await sheet.StartWorksheetAsync(book.HelpSheet, help, ct);
        foreach (var line in book.HelpLines) await sheet.AddRowAsync([new Cell(line, wrap)], ct);
        if (book.HelpLines.Count > 0) await sheet.AddRowAsync(Array.Empty<Cell>(), ct);
        await sheet.AddHeaderRowAsync(book.HelpHeader.ToList(), bold, ct);
        foreach (var row in book.HelpRows) await sheet.AddRowAsync(row.Select(v => new Cell(XmlSafe(CellText.Safe(v)), wrap)).ToArray(), ct);

        var listOptions = new WorksheetOptions { Visibility = WorksheetVisibility.Hidden };
        for (var l = 0; l < lists.Count; l++) listOptions.Column(l + 1).Width = 30;
        await sheet.StartWorksheetAsync(book.ListSheet, listOptions, ct);
        await sheet.AddHeaderRowAsync(lists.Select(x => x.Column.Header).ToList(), bold, ct);
        var longest = lists.Count == 0 ? 0 : lists.Max(x => x.Column.Choices!.Count);
        for (var r = 0; r < longest; r++)
            await sheet.AddRowAsync(lists.Select(x => r < x.Column.Choices!.Count ? new Cell(XmlSafe(x.Column.Choices[r])) : new Cell()).ToArray(), ct);

        await sheet.FinishAsync(ct);
    }

    /// <summary>0 -> "A", 25 -> "Z", 26 -> "AA".</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    // XML 1.0 forbids most control characters even when escaped.
    private static string XmlSafe(string s) =>
        s.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string(s.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : s;
}
