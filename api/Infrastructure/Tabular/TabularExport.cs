namespace MedanUmkm.Api.Infrastructure.Tabular;

/// <summary>
/// Writes rows to a download as they arrive. CSV goes straight to the response; XLSX is a zip
/// whose writer (MiniExcel) needs synchronous writes, so it is built in a private self-deleting
/// temporary file (rows still stream into it, memory stays flat) and then copied to the response.
/// </summary>
public static class TabularExport
{
    public static async Task WriteAsync(Stream output, TabularFormat format, IReadOnlyList<TabularColumn> columns,
        IAsyncEnumerable<IReadOnlyList<object?>> rows, char separator, CancellationToken ct)
    {
        if (format == TabularFormat.Csv)
        {
            await using var csv = TabularFormats.Writer(format, output, separator);
            await WriteRowsAsync(csv, columns, rows, ct);
            return;
        }
        // The workbook is built in a private (0600), self-deleting temporary file by the library on a
        // worker thread, which pulls the rows as it writes them: memory stays flat however many rows.
        var path = Path.Combine(Path.GetTempPath(), "medanumkm-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None, BufferSize = 1 << 16,
            Options = FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using var file = new FileStream(path, options);
        await Task.Run(() => XlsxFile.Write(file, columns, rows.ToBlockingEnumerable(ct)), ct);
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
