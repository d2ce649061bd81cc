using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// One problem in the report: spreadsheet row (header = 1), column (its stable name), the message in
/// the caller's language, its code, and the column's header as the caller's template shows it.
/// </summary>
/// <param name="Row" example="14">Spreadsheet row number; the header is row 1.</param>
/// <param name="Column" example="ownerNik">Column name (stable, language-independent).</param>
/// <param name="Message" example="'Medan Kita' bukan kecamatan di Kota Medan; pilih nama dari daftar (mis. Medan Kota) atau tulis kodenya (12.71.01 s.d. 12.71.21).">What is wrong, in the caller's language.</param>
public sealed record ImportError(int Row, string Column, string Message)
{
    /// <summary>Stable code of the problem, for machines (import.error.* or the rule's own code).</summary>
    /// <example>import.error.kecamatan_unknown</example>
    public string? Code { get; init; }

    /// <summary>The column's header in the caller's language, as in the template.</summary>
    /// <example>Kecamatan</example>
    public string? Header { get; init; }
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
    /// <summary>
    /// For a commit: all_or_nothing (any invalid row writes nothing; the default) or valid_rows_only
    /// (the valid rows are written, the invalid ones left for the error file). Null for a dry run.
    /// </summary>
    /// <example>all_or_nothing</example>
    public string? Mode { get; init; }
}

/// <summary>
/// An import job and its report. A dry run validates and compares without writing; a commit writes
/// everything in one transaction or nothing (any bad row fails the whole file).
/// </summary>
public sealed record ImportJobResponse : ImportJobSummary, IVersioned
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
