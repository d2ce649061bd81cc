using Dapper;
using MedanUmkm.Migrations;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.Api.Tests.Infrastructure;

public sealed class MigrationTests
{
    [Test]
    public void SqlServerScript_PrintsWithoutAServerAndParsesAsTSql()
    {
        var writer = new StringWriter();

        DatabaseMigrator.WriteScript(DatabaseProvider.SqlServer, writer);

        var script = writer.ToString();
        Assert.That(script, Does.Contain("CREATE TABLE [dbo].[Businesses]"));
        Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [UX_Businesses_Nib]"));
        Assert.That(script, Does.Contain("DATETIME2"));
        Assert.That(script, Does.Contain("N'Medan Selayang'"));
        Assert.That(script, Does.Contain("CREATE TABLE [dbo].[AuditEvents]"));
        // The whole script is one batch that SQL Server accepts (no statement that needs a batch of its own).
        Assert.That(TSql.Errors(script), Is.Empty);
    }

    [Test]
    public void Sqlite_MigratesUpAndDownAndUpAgain()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medanumkm-migrate-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={file};Foreign Keys=True";
        try
        {
            DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, cs);
            using (var c = new SqliteConnection(cs))
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Kecamatan"), Is.EqualTo(21));

            DatabaseMigrator.MigrateDown(DatabaseProvider.Sqlite, cs, 0);
            using (var c = new SqliteConnection(cs))
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Businesses'"), Is.Zero);

            DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, cs);
            using (var c = new SqliteConnection(cs))
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Kecamatan"), Is.EqualTo(21));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Test]
    public void Sqlite_AuditEventsAreAppendOnly()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medanumkm-audit-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={file}";
        try
        {
            DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, cs);
            using var c = new SqliteConnection(cs);
            c.Execute("INSERT INTO AuditEvents (OccurredAt, ActorType, EntityType, EntityId, Action, Changes) VALUES ('2026-01-01', 'system', 'x', '1', 'a', '{}')");
            Assert.Throws<SqliteException>(() => c.Execute("UPDATE AuditEvents SET Action = 'b'"));
            Assert.Throws<SqliteException>(() => c.Execute("DELETE FROM AuditEvents"));
            Assert.That(c.ExecuteScalar<string>("SELECT Action FROM AuditEvents"), Is.EqualTo("a"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
