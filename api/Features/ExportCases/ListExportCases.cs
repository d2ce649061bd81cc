using System.Globalization;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Pages through export cases; only the filters given become SQL conditions.</summary>
public static class ListExportCases
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListExportCases))
        .WithSummary("List export assistance cases")
        .WithDescription("Paging, sort, free text (q), filters by stage, commodity, business, officer; overdue=true lists cases longer in their stage than its target; expiringWithinDays=30 lists cases with documents expiring within 30 days.")
        .RequireAuthorization(Policies.ExportCasesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="stageEnteredAt">openedOn, stageEnteredAt, updatedAt, estimatedValueIdr, businessName; prefix - for descending. Default -openedOn.</param>
    /// <param name="Q" example="kopi">Free text over the business's name, owner and NIB, or an HS code prefix (digits).</param>
    /// <param name="Stage" example="legal_check">A stage, or "open" for every open stage.</param>
    /// <param name="Commodity" example="coffee">coffee, rubber, palm_oil, palm_oil_derivative, other.</param>
    /// <param name="BusinessId" example="42">Cases of one business.</param>
    /// <param name="AssignedOfficerId" example="2">Cases of one officer.</param>
    /// <param name="Overdue" example="true">true: open cases longer in their stage than its target; false: the others.</param>
    /// <param name="ExpiringWithinDays" example="30">Cases with a submitted or verified document that expires within this many days (or has expired), 0 to 365.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Stage = null, string? Commodity = null,
        string? BusinessId = null, string? AssignedOfficerId = null, string? Overdue = null, int? ExpiringWithinDays = null)
        : IQuery<PagedResponse<ExportCaseResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["openedOn"] = "c.OpenedOn", ["stageEnteredAt"] = "c.StageEnteredAt", ["updatedAt"] = "c.UpdatedAt",
        ["estimatedValueIdr"] = "c.EstimatedValueIdr", ["businessName"] = "b.Name",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Stage).IsEnumText<Query, ExportStage>("open").When(q => q.Stage is not null)
                .WithMessage($"stage must be open or one of: {string.Join(", ", EnumText.All<ExportStage>())}.");
            RuleFor(q => q.Commodity).IsEnumText<Query, Commodity>().When(q => q.Commodity is not null)
                .WithMessage($"commodity must be one of: {string.Join(", ", EnumText.All<Commodity>())}.");
            RuleFor(q => q.BusinessId).Must(id => ExportCaseSql.TryParseId(id, out _)).When(q => q.BusinessId is not null)
                .WithMessage("businessId must be a business id.");
            RuleFor(q => q.AssignedOfficerId).Must(id => ExportCaseSql.TryParseId(id, out _)).When(q => q.AssignedOfficerId is not null)
                .WithMessage("assignedOfficerId must be a user id.");
            RuleFor(q => q.Overdue).IsBooleanText().When(q => q.Overdue is not null)
                .WithMessage("overdue must be true or false.");
            RuleFor(q => q.ExpiringWithinDays).InclusiveBetween(0, 365).When(q => q.ExpiringWithinDays is not null);
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : IQueryHandler<Query, PagedResponse<ExportCaseResponse>>
    {
        public async ValueTask<PagedResponse<ExportCaseResponse>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var targets = options.Value.Targets;
            var (where, args) = Where(query, db.Dialect, now, targets);
            var order = query.OrderBy(SortColumns, "-openedOn", "c.Id");
            var sql = $"{ExportCaseSql.Select}\n{where}\n{order}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM ExportCases c JOIN Businesses b ON b.Id = c.BusinessId {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<ExportCaseRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<ExportCaseResponse>(rows.Select(r => ExportCaseSql.ToResponse(r, now, targets)).ToList(),
                query.Page, query.PageSize, total);
        }
    }

    private static readonly string OpenStagesSql =
        string.Join(", ", Enum.GetValues<ExportStage>().Where(StageFlow.IsOpen).Select(s => $"'{EnumText.Of(s)}'"));

    /// <summary>The WHERE clause built from the filters actually given (parameterised).</summary>
    public static (string Sql, DynamicParameters Args) Where(Query q, SqlDialect dialect, DateTimeOffset now, IReadOnlyDictionary<ExportStage, int> targets)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            var digits = Identifiers.Digits(text);
            var hsLike = digits.Length >= 2 && text.All(ch => char.IsAsciiDigit(ch) || ch == '.');
            if (hsLike)
            {
                conditions.Add("(c.HsCode LIKE @HsPrefix OR b.Nib LIKE @HsPrefix)");
                args.Add("HsPrefix", digits + "%");
            }
            else if (text.Length >= 3 || dialect == SqlDialect.SqlServer)
            {
                conditions.Add(dialect.BusinessTextMatch("b.Id"));
                args.Add("Search", dialect.PrepareSearch(text));
            }
            else
            {
                conditions.Add("b.Name LIKE @Prefix");
                args.Add("Prefix", text.Replace("%", "").Replace("_", "") + "%");
            }
        }
        if (q.Stage == "open") conditions.Add($"c.Stage IN ({OpenStagesSql})");
        else if (q.Stage is not null) { conditions.Add("c.Stage = @Stage"); args.Add("Stage", q.Stage); }
        if (q.Commodity is not null) { conditions.Add("c.Commodity = @Commodity"); args.Add("Commodity", q.Commodity); }
        if (q.BusinessId is not null) { conditions.Add("c.BusinessId = @BusinessId"); args.Add("BusinessId", int.Parse(q.BusinessId, CultureInfo.InvariantCulture)); }
        if (q.AssignedOfficerId is not null) { conditions.Add("c.AssignedOfficerId = @OfficerId"); args.Add("OfficerId", int.Parse(q.AssignedOfficerId, CultureInfo.InvariantCulture)); }
        if (q.Overdue is not null)
        {
            // One (stage, cutoff) pair per open stage: entered at or before the cutoff = overdue.
            var parts = new List<string>();
            var i = 0;
            foreach (var (stage, days) in targets.OrderBy(t => t.Key))
            {
                parts.Add($"(c.Stage = @OverdueStage{i} AND c.StageEnteredAt <= @OverdueCutoff{i})");
                args.Add($"OverdueStage{i}", EnumText.Of(stage));
                args.Add($"OverdueCutoff{i}", StageClock.OverdueCutoff(now, days));
                i++;
            }
            var overdue = parts.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", parts) + ")";
            conditions.Add(q.Overdue == "true" ? overdue : $"NOT {overdue}");
        }
        if (q.ExpiringWithinDays is { } within)
        {
            conditions.Add("""
                c.Id IN (SELECT d.ExportCaseId FROM ExportCaseDocuments d
                         WHERE d.ExpiresOn <= @ExpiryLimit AND d.Status IN ('submitted', 'verified'))
                """);
            args.Add("ExpiryLimit", OfficeTime.DateOf(now).AddDays(within));
        }
        var sb = new StringBuilder();
        if (conditions.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", conditions);
        return (sb.ToString(), args);
    }
}
