using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>The hand-written writer this change replaced, kept only to time the new one against it (XlsxImportTiming).</summary>
internal sealed class OldXlsxWriter : ITabularWriter
{
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private XmlWriter? _sheet;
    private Stream? _sheetStream;
    private IReadOnlyList<TabularColumn> _columns = [];
    private int _row;

    public OldXlsxWriter(Stream output) => _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

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
