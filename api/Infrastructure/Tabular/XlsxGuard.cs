using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// What an uploaded workbook may hold. The defaults leave room for the office's largest real
/// spreadsheets (100,000 business rows of 25 columns, about 200 MB of worksheet XML) and stop a
/// decompression bomb long before it costs memory or time.
/// </summary>
public sealed record XlsxLimits
{
    public static readonly XlsxLimits Default = new();

    /// <summary>Zip entries (parts) in the package.</summary>
    public int MaxEntries { get; init; } = 1_000;
    /// <summary>Uncompressed bytes of one part, declared and actual.</summary>
    public long MaxPartBytes { get; init; } = 320L * 1024 * 1024;
    /// <summary>Uncompressed bytes of all parts together, declared and actual.</summary>
    public long MaxTotalBytes { get; init; } = 400L * 1024 * 1024;
    /// <summary>Uncompressed : compressed size of a part, once it is past <see cref="RatioFloorBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;
    public long RatioFloorBytes { get; init; } = 1024 * 1024;
    /// <summary>Bytes of XML between two '&lt;': bounds every text node and tag the XML parser ever holds.</summary>
    public int MaxTokenBytes { get; init; } = 256 * 1024;
    /// <summary>Rows of a worksheet (and the highest row number it may name).</summary>
    public int MaxRows { get; init; } = 200_000;
    /// <summary>Columns of a worksheet (and the highest column it may name).</summary>
    public int MaxColumns { get; init; } = 256;
    /// <summary>Cells of all worksheets together.</summary>
    public long MaxCells { get; init; } = 10_000_000;
    /// <summary>Entries of the shared string table.</summary>
    public int MaxSharedStrings { get; init; } = 2_000_000;
    /// <summary>Characters of one cell (Excel's own limit).</summary>
    public int MaxCellChars { get; init; } = 32_767;
}

