using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// What can be imported. One small class per kind (businesses now; products, registrations, cases
/// later): its columns, how a row becomes a validated item, and how a batch of items is upserted.
/// Implementations are found in the assembly and resolved per job.
/// </summary>
public interface IImportKind
{
    /// <summary>The <c>kind</c> form field and template name: "businesses".</summary>
    string Name { get; }
    /// <summary>The columns of the template, in order; the first is the key the upsert matches on.</summary>
    IReadOnlyList<TabularColumn> Columns { get; }
    /// <summary>
    /// Parses and validates one row with the API's own rules; null (with errors on the row) when invalid.
    /// <paramref name="validate"/> false: the row already passed (second pass of a job), only build the item.
    /// </summary>
    object? Parse(ImportRow row, bool validate = true);
    /// <summary>The natural key of a valid item (NIB for businesses): a file may hold each key once.</summary>
    string KeyOf(object item);
    /// <summary>
    /// Compares a batch with what is stored (by key) and, when <paramref name="write"/>, inserts the new
    /// items and updates the changed ones; returns created/updated/unchanged counts. Runs inside the job's transaction.
    /// </summary>
    /// <remarks>A write notes every business it creates or changes in <paramref name="changes"/>, the job's change set.</remarks>
    Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<object> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct);
    /// <summary>Called in the commit's transaction before the first batch is written (e.g. to set row triggers aside).</summary>
    Task BeginWritingAsync(DbSession db, CancellationToken ct);
    /// <summary>Called in the commit's transaction after the last batch, before it commits (put back what BeginWritingAsync changed).</summary>
    Task EndWritingAsync(DbSession db, CancellationToken ct);
}

/// <summary>Typed base for an import kind.</summary>
public abstract class ImportKind<T> : IImportKind where T : class
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<TabularColumn> Columns { get; }
    protected abstract T? ParseRow(ImportRow row, bool validate);
    protected abstract string Key(T item);
    protected abstract Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<T> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct);

    public object? Parse(ImportRow row, bool validate = true) => ParseRow(row, validate);
    public string KeyOf(object item) => Key((T)item);
    public Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<object> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct) =>
        UpsertAsync(db, items.Cast<T>().ToList(), write, now, changes, ct);
    public virtual Task BeginWritingAsync(DbSession db, CancellationToken ct) => Task.CompletedTask;
    public virtual Task EndWritingAsync(DbSession db, CancellationToken ct) => Task.CompletedTask;
}

