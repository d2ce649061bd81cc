using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>The hand-written reader this change replaced, kept only to time the new one against it (XlsxImportTiming).</summary>
internal static class OldXlsxReader
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

