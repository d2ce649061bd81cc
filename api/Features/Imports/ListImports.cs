using System.Globalization;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>Pages through import jobs (the import history), newest first, without their row errors.</summary>
public static class ListImports
{
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-createdAt">createdAt (oldest first) or -createdAt (newest first, the default).</param>
    /// <param name="Status" example="succeeded">queued, validating, committing, succeeded or failed.</param>
    /// <param name="Kind" example="businesses">What was imported: businesses.</param>
    /// <param name="DryRun" example="true">true: only dry runs; false: only commits.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Status = null, string? Kind = null, string? DryRun = null)
        : IQuery<PagedResponse<ImportJobSummary>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["createdAt"] = "j.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IEnumerable<IImportKind> kinds)
        {
            var names = kinds.Select(k => k.Name).ToList();
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Status).Must(s => ImportStatus.All.Contains(s)).When(q => q.Status is not null)
                .WithMessage($"status must be one of: {string.Join(", ", ImportStatus.All)}.");
            RuleFor(q => q.Kind).Must(k => names.Contains(k!)).When(q => q.Kind is not null)
                .WithMessage($"kind must be one of: {string.Join(", ", names)}.");
            RuleFor(q => q.DryRun).Must(d => d is "true" or "false").When(q => q.DryRun is not null)
                .WithMessage("dryRun must be true or false.");
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<ImportJobSummary>>
    {
        public async ValueTask<PagedResponse<ImportJobSummary>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            void Add(object? value, string condition, string name)
            {
                if (value is null) return;
                conditions.Add(condition);
                args.Add(name, value);
            }
            Add(query.Status, "j.Status = @Status", "Status");
            Add(query.Kind, "j.Kind = @Kind", "Kind");
            Add(query.DryRun is null ? null : query.DryRun == "true", "j.DryRun = @DryRun", "DryRun");
            var where = new StringBuilder();
            if (conditions.Count > 0) where.Append("WHERE ").AppendJoin(" AND ", conditions);
            var sql = $"{ImportSql.SelectSummary}\n{where}\n{query.OrderBy(SortColumns, "-createdAt", "j.Id")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM ImportJobs j {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<ImportJobRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<ImportJobSummary>(rows.Select(ToSummary).ToList(), query.Page, query.PageSize, total);
        }
    }

    private static ImportJobSummary ToSummary(ImportJobRow row) => new()
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
        SourceJobId = ImportSql.IdText(row.SourceJobId),
        CommittedByJobId = ImportSql.IdText(row.CommittedByJobId),
    };
}

/// <summary>
/// An import job in the history list: what GET /imports/{id} returns without the row errors and
/// live progress (read the job for those).
/// </summary>
public sealed record ImportJobSummary
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
    /// <summary>True: a dry run (nothing written); false: a commit.</summary>
    public required bool DryRun { get; init; }
    /// <summary>queued, validating, committing, succeeded or failed.</summary>
    /// <example>succeeded</example>
    public required string Status { get; init; }
    /// <summary>Data rows in the file.</summary>
    public required int TotalRows { get; init; }
    /// <summary>Rows that create a business (for a dry run: would create).</summary>
    public required int Created { get; init; }
    public required int Updated { get; init; }
    public required int Unchanged { get; init; }
    /// <summary>Problems found in the rows (the list is in GET /imports/{id}).</summary>
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
    /// <summary>For a commit made from a dry run: that dry run.</summary>
    public string? SourceJobId { get; init; }
    /// <summary>For a dry run: the job that committed it, once there is one.</summary>
    public string? CommittedByJobId { get; init; }
}