/// <summary>
/// A workbook refused before the spreadsheet library sees it: 413 when it would unpack to too much
/// (size, ratio, rows, cells), 400 when it holds what a data sheet must not (DTD, formulas); the
/// problem details carry a stable <c>code</c>.
/// </summary>
public sealed class SpreadsheetRejectedException : DomainException
{
    public SpreadsheetRejectedException(int status, string code, string detail)
        : base(status == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Spreadsheet not accepted", detail)
    {
        StatusCode = status;
        Code = code;
        Extensions["code"] = code;
    }

    public string Code { get; }
    public override int StatusCode { get; }

    internal static SpreadsheetRejectedException TooLarge(string code, string detail) => new(StatusCodes.Status413PayloadTooLarge, code, detail);
    internal static SpreadsheetRejectedException Refused(string code, string detail) => new(StatusCodes.Status400BadRequest, code, detail);
}

/// <summary>
/// Checks an uploaded .xlsx with System.IO.Compression and XmlReader before the spreadsheet
/// library reads it: entry count, each entry's declared and actual uncompressed size, the total,
/// the compression ratio, the longest run of XML without markup (one huge cell), DTDs (external
/// entities, billion laughs), CDATA and other markup a workbook never needs, rows, columns, cells,
/// shared strings, cell length, and formula cells (refused: values only). Everything is read
/// through a counting stream in 64 KB chunks, so a bomb is stopped after a few megabytes.
/// </summary>
internal static class XlsxGuard
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true, CloseInput = false,
    };

    /// <summary>Checks the workbook; returns the number of rows with a value in each worksheet part (by zip path).</summary>
    public static IReadOnlyDictionary<string, int> Check(string path, string fileName, XlsxLimits limits)
    {
        using (var stream = File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[4];
            if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
                throw new UnsupportedFileException($"'{fileName}' is not an Excel workbook (.xlsx is a zip archive). Save it as \"Excel Workbook (.xlsx)\" or as CSV UTF-8.");
        }
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (InvalidDataException) { throw new UnsupportedFileException("The file is not a readable zip archive, so not an .xlsx workbook."); }
        using (zip)
        {
            CheckDeclared(zip, limits);
            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
                throw new UnsupportedFileException($"'{fileName}' is a zip archive but not an Excel workbook (no [Content_Types].xml or xl/workbook.xml).");
            var budget = new Budget();
            var filledRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                try
                {
                    using var raw = entry.Open();
                    using var guarded = new GuardedStream(raw, entry.FullName, entry.CompressedLength, limits, budget, IsXml(entry.FullName));
                    if (guarded.Xml) filledRows[entry.FullName] = ScanXml(guarded, entry.FullName, limits, budget);
                    else guarded.CopyTo(Stream.Null);
                }
                catch (InvalidDataException)
                {
                    throw new MalformedFileException($"The workbook is damaged: its part {entry.FullName} cannot be unpacked.");
                }
                catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
                {
                    throw Dtd(entry.FullName);
                }
                catch (XmlException e)
                {
                    throw new MalformedFileException($"The workbook's part {entry.FullName} is not valid XML (line {e.LineNumber}): the file is damaged.");
                }
            }
            if (FirstSheetPath(zip) is not { } sheet || zip.GetEntry(sheet) is null)
                throw new UnsupportedFileException($"'{fileName}' has no worksheet.");
            filledRows["first"] = filledRows.GetValueOrDefault(sheet);
            return filledRows;
        }
    }

    private static void CheckDeclared(ZipArchive zip, XlsxLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
            throw SpreadsheetRejectedException.TooLarge("xlsx_too_many_parts",
                $"The workbook has {zip.Entries.Count} parts; at most {limits.MaxEntries} are accepted. Save the data alone in a new workbook.");
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxPartBytes) throw PartTooLarge(entry.FullName, limits);
            total += entry.Length;
            if (total > limits.MaxTotalBytes) throw TotalTooLarge(limits);
            if (entry.Length > limits.RatioFloorBytes && entry.Length > (double)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                throw Ratio(entry.FullName, limits);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private sealed class Budget
    {
        public long TotalBytes;
        public long Cells;
    }

    /// <summary>Scans one XML part; for a worksheet, returns its rows that hold a value.</summary>
    private static int ScanXml(Stream stream, string name, XlsxLimits limits, Budget budget)
    {
        var isSheet = name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
        var isSharedStrings = name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase);
        var rows = 0;
        var cellsInRow = 0;
        var sharedStrings = 0;
        var filled = 0;
        var rowFilled = false;
        using var xml = XmlReader.Create(stream, Settings);
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    if (xml.Value.Length > limits.MaxCellChars)
                        throw SpreadsheetRejectedException.TooLarge("xlsx_cell_too_long",
                            $"A cell of the workbook holds more than {limits.MaxCellChars:N0} characters (part {name}).");
                    if (isSheet && !rowFilled && !string.IsNullOrWhiteSpace(xml.Value)) { rowFilled = true; filled++; }
                    break;
                case XmlNodeType.Element when isSheet:
                    switch (xml.LocalName)
                    {
                        case "dimension":
                            if (Reference(xml.GetAttribute("ref")?.Split(':')[^1]) is var (col, row)) CheckBounds(col, row, limits);
                            break;
                        case "row":
                            cellsInRow = 0;
                            rowFilled = false;
                            if (++rows > limits.MaxRows) throw TooManyRows(limits);
                            if (int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r)) CheckBounds(0, r, limits);
                            break;
                        case "c":
                            if (++budget.Cells > limits.MaxCells)
                                throw SpreadsheetRejectedException.TooLarge("xlsx_too_many_cells",
                                    $"The workbook has more than {limits.MaxCells:N0} cells. Split it into smaller files.");
                            if (++cellsInRow > limits.MaxColumns) CheckBounds(cellsInRow, 0, limits);
                            if (Reference(xml.GetAttribute("r")) is var (c, cr)) CheckBounds(c, cr, limits);
                            break;
                        case "f":
                            throw SpreadsheetRejectedException.Refused("xlsx_formula_not_allowed",
                                $"The workbook has formula cells ({name}). Formulas are not read: copy the sheet and paste it as values only (Paste Special > Values), then upload again.");
                    }
                    break;
                case XmlNodeType.Element when isSharedStrings && xml.LocalName == "si":
                    if (++sharedStrings > limits.MaxSharedStrings)
                        throw SpreadsheetRejectedException.TooLarge("xlsx_too_many_shared_strings",
                            $"The workbook's shared string table has more than {limits.MaxSharedStrings:N0} entries. Split it into smaller files.");
                    break;
            }
        }
        return filled;
    }

    private static void CheckBounds(int column, int row, XlsxLimits limits)
    {
        if (row > limits.MaxRows) throw TooManyRows(limits);
        if (column > limits.MaxColumns)
            throw SpreadsheetRejectedException.TooLarge("xlsx_too_many_columns",
                $"The worksheet uses more than {limits.MaxColumns} columns. Keep only the template's columns.");
    }

    private static SpreadsheetRejectedException TooManyRows(XlsxLimits limits) =>
        SpreadsheetRejectedException.TooLarge("xlsx_too_many_rows", $"The worksheet has more than {limits.MaxRows:N0} rows. Split it into smaller files.");

    private static SpreadsheetRejectedException PartTooLarge(string name, XlsxLimits limits) =>
        SpreadsheetRejectedException.TooLarge("xlsx_too_large",
            $"The workbook's part {name} unpacks to more than {limits.MaxPartBytes / (1024 * 1024)} MB. Split the data into smaller files.");

    private static SpreadsheetRejectedException TotalTooLarge(XlsxLimits limits) =>
        SpreadsheetRejectedException.TooLarge("xlsx_too_large",
            $"The workbook unpacks to more than {limits.MaxTotalBytes / (1024 * 1024)} MB. Split the data into smaller files.");

    private static SpreadsheetRejectedException Ratio(string name, XlsxLimits limits) =>
        SpreadsheetRejectedException.TooLarge("xlsx_compression_ratio",
            $"The workbook's part {name} unpacks to more than {limits.MaxCompressionRatio} times its packed size, as no real spreadsheet does (a decompression bomb?).");

    private static SpreadsheetRejectedException Dtd(string name) =>
        SpreadsheetRejectedException.Refused("xlsx_dtd_not_allowed",
            $"The workbook's part {name} declares a DTD (<!DOCTYPE>), which a workbook never needs; it is refused (external entities, entity expansion).");

    /// <summary>"AB12" -> (28, 12), 1-based; null when it is not a cell reference.</summary>
    internal static (int Column, int Row)? Reference(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        long column = 0;
        var i = 0;
        for (; i < reference.Length && reference[i] is >= 'A' and <= 'Z'; i++)
            column = Math.Min(column * 26 + (reference[i] - 'A' + 1), int.MaxValue);
        var digits = reference.AsSpan(i);
        if (digits.Length == 0) return ((int)column, 0);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? ((int)column, row) : ((int)column, int.MaxValue);
    }

    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The zip path of the first worksheet named in xl/workbook.xml (the parts were checked above).</summary>
    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? relId = null;
        using (var stream = zip.GetEntry("xl/workbook.xml")!.Open())
        using (var xml = XmlReader.Create(stream, Settings))
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
                {
                    relId = xml.GetAttribute("id", RelNs);
                    break;
                }
        if (relId is null) return null;
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return "xl/worksheets/sheet1.xml";
        using var relStream = rels.Open();
        using var relXml = XmlReader.Create(relStream, Settings);
        while (relXml.Read())
            if (relXml.NodeType == XmlNodeType.Element && relXml.LocalName == "Relationship" && relXml.GetAttribute("Id") == relId)
            {
                var target = relXml.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        return null;
    }

    /// <summary>
    /// Counts what an entry unpacks to (this entry, all entries, ratio to its packed size) and, for
    /// XML, refuses a run of more than <see cref="XlsxLimits.MaxTokenBytes"/> without a '&lt;' (no
    /// text node or tag can be longer) and any &lt;! (DTD, CDATA, comment) or &lt;? past the XML
    /// declaration (in CDATA, comments and processing instructions '&lt;' could hide a long run).
    /// </summary>
    private sealed class GuardedStream(Stream inner, string name, long compressed, XlsxLimits limits, Budget budget, bool xml) : Stream
    {
        private long _count;
        private long _sinceMarkup;
        private int _state; // 0: text, 1: just after '<', 2: just after "<!"
        public bool Xml { get; } = xml;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            var start = _count;
            _count += n;
            budget.TotalBytes += n;
            if (_count > limits.MaxPartBytes) throw PartTooLarge(name, limits);
            if (budget.TotalBytes > limits.MaxTotalBytes) throw TotalTooLarge(limits);
            if (_count > limits.RatioFloorBytes && _count > (double)limits.MaxCompressionRatio * Math.Max(compressed, 1))
                throw Ratio(name, limits);
            if (Xml) Scan(buffer[..n], start);
            return n;
        }

        private void Scan(ReadOnlySpan<byte> span, long offset)
        {
            var i = 0;
            while (i < span.Length)
            {
                if (_state == 1)
                {
                    var b = span[i];
                    if (b == '!') { _state = 2; i++; continue; }
                    if (b == '?' && offset + i > 4) throw Markup();
                    _state = 0;
                }
                else if (_state == 2)
                {
                    throw span[i] is (byte)'D' or (byte)'d' ? Dtd(name) : Markup();
                }
                var next = span[i..].IndexOf((byte)'<');
                if (next < 0)
                {
                    _sinceMarkup += span.Length - i;
                    CheckRun();
                    return;
                }
                _sinceMarkup += next;
                CheckRun();
                _sinceMarkup = 0;
                _state = 1;
                i += next + 1;
            }
        }

        private void CheckRun()
        {
            if (_sinceMarkup > limits.MaxTokenBytes)
                throw SpreadsheetRejectedException.TooLarge("xlsx_cell_too_long",
                    $"The workbook holds a value of more than {limits.MaxTokenBytes / 1024} KB (a cell holds at most {limits.MaxCellChars:N0} characters).");
        }

        private static SpreadsheetRejectedException Markup() =>
            SpreadsheetRejectedException.Refused("xlsx_markup_not_allowed",
                "The workbook's XML holds CDATA, comments or processing instructions, which Excel never writes; save it again with Excel or LibreOffice.");

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
