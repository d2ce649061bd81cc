using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// Streaming reader of the first worksheet of an Office Open XML workbook (System.IO.Compression
/// and XmlReader: rows are yielded as they are parsed; only the shared string table is held).
/// </summary>
internal static class XlsxReader
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, IgnoreComments = true,
    };

    /// <summary>415 unless the file is a zip holding a workbook with at least one worksheet.</summary>
    public static void EnsureWorkbook(string path, string fileName)
    {
        using (var stream = File.OpenRead(path))
        {
            Span<byte> magic = stackalloc byte[4];
            if (stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
                throw new UnsupportedFileException($"'{fileName}' is not an Excel workbook (.xlsx is a zip archive). Save it as \"Excel Workbook (.xlsx)\" or as CSV UTF-8.");
        }
        using var zip = Open(path);
        if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
            throw new UnsupportedFileException($"'{fileName}' is a zip archive but not an Excel workbook (no [Content_Types].xml or xl/workbook.xml).");
        if (FirstSheetPath(zip) is not { } sheet || zip.GetEntry(sheet) is null)
            throw new UnsupportedFileException($"'{fileName}' has no worksheet.");
    }

    private static ZipArchive Open(string path)
    {
        try { return ZipFile.OpenRead(path); }
        catch (InvalidDataException) { throw new UnsupportedFileException("The file is not a readable zip archive, so not an .xlsx workbook."); }
    }

    public static IEnumerable<TabularRecord> Read(string path)
    {
        using var zip = Open(path);
        var sheetPath = FirstSheetPath(zip) ?? throw new MalformedFileException("The workbook has no worksheet.");
        var shared = ReadSharedStrings(zip);
        var entry = zip.GetEntry(sheetPath) ?? throw new MalformedFileException("The workbook's first worksheet is missing.");
        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, Settings);
        var enumerator = ReadRows(xml, shared).GetEnumerator();
        while (true)
        {
            TabularRecord record;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                record = enumerator.Current;
            }
            catch (XmlException e) { throw new MalformedFileException($"The worksheet is not valid XML (line {e.LineNumber}): the file is damaged."); }
            catch (InvalidDataException) { throw new MalformedFileException("The workbook is damaged (a zip entry cannot be read)."); }
            yield return record;
        }
    }

    private static IEnumerable<TabularRecord> ReadRows(XmlReader xml, List<string> shared)
    {
        var values = new List<string?>(32);
        var lastRow = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row") continue;
            var rowNumber = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : lastRow + 1;
            lastRow = rowNumber;
            values.Clear();
            if (xml.IsEmptyElement) continue;
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                var column = ColumnIndex(xml.GetAttribute("r")) ?? values.Count;
                var type = xml.GetAttribute("t");
                var text = ReadCell(xml, type, shared);
                while (values.Count < column) values.Add(null);
                if (values.Count == column) values.Add(text);
                else values[column] = text;
            }
            if (values.All(string.IsNullOrEmpty)) continue;
            yield return new TabularRecord(rowNumber, values.ToArray());
        }
    }

    private static string? ReadCell(XmlReader xml, string? type, List<string> shared)
    {
        if (xml.IsEmptyElement) return null;
        var depth = xml.Depth;
        string? value = null;
        var inline = new StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "v") value = xml.ReadElementContentAsString();
            else if (xml.LocalName == "t" && type == "inlineStr") inline.Append(xml.ReadElementContentAsString());
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
        }
        return type switch
        {
            "inlineStr" => inline.ToString(),
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i]
                : throw new MalformedFileException("A cell refers to a shared string that does not exist: the file is damaged."),
            "b" => value == "1" ? "true" : "false",
            "str" or "e" => value,
            _ => NormaliseNumber(value),
        };
    }

    /// <summary>Numbers as Excel writes them ("1.5E8", "42.0") become plain invariant text ("150000000", "42").</summary>
    private static string? NormaliseNumber(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value;
        if (value.AsSpan().IndexOfAny("Ee.") < 0) return value;
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (d == decimal.Truncate(d) ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture))
            : value;
    }

    /// <summary>"AB12" -> 27 (0-based column).</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') { index = index * 26 + (ch - 'A' + 1); letters++; }
            else break;
        }
        return letters == 0 ? null : index - 1;
    }

    private static List<string> ReadSharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry) return list;
        try
        {
            using var stream = entry.Open();
            using var xml = XmlReader.Create(stream, Settings);
            var sb = new StringBuilder();
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si") continue;
                sb.Clear();
                if (!xml.IsEmptyElement)
                {
                    var depth = xml.Depth;
                    while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                    {
                        if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement) xml.Skip();
                        if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
                        {
                            sb.Append(xml.ReadElementContentAsString());
                            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) break;
                        }
                    }
                }
                list.Add(sb.ToString());
            }
        }
        catch (XmlException e) { throw new MalformedFileException($"The workbook's shared strings are not valid XML (line {e.LineNumber}): the file is damaged."); }
        return list;
    }

    /// <summary>The zip path of the first worksheet named in xl/workbook.xml.</summary>
    private static string? FirstSheetPath(ZipArchive zip)
    {
        try
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
        catch (XmlException) { throw new UnsupportedFileException("The workbook's structure (xl/workbook.xml) is not valid XML."); }
        catch (InvalidDataException) { throw new UnsupportedFileException("The workbook is damaged (a zip entry cannot be read)."); }
    }
}

