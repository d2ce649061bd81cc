using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Pages through groups; only the filters given become SQL conditions.</summary>
public static class ListGroups
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListGroups))
        .WithSummary("List groups of businesses")
        .WithDescription("Paging, sort, q over the name, and filters by kecamatan, kind and status.")
        .RequireAuthorization(Policies.GroupsRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, formedOn, kecamatan, createdAt; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Group name starts with, or contains (3+ characters).</param>
    /// <param name="Kecamatan" example="12.71.11">Kecamatan code.</param>
    /// <param name="Kind" example="sector_cluster">sector_cluster, kelurahan_group, cooperative or other.</param>
    /// <param name="Status" example="active">active or inactive.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Kecamatan = null,
        string? Kind = null, string? Status = null) : IQuery<PagedResponse<GroupResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "g.Name", ["formedOn"] = "g.FormedOn", ["kecamatan"] = "g.KecamatanCode", ["createdAt"] = "g.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            RuleFor(q => q.Kind).IsEnumText<Query, GroupKind>().When(q => q.Kind is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<GroupKind>()));
            RuleFor(q => q.Status).IsEnumText<Query, GroupStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<GroupStatus>()));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<GroupResponse>>
    {
        public async ValueTask<PagedResponse<GroupResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                // Groups are a few hundred rows at most: a LIKE over the name is cheap here.
                var text = query.Q.Trim().Replace("[", "").Replace("%", "").Replace("_", "");
                conditions.Add("g.Name LIKE @Q");
                args.Add("Q", (text.Length >= 3 ? "%" : "") + text + "%");
            }
            void Eq(string? value, string column, string name)
            {
                if (value is null) return;
                conditions.Add($"{column} = @{name}");
                args.Add(name, value);
            }
            Eq(query.Kecamatan, "g.KecamatanCode", "Kecamatan");
            Eq(query.Kind, "g.Kind", "Kind");
            Eq(query.Status, "g.Status", "Status");
            var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
            var order = query.OrderBy(SortColumns, "name", "g.Id");
            var sql = $"{GroupSql.Select}\n{where}\n{order}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM BusinessGroups g {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<GroupRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<GroupResponse>(rows.Select(GroupMapper.ToResponse).ToList(), query.Page, query.PageSize, total);
        }
    }
}