public readonly record struct UpsertCounts(int Created, int Updated, int Unchanged)
{
    public static UpsertCounts operator +(UpsertCounts a, UpsertCounts b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}

/// <summary>One problem in the report: spreadsheet row (header = 1), column (template name) and message.</summary>
/// <param name="Row" example="14">Spreadsheet row number; the header is row 1.</param>
/// <param name="Column" example="ownerNik">Column name as in the template.</param>
/// <param name="Message" example="NIK must be exactly 16 digits.">What is wrong.</param>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>A data row with typed accessors that record a report error for a cell they cannot read.</summary>
public sealed class ImportRow(int rowNumber, string?[] values, IReadOnlyDictionary<string, int> columns)
{
    public int RowNumber { get; } = rowNumber;
    public List<ImportError> Errors { get; } = [];

    /// <summary>Trimmed cell text, null when empty (the CSV-injection apostrophe removed).</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < values.Length && !string.IsNullOrWhiteSpace(values[i])
            ? CellText.Unescape(values[i]!.Trim()) : null;

    public void Error(string column, string message) => Errors.Add(new ImportError(RowNumber, column, message));

    public string Text(string column) => this[column] ?? "";

    public int? Int(string column) => Number<int>(column, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    public long? Long(string column) => Number<long>(column, s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    private TNum? Number<TNum>(string column, Func<string, TNum?> parse) where TNum : struct
    {
        var text = this[column];
        if (text is null) return null;
        // 1.500.000 or 1,500,000 and "Rp" are how people type rupiah; only digits count.
        var cleaned = text.Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "");
        if (Grouped.IsMatch(cleaned)) cleaned = cleaned.Replace(".", "").Replace(",", "");
        var value = parse(cleaned);
        if (value is null) Error(column, $"'{text}' is not a whole number.");
        return value;
    }

    /// <summary>Thousands grouped with dots or commas: 1.500.000 or 1,500,000.</summary>
    private static readonly System.Text.RegularExpressions.Regex Grouped = new(@"^-?\d{1,3}([.,]\d{3})+$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>yyyy-MM-dd, or an Excel date serial number.</summary>
    public DateOnly? Date(string column)
    {
        var text = this[column];
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 100_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        Error(column, $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    public TEnum? Enum<TEnum>(string column) where TEnum : struct, System.Enum
    {
        var text = this[column];
        if (text is null) return null;
        if (EnumText.TryParse<TEnum>(text.ToLowerInvariant(), out var value)) return value;
        Error(column, $"'{text}' is not one of: {string.Join(", ", EnumText.All<TEnum>())}.");
        return null;
    }
}

/// <summary>Job states as stored and sent.</summary>
public static class ImportStatus
{
    public const string Queued = "queued";
    public const string Validating = "validating";
    public const string Committing = "committing";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public static readonly string[] Unfinished = [Queued, Validating, Committing];
    public static readonly string[] All = [Queued, Validating, Committing, Succeeded, Failed];
}

/// <summary>An import job as stored.</summary>
public sealed class ImportJobRow
{
    public int Id { get; init; }
    public string Kind { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public long FileBytes { get; init; }
    public bool DryRun { get; init; }
    public string Status { get; init; } = "";
    public int TotalRows { get; init; }
    public int ProcessedRows { get; init; }
    public int CreatedCount { get; init; }
    public int UpdatedCount { get; init; }
    public int UnchangedCount { get; init; }
    public int ErrorCount { get; init; }
    public string Errors { get; init; } = "[]";
    public string? IgnoredColumns { get; init; }
    public string? Message { get; init; }
    public string ActorType { get; init; } = "";
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public string? ActorRole { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public int Version { get; init; }
    /// <summary>For a commit made from a dry run: that dry run.</summary>
    public int? SourceJobId { get; init; }
    /// <summary>For a dry run that was committed: the commit job (read through the SourceJobId index).</summary>
    public int? CommittedByJobId { get; init; }
}

/// <summary>
/// An import job without its report and live progress: an item of the import history (GET /imports),
/// and the first part of a job as GET /imports/{id} returns it.
/// </summary>
public record ImportJobSummary
{
    /// <example>7</example>
    public required string Id { get; init; }
    /// <example>businesses</example>
    public required string Kind { get; init; }
    /// <example>umkm-binaan-2026.xlsx</example>
    public required string FileName { get; init; }
    /// <example>xlsx</example>
    public required string Format { get; init; }
    /// <summary>Size of the uploaded file in bytes.</summary>
    /// <example>48213</example>
    public required long FileBytes { get; init; }
    /// <summary>True: validate and count only, nothing is written (a dry run); false: a commit.</summary>
    public required bool DryRun { get; init; }
    /// <summary>queued, validating, committing, succeeded or failed.</summary>
    /// <example>succeeded</example>
    public required string Status { get; init; }
    /// <summary>Data rows in the file (header and blank rows not counted).</summary>
    public required int TotalRows { get; init; }
    /// <summary>Rows that create a business (for a dry run: would create).</summary>
    public required int Created { get; init; }
    public required int Updated { get; init; }
    /// <summary>Rows identical to what is stored: re-importing a file changes nothing.</summary>
    public required int Unchanged { get; init; }
    /// <summary>All problems found in the rows (GET /imports/{id} lists the first 1,000).</summary>
    public required int ErrorCount { get; init; }
    /// <summary>Why a job failed, or a summary.</summary>
    public string? Message { get; init; }
    /// <summary>Who started the job (name at the time).</summary>
    /// <example>Siti Nurhaliza</example>
    public string? CreatedBy { get; init; }
    /// <summary>Their role at the time: admin or officer.</summary>
    /// <example>officer</example>
    public string? CreatedByRole { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>For a commit made with POST /imports/{id}/commit: the dry run it commits.</summary>
    /// <example>6</example>
    public string? SourceJobId { get; init; }
    /// <summary>For a dry run: the job that committed it, once there is one.</summary>
    public string? CommittedByJobId { get; init; }
}

/// <summary>
/// An import job and its report. A dry run validates and compares without writing; a commit writes
/// everything in one transaction or nothing (any bad row fails the whole file).
/// </summary>
public sealed record ImportJobResponse : ImportJobSummary
{
    /// <summary>The job's summary, completed by the initialiser with the report and progress (the lists start empty).</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public ImportJobResponse(ImportJobSummary summary) : base(summary) { }

    /// <summary>0-100: validation is the first half, comparing or writing the second.</summary>
    public required int Percentage { get; init; }
    public required int ProcessedRows { get; init; }
    /// <summary>The first 1,000 problems (errorCount counts them all).</summary>
    public required IReadOnlyList<ImportError> Errors { get; init; } = [];
    public required bool ErrorsTruncated { get; init; }
    /// <summary>Columns of the file that are not import columns (read-only export columns such as id or scale): ignored.</summary>
    public required IReadOnlyList<string> IgnoredColumns { get; init; } = [];
    /// <summary>Changes while the job runs and when it is committed; also sent as the ETag (If-Match of the commit).</summary>
    /// <example>4</example>
    public required int Version { get; init; }
}

/// <summary>Configuration section <c>Imports</c>.</summary>
public sealed class ImportOptions
{
    public const string Section = "Imports";
    /// <summary>Where uploaded files wait for their job (deleted when it ends, except a dry run's: see below).</summary>
    public string? Directory { get; set; }
    public int BatchSize { get; set; } = 500;
    /// <summary>
    /// How long the file of a dry run without errors is kept so that it can be committed without
    /// uploading it again (POST /imports/{id}/commit); 0 deletes it at once, like every other job's.
    /// </summary>
    public int KeepDryRunFileHours { get; set; } = 24;

    /// <summary>
    /// The upload directory, created private to the API's user (0700 on Unix): the files hold NIK,
    /// phone numbers and addresses. An existing directory is made private too.
    /// </summary>
    public string ResolveDirectory() => ImportFiles.PrivateDirectory(Directory ?? Path.Combine(Path.GetTempPath(), "medanumkm-imports"));
}

/// <summary>Jobs waiting for the worker, in order.</summary>
public sealed class ImportQueue
{
    private readonly Channel<int> _channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    public void Enqueue(int jobId) => _channel.Writer.TryWrite(jobId);
    public ChannelReader<int> Reader => _channel.Reader;
}

/// <summary>
/// Live progress of running jobs. The commit holds the database's write lock for its whole
/// transaction, so progress is kept here rather than written to the job row.
/// </summary>
public sealed class ImportProgress
{
    private readonly ConcurrentDictionary<int, (int Processed, int Percentage)> _jobs = new();
    public void Set(int jobId, int processed, int percentage) => _jobs[jobId] = (processed, percentage);
    public void Remove(int jobId) => _jobs.TryRemove(jobId, out _);
    public (int Processed, int Percentage)? Get(int jobId) => _jobs.TryGetValue(jobId, out var p) ? p : null;
}

/// <summary>Registers the import services: kinds, queue, progress and the background worker.</summary>
public sealed class ImportServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.Configure<ImportOptions>(config.GetSection(ImportOptions.Section));
        services.AddSingleton<ImportQueue>();
        services.AddSingleton<ImportProgress>();
        services.AddHostedService<ImportWorker>();
        foreach (var type in typeof(IImportKind).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IImportKind).IsAssignableFrom(t)))
            services.AddTransient(typeof(IImportKind), type);
    }
}

/// <summary>Shared reads of import jobs.</summary>
public static class ImportSql
{
    /// <summary>The job's columns without its report (Errors) and ignored columns, shared by the reads below.</summary>
    private const string Columns = """
        j.Id, j.Kind, j.FileName, j.Format, j.FileBytes, j.DryRun, j.Status, j.TotalRows, j.ProcessedRows, j.CreatedCount,
               j.UpdatedCount, j.UnchangedCount, j.ErrorCount, j.Message, j.ActorType, j.ActorId, j.ActorName, j.ActorRole,
               j.CreatedAt, j.StartedAt, j.FinishedAt, j.Version, j.SourceJobId,
               (SELECT MIN(c.Id) FROM ImportJobs c WHERE c.SourceJobId = j.Id) AS CommittedByJobId
        """;

    /// <summary>One job with its report.</summary>
    public const string Select = "SELECT " + Columns + ", j.Errors, j.IgnoredColumns\nFROM ImportJobs j";

    /// <summary>Jobs for a list: no report (up to 1,000 errors each).</summary>
    public const string SelectSummary = "SELECT " + Columns + "\nFROM ImportJobs j";

    public const int MaxStoredErrors = 1000;

    public static int ParseId(string id) =>
        RouteIds.Parse(id, "Import");

    public static async Task<ImportJobRow> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<ImportJobRow>(Select + "\nWHERE j.Id = @Id", new { Id = id }, ct)
        ?? throw new NotFoundException("Import", id.ToString(CultureInfo.InvariantCulture));

    public static ImportJobSummary ToSummary(ImportJobRow row) => new()
    {
        Id = row.Id.ToString(CultureInfo.InvariantCulture),
        Kind = row.Kind,
        FileName = row.FileName,
        Format = row.Format,
        FileBytes = row.FileBytes,
        DryRun = row.DryRun,
        Status = row.Status,
        TotalRows = row.TotalRows,
        Created = row.CreatedCount,
        Updated = row.UpdatedCount,
        Unchanged = row.UnchangedCount,
        ErrorCount = row.ErrorCount,
        Message = row.Message,
        CreatedBy = row.ActorName,
        CreatedByRole = row.ActorRole,
        CreatedAt = row.CreatedAt,
        StartedAt = row.StartedAt,
        FinishedAt = row.FinishedAt,
        SourceJobId = IdText(row.SourceJobId),
        CommittedByJobId = IdText(row.CommittedByJobId),
    };

    public static ImportJobResponse ToResponse(ImportJobRow row, ImportProgress progress)
    {
        var live = ImportStatus.Unfinished.Contains(row.Status) ? progress.Get(row.Id) : null;
        var errors = System.Text.Json.JsonSerializer.Deserialize<List<ImportError>>(row.Errors, JsonOptions) ?? [];
        return new ImportJobResponse(ToSummary(row))
        {
            Percentage = row.Status is ImportStatus.Succeeded or ImportStatus.Failed ? 100 : live?.Percentage ?? 0,
            ProcessedRows = live?.Processed ?? row.ProcessedRows,
            Errors = errors,
            ErrorsTruncated = row.ErrorCount > errors.Count,
            IgnoredColumns = string.IsNullOrEmpty(row.IgnoredColumns) ? [] : row.IgnoredColumns.Split(','),
            Version = row.Version,
        };
    }

    private static string? IdText(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    public static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>
    /// Maps the header row to column positions: names match the template's case-insensitively;
    /// a missing required column, or one given twice, makes the file malformed (400).
    /// </summary>
    public static (Dictionary<string, int> Map, List<string> Ignored) MapHeader(IImportKind kind, string?[] header)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        var byName = kind.Columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i]?.Trim().TrimStart('\uFEFF');
            if (string.IsNullOrEmpty(name)) continue;
            if (!byName.TryGetValue(name, out var column)) { ignored.Add(name); continue; }
            if (!map.TryAdd(column.Name, i))
                throw new MalformedFileException($"The header has the column '{column.Name}' twice.");
        }
        var missing = kind.Columns.Where(c => c.Required && !map.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
            throw new MalformedFileException(
                $"The header row (row 1) lacks the required column(s) {string.Join(", ", missing)}. " +
                $"Columns: {string.Join(", ", kind.Columns.Select(c => c.Name))}; download the template from /api/v1/imports/templates/{kind.Name}.");
        return (map, ignored);
    }

    /// <summary>Rows whose first cell starts with '#' are notes (the CSV template documents its columns that way).</summary>
    public static bool IsNote(TabularRecord record) => record.Values.Length > 0 && record.Values[0]?.TrimStart().StartsWith('#') == true;
}