/// <summary>
/// Streaming writer of a minimal workbook: rows go straight into the zip entry of the worksheet
/// (inline strings, no shared string table), so memory stays flat however many rows.
/// The output stream must accept synchronous writes (a file); the export copies it out afterwards.
/// </summary>
internal sealed class XlsxWriter : ITabularWriter
{
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private XmlWriter? _sheet;
    private Stream? _sheetStream;
    private IReadOnlyList<TabularColumn> _columns = [];
    private int _row;

    public XlsxWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    private static XmlWriter NewXml(Stream s) => XmlWriter.Create(s, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });

    private void Part(string path, string content)
    {
        using var s = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var w = new StreamWriter(s, new UTF8Encoding(false));
        w.Write(content);
    }

    private void StartSheet(string name)
    {
        EndSheet();
        _sheets.Add(name);
        _sheetStream = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest).Open();
        _sheet = NewXml(_sheetStream);
        _sheet.WriteStartDocument(true);
        _sheet.WriteStartElement("worksheet", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        _sheet.WriteStartElement("sheetViews");
        _sheet.WriteStartElement("sheetView");
        _sheet.WriteAttributeString("workbookViewId", "0");
        _sheet.WriteStartElement("pane");
        _sheet.WriteAttributeString("ySplit", "1");
        _sheet.WriteAttributeString("topLeftCell", "A2");
        _sheet.WriteAttributeString("activePane", "bottomLeft");
        _sheet.WriteAttributeString("state", "frozen");
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteStartElement("sheetData");
        _row = 0;
    }

    private void EndSheet()
    {
        if (_sheet is null) return;
        _sheet.WriteEndElement(); // sheetData
        _sheet.WriteEndElement(); // worksheet
        _sheet.Dispose();
        _sheetStream!.Dispose();
        _sheet = null;
    }

    private void Row(IReadOnlyList<object?> values, bool header)
    {
        var w = _sheet!;
        _row++;
        w.WriteStartElement("row");
        w.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value is null || value is string { Length: 0 }) continue;
            w.WriteStartElement("c");
            w.WriteAttributeString("r", ColumnName(i) + _row.ToString(CultureInfo.InvariantCulture));
            if (header) w.WriteAttributeString("s", "1");
            var kind = header || i >= _columns.Count ? CellKind.Text : _columns[i].Kind;
            if (kind == CellKind.Number && value is int or long or decimal or double)
            {
                w.WriteElementString("v", CellText.Format(value));
            }
            else
            {
                w.WriteAttributeString("t", "inlineStr");
                w.WriteStartElement("is");
                w.WriteStartElement("t");
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(XmlSafe(value is string s ? CellText.Safe(s) : CellText.Format(value)));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string XmlSafe(string s) =>
        s.Any(c => c < 0x20 && c is not '\t' and not '\n' and not '\r') ? new string(s.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : s;

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    public Task WriteHeaderAsync(IReadOnlyList<TabularColumn> columns, CancellationToken ct)
    {
        _columns = columns;
        StartSheet("data");
        Row(columns.Select(c => (object?)c.Name).ToList(), header: true);
        return Task.CompletedTask;
    }

    public Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken ct)
    {
        Row(values, header: false);
        return Task.CompletedTask;
    }

    public Task WriteNotesSheetAsync(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        _columns = [];
        StartSheet(name);
        Row(header.Cast<object?>().ToList(), header: true);
        foreach (var row in rows) Row(row.Cast<object?>().ToList(), header: false);
        return Task.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken ct)
    {
        EndSheet();
        var overrides = string.Concat(_sheets.Select((_, i) =>
            $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"));
        Part("[Content_Types].xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>
            """);
        Part("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        var sheets = string.Concat(_sheets.Select((n, i) => $"<sheet name=\"{System.Security.SecurityElement.Escape(n)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"));
        Part("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>
            """);
        var rels = string.Concat(_sheets.Select((_, i) =>
            $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"));
        Part("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{_sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """);
        Part("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """);
        _zip.Dispose();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _sheet?.Dispose();
        _sheetStream?.Dispose();
        _zip.Dispose();
        return ValueTask.CompletedTask;
    }
}
