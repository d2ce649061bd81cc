using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Features.Imports;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Import jobs carry a lease held by the worker running them: an instance that starts leaves a job that
/// another live instance runs alone, and fails only jobs whose lease has run out.
/// </summary>
[Category("Api")]
public sealed class ImportLeaseTests
{
    private string _directory = "";
    private Dictionary<string, string> _settings = [];

    [SetUp]
    public void SetUp()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("uses a SQLite file shared by two API instances");
        _directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _settings = new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "shared.db")}",
            ["Imports:Directory"] = Path.Combine(_directory, "imports"),
            ["Imports:LeaseSeconds"] = "120",
        };
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>Starts the instance (if it has not started) and waits for its worker's start-up recovery.</summary>
    private static Task RecoveredAsync(ApiFactory api) =>
        api.Services.GetServices<IHostedService>().OfType<ImportWorker>().Single().StartupRecovery.WaitAsync(TimeSpan.FromSeconds(60));

    [Test]
    public async Task AnInstanceStarting_WhileAnotherRunsAnImport_LeavesTheJobToIt()
    {
        // A dry run (no write lock held) made slow by one-row batches, so that it is still running when the
        // second instance starts.
        _settings["Imports:BatchSize"] = "1";
        await using var first = new ApiFactory(_settings);
        var officer = await first.As(Roles.Officer);
        var rows = Enumerable.Range(0, 20_000).Select(i => TestData.Business($"Usaha Sewa {i}")).ToArray();
        var started = await ImportTestFiles.Upload(officer, System.Text.Encoding.UTF8.GetBytes(ImportTestFiles.Csv(rows)), "besar.csv", dryRun: true);
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.ToString();
        var status = "";
        var waited = System.Diagnostics.Stopwatch.StartNew(); // real time: the worker runs on its own
        while (status != "validating" && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            status = await StatusAsync(officer, location);
            if (status is "succeeded" or "failed") Assert.Inconclusive($"the import ended ({status}) before the second instance started");
            if (status != "validating") await Task.Delay(20);
        }
        Assert.That(status, Is.EqualTo("validating"));

        await using var second = new ApiFactory(_settings, now: first.Clock.GetUtcNow());
        await RecoveredAsync(second);
        status = await StatusAsync(officer, location);
        if (status == "succeeded") Assert.Inconclusive("the import ended before the second instance's recovery could be observed");
        Assert.That(status, Is.EqualTo("validating"), "the starting instance left the running job alone");

        var job = await ImportTestFiles.WaitAsync(officer, location);
        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(rows.Length), "a dry run counts what it would create");
    }

    private static async Task<string> StatusAsync(HttpClient client, string location) =>
        (await client.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString()!;

    [Test]
    public async Task AJobWhoseLeaseRanOut_IsFailedByRecovery_AndOneWithALiveLeaseIsNot()
    {
        await using var first = new ApiFactory(_settings);
        await first.As(Roles.Admin);
        var now = first.Clock.GetUtcNow();
        // Jobs claimed by a worker of the first instance that is not running them any more (as if it died).
        var endingSoon = await InsertClaimedAsync(first, now, now + TimeSpan.FromSeconds(100));
        var endingLater = await InsertClaimedAsync(first, now, now + TimeSpan.FromSeconds(1_000));

        await using var second = new ApiFactory(_settings, now: now);
        await RecoveredAsync(second);
        Assert.That(await StatusAsync(second, endingSoon), Is.EqualTo("validating"), "its lease still runs: another instance may be running it");

        // Past the lease, and past the worker's sweep (every half lease: 60 s).
        second.Clock.Advance(TimeSpan.FromSeconds(130));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await StatusAsync(second, endingSoon) != "failed" && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(50);

        Assert.That(await StatusAsync(second, endingSoon), Is.EqualTo("failed"));
        Assert.That(await second.ScalarAsync<string>("SELECT Message FROM ImportJobs WHERE Id = @Id", new { Id = endingSoon }),
            Does.Contain("import.failed.interrupted"));
        Assert.That(await StatusAsync(second, endingLater), Is.EqualTo("validating"));
    }

    private static Task<int> InsertClaimedAsync(ApiFactory api, DateTimeOffset now, DateTimeOffset leaseUntil) =>
        api.ScalarAsync<int>("""
            INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                UpdatedCount, UnchangedCount, ErrorCount, Errors, ActorType, CreatedAt, StartedAt, LeaseUntil, Version)
            VALUES ('businesses', 'umkm.csv', 'csv', 10, 1, 'validating', 100, 50, 0, 0, 0, 0, '[]', 'user', @Now, @Now, @LeaseUntil, 2);
            SELECT last_insert_rowid();
            """, new { Now = now, LeaseUntil = leaseUntil });

    private static Task<string> StatusAsync(ApiFactory api, int id) =>
        api.ScalarAsync<string>("SELECT Status FROM ImportJobs WHERE Id = @Id", new { Id = id });
}
