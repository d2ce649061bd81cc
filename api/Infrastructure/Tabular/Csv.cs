using System.Text;

namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// Streaming RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF, a
/// UTF-8 byte order mark, and comma or semicolon as separator (Excel in an Indonesian locale saves
/// CSV with semicolons; the header line decides).
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<TabularRecord> Read(string path)
    {
        using var reader = new StreamReader(path, CellText.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var separator = ',';
        var row = 0;
        var fields = new List<string?>(32);
        var field = new StringBuilder(64);
        var first = true;
        while (true)
        {
            fields.Clear();
            var startRow = row + 1;
            if (!ReadRecord(reader, fields, field, ref separator, first, ref row)) yield break;
            first = false;
            if (fields.All(string.IsNullOrEmpty)) continue;
            yield return new TabularRecord(startRow, fields.ToArray());
        }
    }

    /// <summary>Reads one record; false at end of file. <paramref name="line"/> counts records (spreadsheet rows).</summary>
    private static bool ReadRecord(StreamReader reader, List<string?> fields, StringBuilder field, ref char separator, bool header, ref int line)
    {
        var c = reader.Read();
        if (c < 0) return false;
        line++;
        if (header)
        {
            // Decide the separator from the header line, which has no quoted separators in practice.
            var peekLine = new StringBuilder();
            var ch = c;
            while (ch >= 0 && ch != '\n')
            {
                peekLine.Append((char)ch);
                ch = reader.Read();
            }
            var text = peekLine.ToString().TrimEnd('\r');
            separator = HeaderSeparator(text);
            // Header cells are names; quoted ones may hold the other separator.
            foreach (var part in SplitHeader(text, separator)) fields.Add(Unquote(part.Trim()));
            return true;
        }
        field.Clear();
        var quoted = false;
        var atStart = true;
        while (true)
        {
            if (c < 0)
            {
                if (quoted) throw new MalformedFileException($"Row {line}: a quoted value is not closed (a \" is missing).");
                fields.Add(field.ToString());
                return true;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
            }
            else if (ch == '"' && atStart) { quoted = true; atStart = false; }
            else if (ch == separator) { fields.Add(field.ToString()); field.Clear(); atStart = true; }
            else if (ch == '\n') { fields.Add(TrimCr(field)); return true; }
            else if (ch == '"')
                throw new MalformedFileException($"Row {line}: a \" appears inside a value that does not start with one. Put the value in quotes and double the \" inside it.");
            else { field.Append(ch); atStart = false; }
            c = reader.Read();
        }
    }

    /// <summary>
    /// The separator of a header line: the one of ';' and ',' that occurs more often outside quotes
    /// (headers such as "Modal usaha (Rp, tanpa tanah)" may hold the other one when quoted).
    /// </summary>
    internal static char HeaderSeparator(string header)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var ch in header)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch == ';') semicolons++;
            else if (!quoted && ch == ',') commas++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Splits a header line on the separator outside quotes.</summary>
    private static IEnumerable<string> SplitHeader(string header, char separator)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"') quoted = !quoted;
            else if (!quoted && header[i] == separator)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }
        yield return header[start..];
    }

    private static string TrimCr(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
        return sb.ToString();
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1].Replace("\"\"", "\"") : s;
}

/// <summary>
/// Streaming CSV writer: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF, and the
/// separator asked for (';' by default: Excel set to Indonesian splits on it; ',' on request).
/// </summary>
internal sealed class CsvWriter(Stream output, char separator = CsvSeparator.Semicolon) : ITabularWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
    private readonly StringBuilder _line = new(512);

    public Task WriteHeaderAsync(IReadOnlyList<TabularColumn> columns, CancellationToken ct) =>
        WriteLineAsync(columns.Select(c => (object?)c.Header).ToList(), ct);

    public Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken ct) => WriteLineAsync(values, ct);

    public Task WriteNotesSheetAsync(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken ct) =>
        Task.CompletedTask;

    private async Task WriteLineAsync(IReadOnlyList<object?> values, CancellationToken ct)
    {
        _line.Clear();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0) _line.Append(separator);
            var text = values[i] is string s ? CellText.Safe(s) : CellText.Format(values[i]);
            if (text.AsSpan().IndexOfAny(",\"\r\n;") >= 0)
                _line.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
            else _line.Append(text);
        }
        _line.Append("\r\n");
        await _writer.WriteAsync(_line, ct);
    }

    public Task CompleteAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
