using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>Backup and restore while the API writes; a full disk (issue #21, operations).</summary>
[Parallelizable(ParallelScope.All)] // the tests run beside each other: each test has its own hosts and files
public sealed class OperationsTests
{
    private static string DataSource(ApiFactory api) =>
        new SqliteConnectionStringBuilder(api.Services.GetRequiredService<IConfiguration>()["Database:ConnectionString"]).DataSource;

    [Test]
    public async Task Backup_TakenWhileTheApiWrites_RestoresToADatabaseThatAnswersTheSameReads()
    {
        Assume.That(ApiFactory.OnSqlServer, Is.False, "SQLite backup; SQL Server commands are only printed");
        await using var api = new ApiFactory();
        var admin = await api.As(Roles.Admin);
        var (known, _) = await TestData.RegisterBusiness(admin, TestData.Business("Kopi Sidikalang Backup"));
        var knownId = known.GetProperty("id").GetString();

        // Four writers register businesses through the API for as long as the backup runs.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await admin.PostAsJsonAsync("/api/v1/businesses", TestData.Business());
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
                Interlocked.Increment(ref written);
            }
        })).ToArray();
        while (Volatile.Read(ref written) < 8) await Task.Delay(20);

        var dir = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var backupFile = Path.Combine(dir, "backup.db");
        var report = await Task.Run(() => DatabaseBackup.BackupSqlite($"Data Source={DataSource(api)}", backupFile));
        var writtenAtBackup = Volatile.Read(ref written);
        while (Volatile.Read(ref written) < writtenAtBackup + 4) await Task.Delay(20); // writes go on after it
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.That(report.Integrity, Is.EqualTo("ok"));
        Assert.That(report.MigrationVersion, Is.GreaterThan(0));
        Assert.That(report.RowCounts["Businesses"], Is.GreaterThanOrEqualTo(1 + 8));

        // Restore into a new file and serve it with a second API: same rows, the known business is there.
        var restored = Path.Combine(dir, "restored.db");
        try
        {
            var restoreReport = DatabaseBackup.RestoreSqlite($"Data Source={restored}", backupFile);
            Assert.That(restoreReport.RowCounts, Is.EqualTo(report.RowCounts));
            await using var second = new ApiFactory(new Dictionary<string, string>
            {
                ["Database:ConnectionString"] = $"Data Source={restored}",
                ["Database:MigrateOnStartup"] = "false",
            });
            var reader = await second.As(Roles.Admin);
            var business = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/businesses/{knownId}");
            Assert.That(business.GetProperty("name").GetString(), Is.EqualTo("Kopi Sidikalang Backup"));
            Assert.That(await second.ScalarAsync<long>("SELECT COUNT(*) FROM Businesses"), Is.EqualTo(report.RowCounts["Businesses"]));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Test]
    public void Restore_RefusesAFileThatIsNotADatabase()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medanumkm-not-a-db-{Guid.NewGuid():N}.db");
        File.WriteAllText(file, "this is not a database, it is a note");
        try
        {
            Assert.That(() => DatabaseBackup.RestoreSqlite($"Data Source={file}.target", file), Throws.InstanceOf<Exception>());
            Assert.That(File.Exists(file + ".target"), Is.False);
        }
        finally { SqliteConnection.ClearAllPools(); File.Delete(file); }
    }

    [Test]
    public void SqlServer_BackupAndRestoreCommands_AreT_SqlForTheConfiguredDatabase()
    {
        var cs = "Server=db;Initial Catalog=medanumkm;User Id=sa;Password=x;TrustServerCertificate=True";
        var backup = DatabaseBackup.SqlServerCommands(cs, "/var/backups/medanumkm.bak", restore: false);
        var restore = DatabaseBackup.SqlServerCommands(cs, "/var/backups/medanumkm.bak", restore: true);

        Assert.That(backup, Does.Contain("BACKUP DATABASE [medanumkm] TO DISK = N'/var/backups/medanumkm.bak' WITH CHECKSUM, COPY_ONLY"));
        Assert.That(restore, Does.Contain("RESTORE VERIFYONLY").And.Contain("RESTORE DATABASE [medanumkm]"));
        Assert.That(TSql.Errors(backup), Is.Empty);
        Assert.That(TSql.Errors(restore), Is.Empty);
    }

    [Test]
    public async Task FullDisk_Refuses_Writes_With507_KeepsReads_DegradesReadiness_AndWritesResumeWhenRaised()
    {
        Assume.That(ApiFactory.OnSqlServer, Is.False, "the fault is SQLite's max_page_count");
        await using var api = new ApiFactory();
        var admin = await api.As(Roles.Admin);
        var (known, _) = await TestData.RegisterBusiness(admin);
        var connections = api.Services.GetRequiredService<ConnectionFactory>();
        var pages = await api.ScalarAsync<long>("PRAGMA page_count");
        connections.SqliteOnOpen = $"PRAGMA max_page_count = {pages};";

        HttpResponseMessage? refused = null;
        for (var i = 0; i < 200 && refused is null; i++)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/businesses", TestData.Business());
            if (response.StatusCode != HttpStatusCode.Created) refused = response;
        }
        Assert.That(refused, Is.Not.Null, "the database never filled up");
        Assert.That((int)refused!.StatusCode, Is.EqualTo(507));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("storage_full"));

        var read = await admin.GetAsync($"/api/v1/businesses/{known.GetProperty("id").GetString()}");
        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var ready = await api.Anonymous().GetAsync("/health/ready");
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Degraded"));

        connections.SqliteOnOpen = "PRAGMA max_page_count = 1073741823;";
        await TestData.RegisterBusiness(admin);
        api.Clock.Advance(StorageState.DegradedFor);
        Assert.That(await (await api.Anonymous().GetAsync("/health/ready")).Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_IsUnhealthy_WhileTheDatabaseLacksAMigrationThisBuildExpects()
    {
        Assume.That(ApiFactory.OnSqlServer, Is.False, "edits the test database's VersionInfo");
        await using var api = new ApiFactory();
        var anonymous = api.Anonymous();
        Assert.That(await (await anonymous.GetAsync("/health/ready")).Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));

        await api.ScalarAsync<long>("DELETE FROM VersionInfo WHERE Version = @V; SELECT changes();", new { V = MigrationsHealthCheck.Latest });
        var ready = await anonymous.GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
    }
}
