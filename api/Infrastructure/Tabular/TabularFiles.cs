using System.Buffers;
using System.Text;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>The spreadsheet formats the API reads and writes.</summary>
public enum TabularFormat { Csv, Xlsx }

/// <summary>One record of a sheet: its spreadsheet row number (the header is row 1) and cell texts.</summary>
public readonly record struct TabularRecord(int RowNumber, string?[] Values);

/// <summary>
/// A column of an import template or export: its stable name (the API's camelCase field name, the
/// key of report errors), its documentation, and what a person sees: <see cref="Header"/> in the
/// request's language (the name itself when none is given), the other headers an import accepts for
/// it (<see cref="AcceptedHeaders"/>: the name and both languages' headers), and, for an
/// enumeration, the values an XLSX template offers as a dropdown list (<see cref="Choices"/>).
/// </summary>
public sealed record TabularColumn(string Name, string Description, string Example, bool Required = false, CellKind Kind = CellKind.Text)
{
    private readonly string? _header;

    /// <summary>The header row's text; the name unless a (translated) header is given.</summary>
    public string Header { get => _header ?? Name; init => _header = value; }

    /// <summary>Headers an import maps to this column besides <see cref="Header"/> and the name (case-insensitive).</summary>
    public IReadOnlyList<string> AcceptedHeaders { get; init; } = [];

    /// <summary>The values an XLSX template offers in a dropdown list; null for free input.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>Every header text an import maps to this column.</summary>
    public IEnumerable<string> AllHeaders() => AcceptedHeaders.Prepend(Header).Prepend(Name);
}

/// <summary>The CSV separator: ';' by default (Excel set to Indonesian splits on it), ',' on request.</summary>
public static class CsvSeparator
{
    public const char Semicolon = ';';
    public const char Comma = ',';

    /// <summary>"comma" or ","; "semicolon" or ";" or nothing: ';'. Null when the text is neither.</summary>
    public static char? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "semicolon" or ";" => Semicolon,
        "comma" or "," => Comma,
        _ => null,
    };
}

/// <summary>How an XLSX cell is written: text keeps leading zeros and long digit strings (NIK, NIB) intact.</summary>
public enum CellKind { Text, Number, Date }

public static class TabularFormats
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    public static string ContentType(TabularFormat f) => f == TabularFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string Extension(TabularFormat f) => f == TabularFormat.Csv ? "csv" : "xlsx";

    /// <summary>"csv" or "xlsx" (case-insensitive); null otherwise.</summary>
    public static TabularFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => TabularFormat.Csv,
        "xlsx" => TabularFormat.Xlsx,
        _ => null,
    };

    /// <summary>
    /// Checks that a stored upload is what its name claims (xlsx: a zip with the OOXML parts; csv:
    /// UTF-8 text) and returns its format; 415 otherwise.
    /// </summary>
    /// <remarks>An .xlsx passes <see cref="XlsxGuard"/> here (413/400 for a bomb, a DTD, formulas), before anything else reads it.</remarks>
    public static TabularFormat Sniff(string path, string fileName) => Sniff(path, fileName, out _);

    /// <summary>As <see cref="Sniff(string, string)"/>, also counting the rows an .xlsx fills.</summary>
    /// <param name="path">The stored upload.</param>
    /// <param name="fileName">The name the caller gave the file; its extension names the claimed format.</param>
    /// <param name="filledRows">XLSX: the rows of the first worksheet that hold a value, header included, as counted by the checks; null for CSV.</param>
    public static TabularFormat Sniff(string path, string fileName, out int? filledRows)
    {
        filledRows = null;
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var format = Parse(extension) ?? throw new UnsupportedFileException(
            $"'{fileName}' is neither a .csv nor an .xlsx file. Save the spreadsheet as CSV (UTF-8) or Excel workbook (.xlsx).");
        if (format == TabularFormat.Xlsx) filledRows = XlsxReader.EnsureWorkbook(path, fileName);
        else EnsureUtf8Text(path, fileName);
        return format;
    }

    private static void EnsureUtf8Text(string path, string fileName)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
            throw new UnsupportedFileException($"'{fileName}' is a zip archive (perhaps an Excel workbook), not CSV text. Name it .xlsx or save it as CSV (UTF-8).");
        if (!System.Text.Unicode.Utf8.IsValid(bytes) || Array.IndexOf(bytes, (byte)0) >= 0)
            throw new UnsupportedFileException($"'{fileName}' is not UTF-8 text. In Excel choose \"CSV UTF-8 (Comma delimited)\" when saving.");
    }

    /// <summary>Reads the records of a stored file (CSV or the first worksheet), header first; fully empty rows are skipped.</summary>
    public static IEnumerable<TabularRecord> Read(string path, TabularFormat format) =>
        format == TabularFormat.Csv ? CsvReader.Read(path) : XlsxReader.Read(path);

    /// <summary>A writer for the format over the given stream (CSV: with the given separator, ';' by default).</summary>
    public static ITabularWriter Writer(TabularFormat format, Stream output, char separator = CsvSeparator.Semicolon) =>
        format == TabularFormat.Csv ? new CsvWriter(output, separator) : new XlsxWriter(output);
}

