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
        Assert.That(job.GetProperty("message").GetString(), Does.Contain("tidak ada yang diimpor"));
        Assert.That(job.GetProperty("created").GetInt32(), Is.Zero);
        second.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A graceful stop (SIGTERM) during a commit: the import fails cleanly before the process ends.</summary>
[Category("Api")]
public sealed class ImportShutdownTests
{
    [Test]
    public async Task Stop_DuringACommit_RollsItBack_AndMarksTheJobFailedBeforeExiting()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("reads the SQLite file after the host has stopped");
        var directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var database = Path.Combine(directory, "stop.db");
        var settings = new Dictionary<string, string> { ["Database:ConnectionString"] = $"Data Source={database}" };
        var rows = Enumerable.Range(0, 30_000).Select(i => TestData.Business($"Usaha Berhenti {i}")).ToArray();
        var csv = System.Text.Encoding.UTF8.GetBytes(ImportTestFiles.Csv(rows));
        string jobId;
        int businessesBefore;
        using (var api = new ApiFactory(settings))
        {
            var officer = await api.As(Roles.Officer);
            businessesBefore = await api.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses");
            var started = await ImportTestFiles.Upload(officer, csv, "besar.csv", dryRun: false);
            Assert.That(started.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Accepted), await started.Content.ReadAsStringAsync());
            jobId = started.Headers.Location!.ToString().Split('/')[^1];
            var status = "";
            var waited = System.Diagnostics.Stopwatch.StartNew(); // real time: the worker runs on its own
            while (status != "committing" && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                status = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{jobId}")).GetProperty("status").GetString()!;
                if (status is "succeeded" or "failed") Assert.Inconclusive($"the import ended ({status}) before the stop");
                if (status != "committing") await Task.Delay(20);
            }
            Assert.That(status, Is.EqualTo("committing"));
        } // disposing the factory stops the host as SIGTERM would

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status || '|' || Message FROM ImportJobs WHERE Id = $id; SELECT COUNT(*) FROM Businesses;";
        command.Parameters.AddWithValue("$id", int.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var job = reader.GetString(0);
        await reader.NextResultAsync();
        await reader.ReadAsync();
        var businessesAfter = reader.GetInt32(0);
        await reader.DisposeAsync();
        await connection.CloseAsync();

        Assert.That(job, Does.StartWith("failed|").And.Contain("import.failed.interrupted"), "marked failed by the stopping process itself");
        Assert.That(businessesAfter, Is.EqualTo(businessesBefore), "nothing of the interrupted commit stays");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
