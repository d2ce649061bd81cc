using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>Pages through import jobs (the import history), newest first, without their row errors.</summary>
public static class ListImports
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListImports))
        .WithSummary("List import jobs (the import history), newest first")
        .WithDescription("""
            Paging, sort (createdAt, -createdAt) and filters status, kind and dryRun. Each job without its row errors:
            read GET /api/v1/imports/{id} for those. A dry run names the job that committed it (committedByJobId),
            a commit made from a dry run names that dry run (sourceJobId).
            """)
        .RequireAuthorization(Policies.StaffWrite);

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
            RuleFor(q => q.DryRun).IsBooleanText().When(q => q.DryRun is not null)
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
            return new PagedResponse<ImportJobSummary>(rows.Select(ImportSql.ToSummary).ToList(), query.Page, query.PageSize, total);
        }
    }
}

