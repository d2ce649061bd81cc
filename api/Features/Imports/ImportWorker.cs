using System.Globalization;
using System.Security.Claims;
using System.Threading.Channels;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Tabular;
using Microsoft.Extensions.Options;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Runs import jobs one at a time, fed by <see cref="ImportQueue"/>. A job checks every row with the
/// API's rules and, as it goes, compares the valid ones with what is stored (dry run) or writes them
/// (commit) in batches inside ONE transaction, which also writes the single audit event and marks
/// the job succeeded; a commit with any invalid row is rolled back. A process killed mid-commit
/// leaves nothing behind; its job's lease runs out, and recovery (at start-up, then every half
/// lease, on any instance) marks it failed. A job with a live lease is left to its worker.
/// </summary>
public sealed partial class ImportWorker(IServiceProvider services, ImportQueue queue, ImportProgress progress,
    IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    private static readonly string Interrupted = ImportMessage.Store("import.failed.interrupted");

    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up recovery has run (tests of several instances wait for it).</summary>
    internal Task StartupRecovery => _recovered.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try { await FailExpiredAsync(stoppingToken); }
        catch (Exception ex) when (ex is not OperationCanceledException) { LogSweepFailed(logger, ex); }
        finally { _recovered.TrySetResult(); }
        await DeleteExpiredFilesAsync(stoppingToken);
        using var sweepStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sweeping = SweepAsync(sweepStop.Token);
        try
        {
            await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
                await TakeAsync(jobId, stoppingToken);
        }
        finally
        {
            await sweepStop.CancelAsync();
            await sweeping;
        }
    }

    private async Task TakeAsync(int jobId, CancellationToken stoppingToken)
    {
        queue.Taken(jobId);
        var keepFile = false;
        try
        {
            // Taking the next job is a sign of life: the leases of this one and of those still waiting move on.
            await ExtendLeasesAsync([jobId, .. queue.Waiting], stoppingToken);
            await DeleteExpiredFilesAsync(stoppingToken);
            keepFile = await RunAsync(jobId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down (SIGTERM): the job's transaction was rolled back with its scope. Say so now,
            // within the shutdown timeout, rather than leaving it for the next start to find.
            await FinishAsync(jobId, ImportStatus.Failed, Interrupted, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The job's transaction was rolled back with its scope; record why it failed.
            var message = ex is DomainException d ? d.Message : ImportMessage.Store("import.failed.unexpected");
            if (ex is not DomainException) LogJobFailed(logger, ex, jobId);
            await FinishAsync(jobId, ImportStatus.Failed, message, CancellationToken.None);
        }
        finally
        {
            progress.Remove(jobId);
            try { if (!keepFile) File.Delete(ImportFiles.PathFor(options.Value.ResolveDirectory(), jobId)); }
            finally { queue.Done(); }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, int jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import job {JobId}: its lease ran out (its process stopped); marked failed")]
    private static partial void LogLeaseExpired(ILogger logger, int jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import recovery could not run now; it tries again in half a lease")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    /// <summary>Unfinished jobs whose lease has run out: the worker that held them is gone.</summary>
    internal const string ExpiredSql = """
        SELECT Id FROM ImportJobs
        WHERE Status IN ('queued', 'validating', 'committing')
          AND (LeaseUntil < @Now OR (LeaseUntil IS NULL AND CreatedAt < @UnclaimedBefore))
        """;

    /// <summary>
    /// Fails one such job, if it still is one: the condition is checked again by the UPDATE itself, so a
    /// job that its worker finished or renewed meanwhile is left alone. (On SQLite, while a live instance
    /// commits, this waits for its write lock and then finds the job finished.)
    /// </summary>
    internal const string FailExpiredSql = """
        UPDATE ImportJobs SET Status = 'failed', Message = @Message, FinishedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND Status IN ('queued', 'validating', 'committing')
          AND (LeaseUntil < @Now OR (LeaseUntil IS NULL AND CreatedAt < @UnclaimedBefore))
        """;

    /// <summary>A sign of life of the worker running or holding these jobs (never inside a commit's transaction).</summary>
    internal const string ExtendLeaseSql = """
        UPDATE ImportJobs SET LeaseUntil = @LeaseUntil
        WHERE Id IN @Ids AND Status IN ('queued', 'validating')
        """;

    /// <summary>
    /// Jobs left unfinished by a process that stopped (killed mid-import: their transaction never
    /// committed): those whose lease has run out. A job that another live instance runs has a lease in
    /// the future and is left alone. A queued job not yet claimed has no lease: it counts from its creation.
    /// </summary>
    private async Task FailExpiredAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var now = clock.GetUtcNow();
        var args = new { Now = now, UnclaimedBefore = now - options.Value.Lease };
        var stale = await db.QueryAsync<int>(ExpiredSql, args, ct);
        foreach (var id in stale)
        {
            var failed = await db.ExecuteAsync(FailExpiredSql, new { Id = id, args.Now, args.UnclaimedBefore, Message = Interrupted }, ct);
            if (failed == 0) continue;
            LogLeaseExpired(logger, id);
            File.Delete(ImportFiles.PathFor(options.Value.ResolveDirectory(), id));
        }
    }

    /// <summary>Recovery every half lease, so that a job of a process that died is failed without waiting for a restart.</summary>
    private async Task SweepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.Lease / 2, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try { await FailExpiredAsync(ct); }
                catch (Exception ex) when (ex is not OperationCanceledException) { LogSweepFailed(logger, ex); }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private async Task ExtendLeasesAsync(IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DbSession>()
            .ExecuteAsync(ExtendLeaseSql, new { Ids = ids, LeaseUntil = clock.GetUtcNow() + options.Value.Lease }, ct);
    }

    /// <summary>Kept dry-run files that can no longer be committed (see <see cref="ImportFiles"/>).</summary>
    private async Task DeleteExpiredFilesAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await ImportFiles.DeleteExpiredAsync(scope.ServiceProvider.GetRequiredService<DbSession>(), options.Value, clock.GetUtcNow(), ct);
    }

    private async Task FinishAsync(int jobId, string status, string message, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await db.ExecuteAsync("UPDATE ImportJobs SET Status = @Status, Message = @Message, FinishedAt = @Now, Version = Version + 1 WHERE Id = @Id",
            new { Id = jobId, Status = status, Message = message, Now = clock.GetUtcNow() }, ct);
    }

    /// <summary>
    /// Claims a queued job: only one UPDATE can move it out of 'queued', so with two API processes on
    /// one database exactly one of them runs it (the other sees no row affected and leaves it alone).
    /// The same statement takes the job's lease (committed at once, before a commit's transaction opens).
    /// </summary>
    internal const string ClaimSql = """
        UPDATE ImportJobs SET Status = @Status, StartedAt = COALESCE(StartedAt, @Now), LeaseUntil = @LeaseUntil, ProcessedRows = 0,
            ErrorCount = 0, Errors = '[]', Version = Version + 1
        WHERE Id = @Id AND Status = 'queued'
        """;

    private const string SucceedSql = """
        UPDATE ImportJobs SET Status = 'succeeded', ProcessedRows = @Processed, CreatedCount = @Created, UpdatedCount = @Updated,
            UnchangedCount = @Unchanged, ErrorCount = @ErrorCount, Errors = @Errors, Message = @Message, FinishedAt = @Now,
            Version = Version + 1
        WHERE Id = @Id
        """;

    private const string FailSql = """
        UPDATE ImportJobs SET Status = 'failed', ProcessedRows = @Processed, ErrorCount = @ErrorCount, Errors = @Errors,
            Message = @Message, FinishedAt = @Now, Version = Version + 1
        WHERE Id = @Id
        """;

    /// <summary>Runs one job; true when it keeps its file for a later commit (a dry run without row errors).</summary>
    private async Task<bool> RunAsync(int jobId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<DbSession>();
        await using var cache = await LargePageCache.EnterAsync(db, ct);
        var job = await ImportSql.LoadAsync(db, jobId, ct);
        // Not ours (already run, or claimed by another instance): leave its file to whoever owns it.
        if (job.Status != ImportStatus.Queued) return true;
        ActAs(sp, job);
        var kind = sp.GetServices<IImportKind>().Single(k => k.Name == job.Kind);
        var path = ImportFiles.PathFor(options.Value.ResolveDirectory(), jobId);
        var format = TabularFormats.Parse(job.Format)!.Value;
        var total = Math.Max(job.TotalRows, 1);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var write = !job.DryRun;
        // valid_rows_only: the invalid rows are reported and left out; the valid ones are written.
        var allOrNothing = job.Mode != ImportMode.ValidRowsOnly;
        // A commit opens its transaction now: status 'committing' means one is open (start-up recovery).
        var claimed = await db.ExecuteAsync(ClaimSql, new
        {
            Id = jobId, Status = write ? ImportStatus.Committing : ImportStatus.Validating, Now = clock.GetUtcNow(),
            LeaseUntil = clock.GetUtcNow() + options.Value.Lease,
        }, ct);
        if (claimed == 0) return true;
        if (write)
        {
            await db.BeginAsync(ct);
            await kind.BeginWritingAsync(db, ct);
        }

        // One pass over the file on both cores: a second thread reads every row and checks it with the
        // API's rules, handing the valid ones over in batches; this one compares them with what is
        // stored (dry run) or writes them (commit) in the job's one transaction. A commit with any
        // invalid row writes nothing: after the first one only the checking goes on, for the report,
        // and the transaction is rolled back.
        var validation = new Validation();
        var batches = Channel.CreateBounded<List<object>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var checking = Task.Run(() => CheckAsync(kind, path, format, options.Value.BatchSize, validation, batches.Writer,
            processed => progress.Set(jobId, processed, processed * 100 / total), stop.Token), stop.Token);
        var now = clock.GetUtcNow();
        var counts = new UpsertCounts();
        var changes = sp.GetRequiredService<BusinessChanges>();
        try
        {
            // A dry run writes nothing, so between batches it can renew its lease (and its queue's) once half
            // of it has gone; a commit cannot (see ImportOptions.LeaseSeconds).
            var renewAt = clock.GetUtcNow() + options.Value.Lease / 2;
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                if (write && allOrNothing && validation.HasInvalidRows) continue;
                counts += await kind.UpsertAsync(db, batch, write, now, changes, ct);
                if (write || clock.GetUtcNow() < renewAt) continue;
                await db.ExecuteAsync(ExtendLeaseSql, new { Ids = (int[])[jobId, .. queue.Waiting], LeaseUntil = clock.GetUtcNow() + options.Value.Lease }, ct);
                renewAt = clock.GetUtcNow() + options.Value.Lease / 2;
            }
        }
        finally
        {
            // Whatever stopped the writing (a database error), the checking thread must not wait on a full channel.
            await stop.CancelAsync();
            await checking.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        await checking; // a file that turned out unreadable fails the job here
        var (errors, errorCount, invalid, processed) = (validation.Errors, validation.ErrorCount, validation.InvalidRows, validation.Processed);
        var errorsJson = ImportErrorText.Serialize(errors);
        Infrastructure.Observability.Telemetry.ImportRows.Add(processed,
            new KeyValuePair<string, object?>("kind", job.Kind),
            new KeyValuePair<string, object?>("mode", write ? "commit" : "dry_run"),
            new KeyValuePair<string, object?>("outcome", write && allOrNothing && errorCount > 0 ? "rejected" : "processed"));

        if (write && allOrNothing && errorCount > 0)
        {
            await db.RollbackAsync();
            await db.ExecuteAsync(FailSql, new
            {
                Id = jobId, Processed = processed, ErrorCount = errorCount, Errors = errorsJson, Now = clock.GetUtcNow(),
                Message = ImportMessage.Store("import.failed.rows_invalid", ("invalid", invalid)),
            }, ct);
            return false;
        }

        var seconds = Math.Round((decimal)watch.Elapsed.TotalSeconds, 1);
        var summary = ImportMessage.Store(
            job.DryRun ? "import.summary.dry_run" : invalid > 0 ? "import.summary.committed_valid_rows" : "import.summary.committed",
            ("created", counts.Created), ("updated", counts.Updated), ("unchanged", counts.Unchanged), ("invalid", invalid),
            ("rows", processed), ("seconds", seconds));
        if (write)
        {
            // The same upkeep every other write gets (readiness of the rows written), in this transaction;
            // before the search triggers come back, as the readiness mask is no text they index.
            await changes.FlushAsync(ct);
            await sp.GetRequiredService<DomainEvents>().FlushAsync(ct);
            await kind.EndWritingAsync(db, ct);
            await sp.GetRequiredService<AuditTrail>().RecordAsync("import", jobId.ToString(CultureInfo.InvariantCulture), "committed", null, new
            {
                job.Kind, job.FileName, job.Format, Rows = processed, counts.Created, counts.Updated, counts.Unchanged,
            }, ct);
        }
        await db.ExecuteAsync(SucceedSql, new
        {
            Id = jobId, Processed = processed, counts.Created, counts.Updated, counts.Unchanged,
            ErrorCount = errorCount, Errors = errorsJson, Message = summary, Now = clock.GetUtcNow(),
        }, ct);
        if (write) await db.CommitAsync(ct);
        return ImportFiles.KeepsFile(job.DryRun, options.Value);
    }

    /// <summary>What the checking thread found; read by the writer once it has finished (HasInvalidRows while it runs).</summary>
    private sealed class Validation
    {
        private int _invalidRows;
        public List<StoredImportError> Errors { get; } = [];
        public int ErrorCount { get; set; }
        public int Processed { get; set; }
        public int InvalidRows => Volatile.Read(ref _invalidRows);
        public bool HasInvalidRows => InvalidRows > 0;

        public void Add(ImportRow row)
        {
            Interlocked.Increment(ref _invalidRows);
            ErrorCount += row.Errors.Count;
            foreach (var e in row.Errors)
                if (Errors.Count < ImportSql.MaxStoredErrors) Errors.Add(e);
        }
    }

    /// <summary>
    /// Reads every row and checks it with the API's rules (and that each key appears once), handing
    /// the valid items over in batches; completes the channel, with the error if the file fails.
    /// </summary>
    private static async Task CheckAsync(IImportKind kind, string path, TabularFormat format, int batchSize, Validation result,
        ChannelWriter<List<object>> output, Action<int> report, CancellationToken ct)
    {
        try
        {
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var batch = new List<object>(batchSize);
            foreach (var row in Rows(kind, path, format))
            {
                var item = kind.Parse(row);
                if (item is not null)
                {
                    var key = kind.KeyOf(item);
                    if (keys.TryGetValue(key, out var firstRow))
                        row.Error(kind.Columns[0].Name, "import.error.duplicate_key",
                            ("value", key), ("firstRow", firstRow.ToString(CultureInfo.InvariantCulture)));
                    else keys[key] = row.RowNumber;
                }
                if (row.Errors.Count > 0) result.Add(row);
                else batch.Add(item!);
                if (batch.Count == batchSize)
                {
                    await output.WriteAsync(batch, ct);
                    batch = new List<object>(batchSize);
                }
                if (++result.Processed % 1000 == 0) report(result.Processed);
            }
            if (batch.Count > 0) await output.WriteAsync(batch, ct);
            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    /// <summary>The data rows of the stored file (header mapped, notes skipped).</summary>
    private static IEnumerable<ImportRow> Rows(IImportKind kind, string path, TabularFormat format)
    {
        Dictionary<string, int>? map = null;
        foreach (var record in TabularFormats.Read(path, format))
        {
            if (map is null) { map = ImportSql.MapHeader(kind, record.Values).Map; continue; }
            if (ImportSql.IsNote(record)) continue;
            yield return new ImportRow(record.RowNumber, record.Values, map);
        }
    }

    /// <summary>
    /// The job runs for the person who uploaded it: its audit event names them. There is no HTTP
    /// request here, so the scope's <see cref="CurrentActor"/> reads a principal rebuilt from the job.
    /// </summary>
    private static void ActAs(IServiceProvider sp, ImportJobRow job)
    {
        if (job.ActorType == "system") return;
        var claims = new List<Claim> { new(MedanClaims.ActorType, job.ActorType) };
        if (job.ActorId is not null) claims.Add(new Claim(ClaimTypes.NameIdentifier, job.ActorId));
        if (job.ActorName is not null) claims.Add(new Claim(ClaimTypes.Name, job.ActorName));
        if (job.ActorRole is not null) claims.Add(new Claim(ClaimTypes.Role, job.ActorRole));
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, "import-job")),
            RequestServices = sp,
        };
    }
}

/// <summary>
/// SQLite: a 64 MB page cache on the import's connection for the length of the job (the default is
/// 2 MB). A commit inserts into every index of Businesses and the search index at random places;
/// with the default cache those pages are evicted and re-read, and dirty pages spill to the WAL
/// before the commit. Reset to the default before the pooled connection goes back to the pool.
/// </summary>
internal sealed class LargePageCache : IAsyncDisposable
{
    private readonly DbSession? _db;
    private LargePageCache(DbSession? db) => _db = db;

    public static async Task<LargePageCache> EnterAsync(DbSession db, CancellationToken ct)
    {
        if (db.Dialect != SqlDialect.Sqlite) return new LargePageCache(null);
        await db.ExecuteAsync("PRAGMA cache_size = -65536", null, ct);
        return new LargePageCache(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is not null) await _db.ExecuteAsync("PRAGMA cache_size = -2000", null, CancellationToken.None);
    }
}
