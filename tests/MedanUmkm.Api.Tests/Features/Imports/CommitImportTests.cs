using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>POST /imports/{id}/commit: committing a dry run's kept file without a second upload.</summary>
public sealed class CommitImportTests : ImportApiTest
{
    private Task<int> CountAsync(string sql, object? param = null) => Factory.ScalarAsync<int>(sql, param);

    private Task<int> BusinessesAsync(params System.Text.Json.Nodes.JsonObject[] rows) =>
        CountAsync("SELECT COUNT(*) FROM Businesses WHERE Nib IN @Nibs", new { Nibs = rows.Select(r => r["nib"]!.ToString()).ToArray() });

    private static string Id(JsonElement job) => job.GetProperty("id").GetString()!;

    private async Task<string> CleanDryRunAsync(params System.Text.Json.Nodes.JsonObject[] rows)
    {
        var job = await ImportAsync(Officer, Csv(rows.Length > 0 ? rows : [TestData.Business()]), dryRun: true);
        Assert.That((job.GetProperty("status").GetString(), job.GetProperty("errorCount").GetInt32()), Is.EqualTo(("succeeded", 0)), job.ToString());
        return Id(job);
    }

    [Test]
    public async Task Commit_OfACleanDryRun_ImportsTheKeptFile_LinksBothJobs_AndDeletesTheFile()
    {
        var rows = new[] { TestData.Business(), TestData.Business(), TestData.Business() };
        var dryRunId = await CleanDryRunAsync(rows);
        Assert.That(File.Exists(KeptFile(UploadDirectory, dryRunId)), Is.True, "a clean dry run keeps its file");
        var (dryRun, etag) = await ReadAsync(Officer, dryRunId);
        Assert.That(etag, Is.EqualTo($"\"{dryRun.GetProperty("version").GetInt32()}\""));

        var response = await Commit(Admin, dryRunId, etag);

        var accepted = await Expect(response, HttpStatusCode.Accepted);
        var commitId = Id(accepted);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/imports/{commitId}"));
        Assert.That(commitId, Is.Not.EqualTo(dryRunId));
        Assert.That(accepted.GetProperty("dryRun").GetBoolean(), Is.False);
        Assert.That(accepted.GetProperty("sourceJobId").GetString(), Is.EqualTo(dryRunId));
        Assert.That(accepted.GetProperty("fileName").GetString(), Is.EqualTo(dryRun.GetProperty("fileName").GetString()));
        Assert.That(accepted.GetProperty("format").GetString(), Is.EqualTo("csv"));
        Assert.That(accepted.GetProperty("totalRows").GetInt32(), Is.EqualTo(3));
        Assert.That((accepted.GetProperty("createdBy").GetString(), accepted.GetProperty("createdByRole").GetString()), Is.EqualTo(("Administrator", "admin")),
            "the commit is started by whoever asks for it");
        Assert.That(accepted.GetProperty("fileBytes").GetInt64(), Is.EqualTo(dryRun.GetProperty("fileBytes").GetInt64()).And.GreaterThan(0));

        var done = await WaitAsync(Admin, $"/api/v1/imports/{commitId}");
        Assert.That(done.GetProperty("status").GetString(), Is.EqualTo("succeeded"), done.ToString());
        Assert.That((done.GetProperty("created").GetInt32(), done.GetProperty("updated").GetInt32(), done.GetProperty("unchanged").GetInt32()),
            Is.EqualTo((3, 0, 0)));
        Assert.That(await BusinessesAsync(rows), Is.EqualTo(3));
        var (linked, _) = await ReadAsync(Officer, dryRunId);
        Assert.That(linked.GetProperty("committedByJobId").GetString(), Is.EqualTo(commitId));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'import' AND EntityId = @Id AND Action = 'committed'",
            new { Id = commitId }), Is.EqualTo(1));
        Assert.That(File.Exists(KeptFile(UploadDirectory, dryRunId)), Is.False, "the dry run's file is gone once committed");
        Assert.That(File.Exists(KeptFile(UploadDirectory, commitId)), Is.False, "the commit's file is gone when it ends");
    }

    [Test]
    public async Task Commit_Twice_Returns409AlreadyCommitted_NamingTheCommit_AndWritesNothingMore()
    {
        var rows = new[] { TestData.Business(), TestData.Business() };
        var dryRunId = await CleanDryRunAsync(rows);
        var (_, etag) = await ReadAsync(Officer, dryRunId);
        var first = await Expect(await Commit(Officer, dryRunId, etag), HttpStatusCode.Accepted);
        await WaitAsync(Officer, $"/api/v1/imports/{Id(first)}");
        var jobsBefore = await CountAsync("SELECT COUNT(*) FROM ImportJobs");
        var auditBefore = await CountAsync("SELECT COUNT(*) FROM AuditEvents");
        var (afterFirst, freshEtag) = await ReadAsync(Officer, dryRunId);

        var sameEtag = await Expect(await Commit(Officer, dryRunId, etag), HttpStatusCode.Conflict);
        var fresh = await Expect(await Commit(Officer, dryRunId, freshEtag), HttpStatusCode.Conflict);

        foreach (var problem in new[] { sameEtag, fresh })
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_committed"));
            Assert.That(problem.GetProperty("existingId").GetString(), Is.EqualTo(Id(first)));
        }
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs"), Is.EqualTo(jobsBefore), "no second commit job");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM AuditEvents"), Is.EqualTo(auditBefore));
        Assert.That(await BusinessesAsync(rows), Is.EqualTo(2));
        var (unchanged, _) = await ReadAsync(Officer, dryRunId);
        Assert.That(unchanged.GetProperty("version").GetInt32(), Is.EqualTo(afterFirst.GetProperty("version").GetInt32()),
            "a refused commit leaves the dry run as it was");
    }

    [Test]
    public async Task Commit_TwoRequestsAtOnce_MakeOneCommitJob()
    {
        var dryRunId = await CleanDryRunAsync();
        var (_, etag) = await ReadAsync(Officer, dryRunId);

        var responses = await Task.WhenAll(Commit(Officer, dryRunId, etag), Commit(Admin, dryRunId, etag));

        Assert.That(responses.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
        var conflict = await Expect(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
        Assert.That(conflict.GetProperty("code").GetString(), Is.EqualTo("already_committed"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs WHERE SourceJobId = @Id", new { Id = int.Parse(dryRunId) }), Is.EqualTo(1));
        var accepted = await Json(responses.Single(r => r.StatusCode == HttpStatusCode.Accepted));
        await WaitAsync(Officer, $"/api/v1/imports/{Id(accepted)}");
    }

    [Test]
    public async Task Commit_OfADryRunWithErrors_Returns409_AndItsFileIsKeptForTheErrorFile()
    {
        var good = TestData.Business();
        var bad = TestData.Business(nib: "12345");
        var dryRun = await ImportAsync(Officer, Csv(good, bad), dryRun: true);
        var (_, etag) = await ReadAsync(Officer, Id(dryRun));

        var problem = await Expect(await Commit(Officer, Id(dryRun), etag), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("dry_run_has_errors"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("unggah lagi").And.Contain("valid_rows_only"));
        Assert.That(File.Exists(KeptFile(UploadDirectory, Id(dryRun))), Is.True,
            "kept: its error file can be downloaded and its valid rows committed (mode=valid_rows_only)");
        Assert.That(await BusinessesAsync(good), Is.Zero);
    }

    [Test]
    public async Task Commit_OfACommitJob_Returns409NotADryRun()
    {
        var commit = await ImportAsync(Officer, Csv(TestData.Business()), dryRun: false);
        var (_, etag) = await ReadAsync(Officer, Id(commit));

        var problem = await Expect(await Commit(Officer, Id(commit), etag), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("not_a_dry_run"));
    }

    [Test]
    public async Task Commit_OfAFailedDryRun_Returns409()
    {
        var jobId = await Factory.ScalarAsync<int>("""
            INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                UpdatedCount, UnchangedCount, ErrorCount, Errors, ActorType, CreatedAt, FinishedAt, Version)
            VALUES ('businesses', 'umkm.csv', 'csv', 10, 1, 'failed', 1, 0, 0, 0, 0, 0, '[]', 'user', @Now, @Now, 3);
            SELECT MAX(Id) FROM ImportJobs;
            """, new { Now });

        var problem = await Expect(await Commit(Officer, jobId.ToString(), "\"3\""), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("dry_run_failed"));
    }

    [Test]
    public async Task Commit_OfADryRunStillRunning_Returns409()
    {
        var jobId = await Factory.ScalarAsync<int>("""
            INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                UpdatedCount, UnchangedCount, ErrorCount, Errors, ActorType, CreatedAt, Version)
            VALUES ('businesses', 'umkm.csv', 'csv', 10, 1, 'validating', 1, 0, 0, 0, 0, 0, '[]', 'user', @Now, 2);
            SELECT MAX(Id) FROM ImportJobs;
            """, new { Now });

        var problem = await Expect(await Commit(Officer, jobId.ToString(), "\"2\""), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("dry_run_unfinished"));
    }

    [Test]
    public async Task Commit_WhenTheFileIsKeptTooLong_Returns409FileExpired_WritesNothing_AndTheNextJobDeletesTheFile()
    {
        var row = TestData.Business();
        var dryRunId = await CleanDryRunAsync(row);
        // The dry run ended 25 hours ago (Imports:KeepDryRunFileHours is 24 by default).
        await Factory.ScalarAsync<object?>("UPDATE ImportJobs SET FinishedAt = @At WHERE Id = @Id",
            new { At = Now.AddHours(-25), Id = int.Parse(dryRunId) });
        var (_, etag) = await ReadAsync(Officer, dryRunId);
        var jobsBefore = await CountAsync("SELECT COUNT(*) FROM ImportJobs");

        var problem = await Expect(await Commit(Officer, dryRunId, etag), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("file_expired"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Upload the file again"));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs"), Is.EqualTo(jobsBefore), "no commit job");
        var (after, afterEtag) = await ReadAsync(Officer, dryRunId);
        Assert.That(afterEtag, Is.EqualTo(etag), "the refused commit rolled back entirely");
        Assert.That(after.GetProperty("committedByJobId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await BusinessesAsync(row), Is.Zero);
        Assert.That(File.Exists(KeptFile(UploadDirectory, dryRunId)), Is.True, "not yet cleaned up");

        var recent = await CleanDryRunAsync(); // starting any job cleans up

        Assert.That(File.Exists(KeptFile(UploadDirectory, dryRunId)), Is.False, "the expired file is deleted when a job starts");
        Assert.That(File.Exists(KeptFile(UploadDirectory, recent)), Is.True, "a recent dry run's file stays");
    }

    [Test]
    public async Task Commit_WithoutIfMatch_Returns428()
    {
        var dryRunId = await CleanDryRunAsync();

        await Expect(await Commit(Officer, dryRunId, etag: null), HttpStatusCode.PreconditionRequired);

        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs WHERE SourceJobId = @Id", new { Id = int.Parse(dryRunId) }), Is.Zero);
    }

    [Test]
    public async Task Commit_WithAStaleETag_Returns412()
    {
        var dryRunId = await CleanDryRunAsync();
        var (job, _) = await ReadAsync(Officer, dryRunId);

        var stale = $"\"{job.GetProperty("version").GetInt32() - 1}\"";
        await Expect(await Commit(Officer, dryRunId, stale), HttpStatusCode.PreconditionFailed);

        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs WHERE SourceJobId = @Id", new { Id = int.Parse(dryRunId) }), Is.Zero);
    }

    [Test]
    public async Task Commit_OfAnUnknownJob_Returns404()
    {
        await Expect(await Commit(Officer, "999999", "\"1\""), HttpStatusCode.NotFound);
        await Expect(await Commit(Officer, "abc", "\"1\""), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Commit_ByViewerOrAnonymous_IsRefused()
    {
        var dryRunId = await CleanDryRunAsync();
        var (_, etag) = await ReadAsync(Officer, dryRunId);

        Assert.That((await Commit(Viewer, dryRunId, etag)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Commit(Anonymous, dryRunId, etag)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await CountAsync("SELECT COUNT(*) FROM ImportJobs WHERE SourceJobId = @Id", new { Id = int.Parse(dryRunId) }), Is.Zero);
    }

    [Test]
    public async Task Get_SetsTheJobsVersionAsETag()
    {
        var dryRunId = await CleanDryRunAsync();

        var response = await Officer.GetAsync($"/api/v1/imports/{dryRunId}");

        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.Headers.ETag?.ToString(), Is.EqualTo($"\"{job.GetProperty("version").GetInt32()}\""));
    }
}

/// <summary>A commit job's file is a copy of the dry run's; with keeping switched off nothing is kept to commit.</summary>
public sealed class CommitImportWithoutKeptFilesTests() : ImportApiTest(new Dictionary<string, string> { ["Imports:KeepDryRunFileHours"] = "0" })
{
    [Test]
    public async Task Commit_WhenKeepingIsOff_Returns409FileExpired()
    {
        var dryRun = await ImportAsync(Officer, Csv(TestData.Business()), dryRun: true);
        var id = dryRun.GetProperty("id").GetString()!;
        Assert.That(File.Exists(KeptFile(UploadDirectory, id)), Is.False, "deleted when the dry run ended");
        var (_, etag) = await ReadAsync(Officer, id);

        var problem = await Expect(await Commit(Officer, id, etag), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("file_expired"));
    }
}
