using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using System.Text;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>
/// Pages through products across businesses (GET /products) or of one business
/// (GET /businesses/{id}/products); only the filters given become SQL conditions.
/// </summary>
public static class ListProducts
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListProducts))
        .WithSummary("Search products across businesses")
        .WithDescription("Paging, sort, free text (q) over name and description, filters by category, kecamatan, business, active, food and price range.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <summary>GET /businesses/{id}/products: the same list limited to one business (404 for an unknown business).</summary>
    public static void MapForBusiness(RouteGroupBuilder group) => group
        .MapGet("/", async (string id, [AsParameters] Query query, ISender sender, CancellationToken ct) =>
            {
                var businessId = BusinessSql.ParseId(id);
                var page = await sender.Send(query with { BusinessId = businessId.ToString(CultureInfo.InvariantCulture) }, ct);
                if (page.TotalCount == 0) await sender.Send(new GetBusiness.Query(businessId), ct); // 404 for an unknown business
                return page;
            })
        .WithName("ListBusinessProducts")
        .WithSummary("List a business's products")
        .WithDescription("Same paging, sort and filters as GET /api/v1/products, limited to this business.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, priceIdr, createdAt, updatedAt; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Free text over product name and description.</param>
    /// <param name="Category" example="food_beverage">Product category.</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code of the business.</param>
    /// <param name="BusinessId" example="42">Only this business's products.</param>
    /// <param name="IsActive" example="true">true or false.</param>
    /// <param name="IsFood" example="true">true or false.</param>
    /// <param name="MinPriceIdr" example="10000">Lowest price, whole rupiah.</param>
    /// <param name="MaxPriceIdr" example="500000">Highest price, whole rupiah.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Category = null,
        string? Kecamatan = null, string? BusinessId = null, string? IsActive = null, string? IsFood = null,
        long? MinPriceIdr = null, long? MaxPriceIdr = null)
        : IQuery<PagedResponse<ProductResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "p.Name", ["priceIdr"] = "p.PriceIdr", ["createdAt"] = "p.CreatedAt", ["updatedAt"] = "p.UpdatedAt",
    };

    private static readonly string[] Booleans = ["true", "false"];

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Category).IsEnumText<Query, ProductCategory>().When(q => q.Category is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<ProductCategory>()));
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            RuleFor(q => q.BusinessId).Must(s => int.TryParse(s, out var v) && v > 0).When(q => q.BusinessId is not null)
                .WithText("must_be_business_id");
            RuleFor(q => q.IsActive).Must(Booleans.Contains!).When(q => q.IsActive is not null).WithText("must_be_boolean");
            RuleFor(q => q.IsFood).Must(Booleans.Contains!).When(q => q.IsFood is not null).WithText("must_be_boolean");
            RuleFor(q => q.MinPriceIdr).GreaterThanOrEqualTo(0).When(q => q.MinPriceIdr is not null);
            RuleFor(q => q.MaxPriceIdr).GreaterThanOrEqualTo(q => q.MinPriceIdr ?? 0).When(q => q.MaxPriceIdr is not null)
                .WithText("price_range_invalid");
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<ProductResponse>>
    {
        public async ValueTask<PagedResponse<ProductResponse>> Handle(Query query, CancellationToken ct)
        {
            var (where, args) = Where(query, db.Dialect);
            var order = query.OrderBy(SortColumns, "name", "p.Id");
            var sql = $"{ProductSql.Select}\n{where}\n{order}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM Products p JOIN Businesses b ON b.Id = p.BusinessId {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<ProductRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<ProductResponse>(await ProductSql.ToResponsesAsync(db, rows, ct), query.Page, query.PageSize, total);
        }
    }

    /// <summary>The WHERE clause built from the filters actually given (parameterised).</summary>
    public static (string Sql, Dapper.DynamicParameters Args) Where(Query q, SqlDialect dialect)
    {
        var conditions = new List<string>();
        var args = new Dapper.DynamicParameters();
        ProductText.AddCondition(q.Q, dialect, conditions, args);
        if (q.Category is not null) { conditions.Add("p.Category = @Category"); args.Add("Category", q.Category); }
        if (q.Kecamatan is not null) { conditions.Add("b.KecamatanCode = @Kecamatan"); args.Add("Kecamatan", q.Kecamatan); }
        if (q.BusinessId is not null) { conditions.Add("p.BusinessId = @BusinessId"); args.Add("BusinessId", int.Parse(q.BusinessId, CultureInfo.InvariantCulture)); }
        if (q.IsActive is not null) { conditions.Add("p.IsActive = @IsActive"); args.Add("IsActive", q.IsActive == "true"); }
        if (q.IsFood is not null) { conditions.Add("p.IsFood = @IsFood"); args.Add("IsFood", q.IsFood == "true"); }
        if (q.MinPriceIdr is not null) { conditions.Add("p.PriceIdr >= @MinPriceIdr"); args.Add("MinPriceIdr", q.MinPriceIdr); }
        if (q.MaxPriceIdr is not null) { conditions.Add("p.PriceIdr <= @MaxPriceIdr"); args.Add("MaxPriceIdr", q.MaxPriceIdr); }
        var sb = new StringBuilder();
        if (conditions.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", conditions);
        return (sb.ToString(), args);
    }
}

/// <summary>Free text over product name and description (search index; short text is a name prefix).</summary>
public static class ProductText
{
    /// <param name="text">The caller's text (nothing is added when blank).</param>
    /// <param name="dialect">The database's dialect (its search index).</param>
    /// <param name="conditions">Where the condition is added.</param>
    /// <param name="args">Where its parameter is added.</param>
    /// <param name="catalog">true: the public catalog's index of visible products (the caller adds the visibility condition).</param>
    public static void AddCondition(string? text, SqlDialect dialect, List<string> conditions, Dapper.DynamicParameters args, bool catalog = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var trimmed = text.Trim();
        if (trimmed.Length >= 3 || dialect == SqlDialect.SqlServer)
        {
            conditions.Add(catalog ? dialect.CatalogTextMatch("p.Id") : dialect.ProductTextMatch("p.Id"));
            args.Add("Search", dialect.PrepareSearch(trimmed));
        }
        else
        {
            conditions.Add("p.Name LIKE @Prefix");
            args.Add("Prefix", trimmed.Replace("%", "").Replace("_", "") + "%");
        }
    }
}
