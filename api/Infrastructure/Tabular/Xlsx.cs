using System.Globalization;
using System.Xml;
using MedanUmkm.Api.Infrastructure.Errors;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// Reads the first worksheet of a workbook with MiniExcel (streaming: rows are yielded as they are
/// parsed). Every upload has passed <see cref="XlsxGuard"/> in <see cref="TabularFormats.Sniff(string, string)"/>
/// first, so the library only ever sees a package of bounded size, without DTDs or formulas.
/// </summary>
internal static class XlsxReader
{
    /// <summary>415 unless the file is a workbook with a worksheet; 400/413 when <see cref="XlsxGuard"/> refuses it.</summary>
    /// <returns>The rows of the first worksheet that hold a value (the header included).</returns>
    public static int EnsureWorkbook(string path, string fileName) => XlsxGuard.Check(path, fileName, XlsxLimits.Default)["first"];

    private static OpenXmlConfiguration Config() => new()
    {
        // A string cell "@@@fileid@@@,<part>" would otherwise be read as the bytes of that zip part.
        EnableConvertByteArray = false,
        // The shared strings stay in memory (bounded by the guard) instead of a cache file in the
        // world-readable temporary folder.
        EnableSharedStringCache = false,
        FillMergedCells = false,
        IgnoreEmptyRows = false,
    };

    public static IEnumerable<TabularRecord> Read(string path)
    {
        IEnumerator<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Config())
                .Cast<IDictionary<string, object?>>().GetEnumerator();
        }
        catch (Exception e) when (IsUnreadable(e)) { throw Damaged(e); }
        using (rows)
        {
            var rowNumber = 0;
            var values = new List<string?>(32);
            while (true)
            {
                try
                {
                    if (!rows.MoveNext()) yield break;
                    rowNumber++; // empty rows are yielded too (IgnoreEmptyRows = false), so this is the sheet's row number
                    values.Clear();
                    foreach (var (key, value) in rows.Current)
                    {
                        if (value is null) continue;
                        var column = ColumnIndex(key);
                        while (values.Count <= column) values.Add(null);
                        values[column] = Text(value);
                    }
                }
                catch (Exception e) when (IsUnreadable(e)) { throw Damaged(e); }
                if (values.All(string.IsNullOrEmpty)) continue;
                yield return new TabularRecord(rowNumber, values.ToArray());
            }
        }
    }

    private static bool IsUnreadable(Exception e) => e is not (DomainException or OperationCanceledException or OutOfMemoryException);

    private static MalformedFileException Damaged(Exception e) => e switch
    {
        XmlException x => new MalformedFileException($"The worksheet is not valid XML (line {x.LineNumber}): the file is damaged."),
        _ => new MalformedFileException("The workbook cannot be read: the file is damaged. Open it in Excel and save it again."),
    };

    /// <summary>Cell values as the importer reads text: numbers invariant and without exponent, dates yyyy-MM-dd.</summary>
    private static string? Text(object value) => value switch
    {
        string s => s,
        double d => Number(d),
        bool b => b ? "true" : "false",
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>1.5E8 -> "150000000"; whole numbers exactly as stored (a 16-digit NIK typed as a number stays whole).</summary>
    private static string Number(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return d.ToString(CultureInfo.InvariantCulture);
        if (d == Math.Truncate(d) && Math.Abs(d) < 9e18) return ((long)d).ToString(CultureInfo.InvariantCulture);
        return Math.Abs(d) < 7.9e27 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>"AB" -> 27 (0-based).</summary>
    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var ch in letters) index = index * 26 + (ch - 'A' + 1);
        return index - 1;
    }
}

/// <summary>A second sheet of a workbook (the template's column documentation).</summary>
public sealed record NotesSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows);

/// <summary>
/// Writes workbooks with MiniExcel. <see cref="Write"/> pulls the rows as the library writes them
/// (memory stays flat however many rows: the export's path). Text cells are written as strings
/// (never as formulas) with the CSV-injection apostrophe of <see cref="CellText.Safe"/>; numbers
/// of a <see cref="CellKind.Number"/> column are written as numbers.
/// </summary>
internal static class XlsxFile
{
    private static OpenXmlConfiguration Config() => new()
    {
        EnableConvertByteArray = false,
        EnableWriteNullValueCell = false,
        FreezeRowCount = 1,
        AutoFilter = false,
        TableStyles = TableStyles.Default,
        Culture = CultureInfo.InvariantCulture,
    };

    /// <summary>The output must accept synchronous writes (a file or memory stream).</summary>
    public static void Write(Stream output, IReadOnlyList<TabularColumn> columns, IEnumerable<IReadOnlyList<object?>> rows, NotesSheet? notes = null)
    {
        var sheets = new Dictionary<string, object>
        {
            ["data"] = Sheet(columns.Select(c => c.Header).ToList(), columns.Select(c => c.Kind).ToList(), rows),
        };
        if (notes is not null)
            sheets[notes.Name] = Sheet(notes.Header, [], notes.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()));
        MiniExcel.SaveAs(output, sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: Config());
    }

    /// <summary>
    /// The header is written as the first row (not as MiniExcel's header, so that an export without
    /// rows still has it); the keys only name the columns.
    /// </summary>
    private static IEnumerable<IDictionary<string, object?>> Sheet(IReadOnlyList<string> header, List<CellKind> kinds,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        var keys = Enumerable.Range(0, header.Count).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var first = new Dictionary<string, object?>(keys.Length);
        for (var i = 0; i < keys.Length; i++) first[keys[i]] = Cell(header[i], CellKind.Text);
        yield return first;
        foreach (var row in rows)
        {
            var cells = new Dictionary<string, object?>(keys.Length);
            for (var i = 0; i < keys.Length; i++)
                cells[keys[i]] = i < row.Count ? Cell(row[i], i < kinds.Count ? kinds[i] : CellKind.Text) : null;
            yield return cells;
        }
    }

    private static object? Cell(object? value, CellKind kind) => value switch
    {
        null or "" => null,
        int or long or decimal or double when kind == CellKind.Number => value,
        string s => XmlSafe(CellText.Safe(s)),
        _ => XmlSafe(CellText.Format(value)),
    };

    // XML 1.0 forbids most control characters even when escaped.
    private static string XmlSafe(string s) =>
        s.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string(s.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : s;
}

/// <summary>
/// The push-style writer behind <see cref="TabularFormats.Writer"/> for XLSX: it keeps the rows
/// until <see cref="CompleteAsync"/> and then writes them with <see cref="XlsxFile"/>. Meant for
/// small workbooks (templates); large exports go through <see cref="TabularExport"/>, which streams.
/// </summary>
internal sealed class XlsxWriter(Stream output) : ITabularWriter
{
    private IReadOnlyList<TabularColumn> _columns = [];
    private readonly List<IReadOnlyList<object?>> _rows = [];
    private NotesSheet? _notes;

    public Task WriteHeaderAsync(IReadOnlyList<TabularColumn> columns, CancellationToken ct)
    {
        _columns = columns;
        return Task.CompletedTask;
    }

    public Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken ct)
    {
        _rows.Add(values);
        return Task.CompletedTask;
    }

    public Task WriteNotesSheetAsync(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        _notes = new NotesSheet(name, header, rows.ToList());
        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken ct)
    {
        XlsxFile.Write(output, _columns, _rows, _notes);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