/// <summary>Writes a header and rows; <see cref="CompleteAsync"/> finishes the file.</summary>
public interface ITabularWriter : IAsyncDisposable
{
    Task WriteHeaderAsync(IReadOnlyList<TabularColumn> columns, CancellationToken ct);
    Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken ct);
    /// <summary>XLSX only: a second sheet (documentation in templates). CSV writes nothing.</summary>
    Task WriteNotesSheetAsync(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct);
    Task CompleteAsync(CancellationToken ct);
}

/// <summary>400: the file is broken (bad quoting, bad XML, no header).</summary>
public sealed class MalformedFileException(string detail) : DomainException("Malformed file", detail)
{
    public override int StatusCode => StatusCodes.Status400BadRequest;
}

/// <summary>415: the file is not what it claims to be.</summary>
public sealed class UnsupportedFileException(string detail) : DomainException("Unsupported media type", detail)
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}

/// <summary>413: the upload is larger than the limit.</summary>
public sealed class FileTooLargeException(long limit) : DomainException("Payload too large",
    $"The file is larger than {limit / (1024 * 1024)} MB. Split it into smaller files.")
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;
}

/// <summary>Cell text shared by the writers.</summary>
internal static class CellText
{
    private static readonly SearchValues<char> NumberLiteralChars = SearchValues.Create("0123456789 .*-");

    /// <summary>
    /// Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection):
    /// text starting with =, @, tab, CR, + or -. Only text: numbers of a number column are written as
    /// numbers by the writers and never pass here. A text that is a plain number or phone literal
    /// (+ or - then only digits, spaces, '.', '-' and the '*' of a masked phone, e.g. +6281265432109,
    /// -5) is left alone: without letters or other signs it cannot call a function, read a cell or
    /// start DDE, and the office's phone numbers stay as they are. The importer removes the apostrophe again.
    /// </summary>
    public static string Safe(string s)
    {
        if (s.Length == 0) return s;
        var c = s[0];
        if (c is '=' or '@' or '\t' or '\r') return "'" + s;
        if (c is '+' or '-' && !IsNumberLiteral(s)) return "'" + s;
        return s;
    }

    private static bool IsNumberLiteral(string s) =>
        s.Length > 1 && char.IsAsciiDigit(s[1]) && s.AsSpan(1).IndexOfAnyExcept(NumberLiteralChars) < 0;

    /// <summary>Reverses <see cref="Safe"/> on import.</summary>
    public static string Unescape(string s) =>
        s.Length > 1 && s[0] == '\'' && s[1] is '=' or '@' or '+' or '-' or '\t' or '\r' ? s[1..] : s;

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
