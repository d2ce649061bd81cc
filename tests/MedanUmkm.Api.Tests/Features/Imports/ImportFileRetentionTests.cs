using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>A dry run's kept file outlives the process, and the next start deletes it once it is kept too long.</summary>
[Category("Api")]
public sealed class ImportFileRetentionTests
{
    [Test]
    public async Task Startup_DeletesKeptFilesOfDryRunsKeptTooLong_AndKeepsRecentOnes()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("uses a SQLite file shared by two API instances");
        var settings = OwnDirectory(out var directory);
        settings["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, "shared.db")}";
        Directory.CreateDirectory(directory);
        string old, recent;
        using (var first = new ApiFactory(settings))
        {
            var officer = await first.As(Roles.Officer);
            old = (await ImportAsync(officer, Csv(TestData.Business()), dryRun: true)).GetProperty("id").GetString()!;
            recent = (await ImportAsync(officer, Csv(TestData.Business()), dryRun: true)).GetProperty("id").GetString()!;
            await first.ScalarAsync<object?>("UPDATE ImportJobs SET FinishedAt = @At WHERE Id = @Id",
                new { At = first.Clock.GetUtcNow().AddHours(-25), Id = int.Parse(old) });
        }
        Assert.That(File.Exists(KeptFile(directory, old)), Is.True, "kept while no job started");

        using (var second = new ApiFactory(settings))
        {
            await second.As(Roles.Admin); // starts the host, whose worker cleans up first (the officer exists already)
            for (var i = 0; i < 100 && File.Exists(KeptFile(directory, old)); i++) await Task.Delay(50);

            Assert.That(File.Exists(KeptFile(directory, old)), Is.False, "kept longer than 24 hours: deleted at start-up");
            Assert.That(File.Exists(KeptFile(directory, recent)), Is.True, "a recent dry run's file is still there to commit");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
