using System.Globalization;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Where a job's file waits for the worker, and how long it stays afterwards. A dry run that
/// succeeded keeps its file for <see cref="ImportOptions.KeepDryRunFileHours"/>, so that
/// POST /imports/{id}/commit can commit it (all its rows, or its valid rows only) without a second
/// upload and GET /imports/{id}/errors can give its invalid rows back as a spreadsheet; once it is
/// committed or kept too long it is deleted. Every other job's file is deleted when the job ends.
/// </summary>
public static class ImportFiles
{
    public static string PathFor(string directory, int jobId) => Path.Combine(directory, $"import-{jobId}.upload");

    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the directory with mode 0700 (Unix), or narrows an existing one to it.</summary>
    public static string PrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path).FullName;
        var info = Directory.CreateDirectory(path, DirectoryMode);
        if (info.UnixFileMode != DirectoryMode) File.SetUnixFileMode(info.FullName, DirectoryMode);
        return info.FullName;
    }

    /// <summary>A new file readable and writable by the API's user only (0600 on Unix).</summary>
    public static FileStream CreatePrivate(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    /// <summary>Copies a kept file for a commit; the copy is private too (0600), whatever the source's mode.</summary>
    public static void CopyPrivate(string source, string destination)
    {
        using (var from = File.OpenRead(source))
        using (var to = CreatePrivate(destination))
            from.CopyTo(to);
    }

    /// <summary>Whether a job that has just succeeded keeps its file for a commit.</summary>
    public static bool KeepsFile(bool dryRun, ImportOptions options) =>
        dryRun && options.KeepDryRunFileHours > 0;

    /// <summary>Until when the job's file is kept for a commit; null when it is not kept for one (any more).</summary>
    /// <remarks>A committed dry run with row errors keeps its file too: its error file can still be downloaded.</remarks>
    public static DateTimeOffset? KeptUntil(ImportJobRow job, ImportOptions options) =>
        job is { Status: ImportStatus.Succeeded, FinishedAt: { } finished } && (job.CommittedByJobId is null || job.ErrorCount > 0)
            && KeepsFile(job.DryRun, options)
            ? finished.AddHours(options.KeepDryRunFileHours)
            : null;

    /// <summary>
    /// The clean-up waits this much past <see cref="KeptUntil"/>, so that it never deletes a file that a
    /// commit request has just found kept and is about to copy.
    /// </summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Deletes the kept files of dry runs that can no longer be committed (kept too long, or committed).
    /// Cheap: it looks up only the files present in the directory, and only dry runs' files; a file
    /// whose job it cannot see may belong to an upload whose transaction has not committed yet.
    /// </summary>
    public static async Task DeleteExpiredAsync(DbSession db, ImportOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var directory = options.ResolveDirectory();
        var ids = Directory.EnumerateFiles(directory, "import-*.upload")
            .Select(path => int.TryParse(Path.GetFileNameWithoutExtension(path)["import-".Length..], NumberStyles.None,
                CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .ToList();
        foreach (var chunk in ids.Chunk(500))
        {
            var jobs = await db.QueryAsync<ImportJobRow>(ImportSql.SelectSummary + "\nWHERE j.Id IN @Ids AND j.DryRun = @DryRun AND j.Status = @Status",
                new { Ids = chunk, DryRun = true, Status = ImportStatus.Succeeded }, ct);
            foreach (var job in jobs)
                if (KeptUntil(job, options) is not { } until || until + Grace <= now)
                    File.Delete(PathFor(directory, job.Id));
        }
    }
}
