using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
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
/// leaves nothing behind, and start-up marks such a job failed.
/// </summary>
public sealed partial class ImportWorker(IServiceProvider services, ImportQueue queue, ImportProgress progress,
    IOptions<ImportOptions> options, TimeProvider clock, ILogger<ImportWorker> logger) : BackgroundService
{
    private const string Interrupted =
        "The server stopped while this import was running; nothing was imported. Upload the file again.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await FailUnfinishedAsync(stoppingToken);
        await DeleteExpiredFilesAsync(stoppingToken);
        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            var keepFile = false;
            try
            {
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
                var message = ex is DomainException d ? d.Message : "The import failed unexpectedly; nothing was imported.";
                if (ex is not DomainException) LogJobFailed(logger, ex, jobId);
                await FinishAsync(jobId, ImportStatus.Failed, message, CancellationToken.None);
            }
            finally
            {
                progress.Remove(jobId);
                if (!keepFile) File.Delete(ImportFiles.PathFor(options.Value.ResolveDirectory(), jobId));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Import job {JobId} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, int jobId);

    /// <summary>Jobs left unfinished by a previous process (killed mid-import): their transaction never committed.</summary>
    private async Task FailUnfinishedAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var stale = await db.QueryAsync<int>("SELECT Id FROM ImportJobs WHERE Status IN @Statuses", new { Statuses = ImportStatus.Unfinished }, ct);
        foreach (var id in stale)
        {
            await FinishAsync(id, ImportStatus.Failed, Interrupted, ct);
            File.Delete(ImportFiles.PathFor(options.Value.ResolveDirectory(), id));
        }
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
    /// </summary>
    internal const string ClaimSql = """
        UPDATE ImportJobs SET Status = @Status, StartedAt = COALESCE(StartedAt, @Now), ProcessedRows = 0,
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
        // A commit opens its transaction now: status 'committing' means one is open (start-up recovery).
        var claimed = await db.ExecuteAsync(ClaimSql, new
        {
            Id = jobId, Status = write ? ImportStatus.Committing : ImportStatus.Validating, Now = clock.GetUtcNow(),
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
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                if (write && validation.HasInvalidRows) continue;
                counts += await kind.UpsertAsync(db, batch, write, now, changes, ct);
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
        var errorsJson = JsonSerializer.Serialize(errors, ImportSql.JsonOptions);
        Infrastructure.Observability.Telemetry.ImportRows.Add(processed,
            new KeyValuePair<string, object?>("kind", job.Kind),
            new KeyValuePair<string, object?>("mode", write ? "commit" : "dry_run"),
            new KeyValuePair<string, object?>("outcome", write && errorCount > 0 ? "rejected" : "processed"));

        if (write && errorCount > 0)
        {
            await db.RollbackAsync();
            await db.ExecuteAsync(FailSql, new
            {
                Id = jobId, Processed = processed, ErrorCount = errorCount, Errors = errorsJson, Now = clock.GetUtcNow(),
                Message = $"{invalid} row(s) have errors, so nothing was imported (an import is all or nothing). Correct them and upload the file again.",
            }, ct);
            return false;
        }

        var summary = job.DryRun
            ? $"Dry run: {counts.Created} to create, {counts.Updated} to update, {counts.Unchanged} unchanged, {invalid} row(s) with errors. Nothing was written."
            : $"Imported: {counts.Created} created, {counts.Updated} updated, {counts.Unchanged} unchanged.";
        summary += $" ({processed} rows in {watch.Elapsed.TotalSeconds:0.0} s.)";
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
        return ImportFiles.KeepsFile(job.DryRun, errorCount, options.Value);
    }

    /// <summary>What the checking thread found; read by the writer once it has finished (HasInvalidRows while it runs).</summary>
    private sealed class Validation
    {
        private int _invalidRows;
        public List<ImportError> Errors { get; } = [];
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
                        row.Error(kind.Columns[0].Name, $"{kind.Columns[0].Name} {key} is also in row {firstRow}; each may appear once per file.");
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
