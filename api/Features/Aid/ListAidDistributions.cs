using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Pages through aid distributions; only the filters given become SQL conditions.</summary>
public static class ListAidDistributions
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListAidDistributions))
        .WithSummary("List aid distributions")
        .WithDescription("Paging, sort, and filters by group, kecamatan, programme, budget year and status.")
        .RequireAuthorization(Policies.AidRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-handedOverOn">handedOverOn, budgetYear, totalValue, createdAt; prefix - for descending.</param>
    /// <param name="GroupId" example="7">Receiving group.</param>
    /// <param name="Kecamatan" example="12.71.11">Kecamatan of the group.</param>
    /// <param name="Programme" example="APBD Kota Medan">Programme or budget source (exact).</param>
    /// <param name="BudgetYear" example="2026">Budget year.</param>
    /// <param name="Status" example="delivered">planned, delivered or cancelled.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? GroupId = null, string? Kecamatan = null,
        string? Programme = null, int? BudgetYear = null, string? Status = null) : IQuery<PagedResponse<AidResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["handedOverOn"] = "a.HandedOverOn", ["budgetYear"] = "a.BudgetYear", ["totalValue"] = "a.TotalValueIdr", ["createdAt"] = "a.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.GroupId).Must(g => int.TryParse(g, CultureInfo.InvariantCulture, out var v) && v > 0).When(q => q.GroupId is not null)
                .WithText("must_be_group_id");
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            RuleFor(q => q.Programme).MaximumLength(100);
            RuleFor(q => q.BudgetYear).InclusiveBetween(2000, 2100).When(q => q.BudgetYear is not null);
            RuleFor(q => q.Status).IsEnumText<Query, AidStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<AidStatus>()));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<AidResponse>>
    {
        public async ValueTask<PagedResponse<AidResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            void Eq(object? value, string column, string name)
            {
                if (value is null) return;
                conditions.Add($"{column} = @{name}");
                args.Add(name, value);
            }
            Eq(query.GroupId is null ? null : int.Parse(query.GroupId, CultureInfo.InvariantCulture), "a.GroupId", "GroupId");
            Eq(query.Kecamatan, "g.KecamatanCode", "Kecamatan");
            Eq(query.Programme?.Trim(), "a.Programme", "Programme");
            Eq(query.BudgetYear, "a.BudgetYear", "BudgetYear");
            Eq(query.Status, "a.Status", "Status");
            var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
            var order = query.OrderBy(SortColumns, "-createdAt", "a.Id");
            var sql = $"{AidSql.Select}\n{where}\n{order}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM AidDistributions a JOIN BusinessGroups g ON g.Id = a.GroupId {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<AidRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<AidResponse>(await AidSql.ToResponsesAsync(db, rows, ct), query.Page, query.PageSize, total);
        }
    }
}
