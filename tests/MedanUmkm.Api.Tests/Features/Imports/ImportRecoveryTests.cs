using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>A process killed mid-commit: its transaction never committed, and the next start says so.</summary>
[Category("Api")]
public sealed class ImportRecoveryTests
{
    [Test]
    public async Task Startup_MarksAJobLeftCommittingAsFailed()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("uses a SQLite file shared by two API instances");
        var directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string> { ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, "shared.db")}" };
        int jobId;
        using (var first = new ApiFactory(settings))
        {
            await first.As(Roles.Officer);
            jobId = await first.ScalarAsync<int>("""
                INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                    UpdatedCount, UnchangedCount, ErrorCount, Errors, ActorType, CreatedAt, StartedAt, Version)
                VALUES ('businesses', 'umkm.csv', 'csv', 10, 0, 'committing', 100, 50, 0, 0, 0, 0, '[]', 'user', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 2);
                SELECT last_insert_rowid();
                """);
        }

        using var second = new ApiFactory(settings);
        var officer = await second.As(Roles.Admin);
        JsonElement job = default;
        for (var i = 0; i < 100; i++)
        {
            job = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{jobId}");
            if (job.GetProperty("status").GetString() == "failed") break;
            await Task.Delay(50);
        }

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(job.GetProperty("message").GetString(), Does.Contain("nothing was imported"));
        Assert.That(job.GetProperty("created").GetInt32(), Is.Zero);
        second.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
