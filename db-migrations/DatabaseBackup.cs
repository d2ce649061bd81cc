using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.Migrations;

/// <summary>What a backup or a file to restore holds, checked before it is trusted.</summary>
public sealed record BackupReport(string Integrity, long MigrationVersion, IReadOnlyDictionary<string, long> RowCounts)
{
    public bool IsHealthy => Integrity == "ok";

    public override string ToString() =>
        $"integrity: {Integrity}{Environment.NewLine}migration version: {MigrationVersion}{Environment.NewLine}"
        + string.Join(Environment.NewLine, RowCounts.Select(r => $"  {r.Key}: {r.Value} row(s)"));
}

/// <summary>
/// Online backup and offline restore of the database. SQLite: the backup API copies a consistent
/// snapshot while the API keeps writing (WAL readers do not block writers); uploaded files (product
/// photos, handover and export documents) are rows in the database, so the copy holds them too.
/// SQL Server: the commands for the DBA are printed, never run.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>The tables whose row counts a backup reports (the ones a restore drill compares).</summary>
    public static readonly string[] MainTables =
    [
        "Businesses", "Products", "ProductPhotos", "Users", "AuditEvents", "ImportJobs", "ExportCases",
        "ExportCaseDocumentFiles", "AidDistributions", "AidHandoverDocuments", "TrainingSessions", "LoanReferrals",
    ];

    /// <summary>Copies the live SQLite database to <paramref name="outFile"/> and verifies the copy.</summary>
    public static BackupReport BackupSqlite(string connectionString, string outFile)
    {
        var full = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".partial";
        File.Delete(temp);
        using (var source = new SqliteConnection(connectionString))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }
        var report = Verify(temp);
        if (!report.IsHealthy)
        {
            File.Delete(temp);
            throw new InvalidOperationException($"The backup failed its integrity check: {report.Integrity}");
        }
        File.Move(temp, full, overwrite: true);
        return report;
    }

    /// <summary>
    /// Replaces the SQLite database with a verified backup. The API must be stopped: a running process
    /// keeps its own connections and WAL. Refuses when another connection holds a write lock.
    /// </summary>
    public static BackupReport RestoreSqlite(string connectionString, string fromFile)
    {
        if (!File.Exists(fromFile)) throw new InvalidOperationException($"No backup file at {fromFile}.");
        var report = Verify(fromFile);
        if (!report.IsHealthy) throw new InvalidOperationException($"The backup failed its integrity check: {report.Integrity}");

        var target = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        if (File.Exists(target)) EnsureNobodyWrites(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".restoring";
        File.Copy(fromFile, temp, overwrite: true);
        SqliteConnection.ClearAllPools();
        foreach (var stale in new[] { target + "-wal", target + "-shm" }) File.Delete(stale);
        File.Move(temp, target, overwrite: true);
        return report;
    }

    /// <summary>An exclusive lock fails at once when any other process has the database open for writing.</summary>
    private static void EnsureNobodyWrites(string file)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 1 }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 0; BEGIN EXCLUSIVE; ROLLBACK;";
        try { cmd.ExecuteNonQuery(); }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new InvalidOperationException("The database is in use. Stop the API before restoring.", e);
        }
    }

    /// <summary>Integrity check, migration version and row counts of a SQLite file, opened read-only.</summary>
    public static BackupReport Verify(string file)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        c.Open();
        var integrity = string.Join("; ", Query(c, "PRAGMA integrity_check").Select(o => o?.ToString()));
        var tables = Query(c, "SELECT name FROM sqlite_master WHERE type = 'table'").Select(o => (string)o!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var version = tables.Contains("VersionInfo") ? Convert.ToInt64(Query(c, "SELECT COALESCE(MAX(Version), 0) FROM VersionInfo")[0], CultureInfo.InvariantCulture) : 0;
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in MainTables.Where(tables.Contains))
            counts[t] = Convert.ToInt64(Query(c, $"SELECT COUNT(*) FROM \"{t}\"")[0], CultureInfo.InvariantCulture);
        return new BackupReport(integrity, version, counts);
    }

    /// <summary>The T-SQL a DBA runs for a SQL Server database (COPY_ONLY keeps the regular backup chain intact).</summary>
    public static string SqlServerCommands(string connectionString, string file, bool restore)
    {
        var database = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString).InitialCatalog;
        if (string.IsNullOrEmpty(database)) throw new InvalidOperationException("The connection string names no database (Initial Catalog).");
        var db = "[" + database.Replace("]", "]]") + "]";
        var disk = "N'" + file.Replace("'", "''") + "'";
        return restore
            ? $"""
              -- Stop the API first.
              RESTORE VERIFYONLY FROM DISK = {disk} WITH CHECKSUM;
              ALTER DATABASE {db} SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
              RESTORE DATABASE {db} FROM DISK = {disk} WITH CHECKSUM, REPLACE;
              ALTER DATABASE {db} SET MULTI_USER;
              """
            : $"""
              BACKUP DATABASE {db} TO DISK = {disk} WITH CHECKSUM, COPY_ONLY, INIT;
              RESTORE VERIFYONLY FROM DISK = {disk} WITH CHECKSUM;
              """;
    }

    private static List<object?> Query(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?>();
        while (r.Read()) rows.Add(r.GetValue(0));
        return rows;
    }
}
