using System.Globalization;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Features.Imports;

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
                $"Columns: {string.Join(", ", kind.Columns.Select(c => c.Name))}; download the template from /api/v1/import-templates/{kind.Name}.");
        return (map, ignored);
    }

    /// <summary>Rows whose first cell starts with '#' are notes (the CSV template documents its columns that way).</summary>
    public static bool IsNote(TabularRecord record) => record.Values.Length > 0 && record.Values[0]?.TrimStart().StartsWith('#') == true;
}
