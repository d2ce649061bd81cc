namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// Writes rows to a download as they arrive. CSV goes straight to the response; XLSX is a zip
/// whose writer needs synchronous writes, so it is built in a self-deleting temporary file (rows
/// still stream into it, memory stays flat) and then copied to the response.
/// </summary>
public static class TabularExport
{
    public static async Task WriteAsync(Stream output, TabularFormat format, IReadOnlyList<TabularColumn> columns,
        IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        if (format == TabularFormat.Csv)
        {
            await using var csv = TabularFormats.Writer(format, output);
            await WriteRowsAsync(csv, columns, rows, ct);
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), "medanumkm-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (var xlsx = TabularFormats.Writer(format, file)) await WriteRowsAsync(xlsx, columns, rows, ct);
        file.Position = 0;
        await file.CopyToAsync(output, ct);
    }

    private static async Task WriteRowsAsync(ITabularWriter writer, IReadOnlyList<TabularColumn> columns,
        IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        await writer.WriteHeaderAsync(columns, ct);
        await foreach (var row in rows.WithCancellation(ct)) await writer.WriteRowAsync(row, ct);
        await writer.CompleteAsync(ct);
    }
}
