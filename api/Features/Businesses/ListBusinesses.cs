using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using System.Text;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Pages through businesses with free text and filters; only the filters given become SQL conditions.</summary>
public static class ListBusinesses
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListBusinesses))
        .WithSummary("List fostered businesses")
        .WithDescription("Paging, sort, free text (q) over name, owner and NIB, and filters by kecamatan, scale, sector, status and e-katalog status.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, createdAt, updatedAt, nib, scale, kecamatan, fosteredSince; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Free text over name, owner and NIB (substring, 3+ characters use the search index).</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code.</param>
    /// <param name="Scale" example="micro">micro, small or medium.</param>
    /// <param name="Sector" example="food_beverage">Sector.</param>
    /// <param name="Status" example="active">active or inactive.</param>
    /// <param name="EkatalogStatus" example="listed">not_started, preparing, submitted, listed, rejected, delisted.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Kecamatan = null,
        string? Scale = null, string? Sector = null, string? Status = null, string? EkatalogStatus = null)
        : IQuery<PagedResponse<BusinessResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "b.Name", ["createdAt"] = "b.CreatedAt", ["updatedAt"] = "b.UpdatedAt", ["nib"] = "b.Nib",
        ["scale"] = "b.Scale", ["kecamatan"] = "b.KecamatanCode", ["fosteredSince"] = "b.FosteredSince",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            RuleFor(q => q.Scale).IsEnumText<Query, BusinessScale>().When(q => q.Scale is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<BusinessScale>()));
            RuleFor(q => q.Sector).IsEnumText<Query, Sector>().When(q => q.Sector is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<Sector>()));
            RuleFor(q => q.Status).IsEnumText<Query, BusinessStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<BusinessStatus>()));
            RuleFor(q => q.EkatalogStatus).IsEnumText<Query, EkatalogStatus>().When(q => q.EkatalogStatus is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<EkatalogStatus>()));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<BusinessResponse>>
    {
        public async ValueTask<PagedResponse<BusinessResponse>> Handle(Query query, CancellationToken ct)
        {
            var (where, args) = Where(query, db.Dialect);
            var order = query.OrderBy(SortColumns, "name", "b.Id");
            // Text alone sorted by name: the page's ids are chosen from the narrow (Id, Name) index, then only
            // those rows are read (every match must be sorted, and the table's rows are wide).
            var page = where == TextOnly(db.Dialect) && query.SortsBy("name", "name")
                       && db.Dialect.BusinessNamesById is { } narrow
                ? $"{BusinessSql.SelectFrom($"(SELECT b.Id FROM {narrow} {where} {order} {db.Dialect.Paging}) page\nJOIN Businesses b ON b.Id = page.Id")}\n{order}"
                : $"{BusinessSql.Select}\n{where}\n{order}\n{db.Dialect.Paging}";
            var sql = $"{page};\n{CountSql(where, db.Dialect)};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<BusinessRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var items = await BusinessSql.ToResponsesAsync(db, rows, ct);
            return new PagedResponse<BusinessResponse>(items, query.Page, query.PageSize, total);
        }
    }

    /// <summary>The total's statement: with text as the only condition, the search index counts its own matches.</summary>
    public static string CountSql(string where, SqlDialect dialect) =>
        where == TextOnly(dialect) ? dialect.BusinessTextCount : $"SELECT COUNT(*) FROM Businesses b {where}";

    private static string TextOnly(SqlDialect dialect) => "WHERE " + dialect.BusinessTextMatch("b.Id");

    /// <summary>The WHERE clause built from the filters actually given (parameterised).</summary>
    public static (string Sql, Dapper.DynamicParameters Args) Where(Query q, SqlDialect dialect)
    {
        var conditions = new List<string>();
        var args = new Dapper.DynamicParameters();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            if (text.Length >= 3 || dialect == SqlDialect.SqlServer)
            {
                conditions.Add(dialect.BusinessTextMatch("b.Id"));
                args.Add("Search", dialect.PrepareSearch(text));
            }
            else
            {
                // Below the trigram length: a prefix match that the name and NIB indexes answer.
                conditions.Add("(b.Name LIKE @Prefix OR b.Nib LIKE @Prefix)");
                args.Add("Prefix", text.Replace("%", "").Replace("_", "") + "%");
            }
        }
        void Eq(string? value, string column, string name)
        {
            if (value is null) return;
            conditions.Add($"{column} = @{name}");
            args.Add(name, value);
        }
        Eq(q.Kecamatan, "b.KecamatanCode", "Kecamatan");
        Eq(q.Scale, "b.Scale", "Scale");
        Eq(q.Sector, "b.Sector", "Sector");
        Eq(q.Status, "b.Status", "Status");
        Eq(q.EkatalogStatus, "b.EkatalogStatus", "EkatalogStatus");
        var sb = new StringBuilder();
        if (conditions.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", conditions);
        return (sb.ToString(), args);
    }
}
