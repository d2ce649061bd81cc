using MedanUmkm.Api.Infrastructure.Texts;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>The public e-katalog: active products of listed, active businesses, without personal data.</summary>
public static class ListCatalog
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", async ([AsParameters] Query query, HttpContext http, ISender sender, CancellationToken ct) =>
            CatalogConditionalGet.OkOrNotModified(http, await sender.Send(query, ct)))
        .WithName(nameof(ListCatalog))
        .WithSummary("Public e-katalog: products of listed businesses")
        .WithDescription("No personal data: product fields, business name, kecamatan and photo URLs. Filters: category, kecamatan, " +
                         "minPriceIdr, maxPriceIdr, halal=true, q. ETag and conditional GET (304).")
        .Produces<PagedResponse<CatalogProductResponse>>()
        .Produces(StatusCodes.Status304NotModified)
        .AllowAnonymous();

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="priceIdr">name, priceIdr; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Free text over product name and description.</param>
    /// <param name="Category" example="food_beverage">Product category.</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code of the business.</param>
    /// <param name="MinPriceIdr" example="10000">Lowest price, whole rupiah.</param>
    /// <param name="MaxPriceIdr" example="500000">Highest price, whole rupiah.</param>
    /// <param name="Halal" example="true">true: only products with a valid halal certificate (no expiry, or not expired).</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Category = null, string? Kecamatan = null,
        long? MinPriceIdr = null, long? MaxPriceIdr = null, string? Halal = null)
        : IQuery<PagedResponse<CatalogProductResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "p.Name", ["priceIdr"] = "p.PriceIdr",
    };

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
            RuleFor(q => q.MinPriceIdr).GreaterThanOrEqualTo(0).When(q => q.MinPriceIdr is not null);
            RuleFor(q => q.MaxPriceIdr).GreaterThanOrEqualTo(q => q.MinPriceIdr ?? 0).When(q => q.MaxPriceIdr is not null)
                .WithText("price_range_invalid");
            RuleFor(q => q.Halal).IsBooleanText().When(q => q.Halal is not null).WithText("must_be_boolean");
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, PagedResponse<CatalogProductResponse>>
    {
        public async ValueTask<PagedResponse<CatalogProductResponse>> Handle(Query query, CancellationToken ct)
        {
            var today = OfficeTime.Today(clock);
            var (where, args) = Where(query, db.Dialect, today);
            var order = query.OrderBy(SortColumns, "name", "p.Id");
            var sql = IsTextOnly(where, db.Dialect) && db.Dialect.CatalogTextCount is not null
                // The catalog index holds only visible products: the page is chosen from them alone and only its
                // rows are joined to their product and business (thousands of look-ups fewer for "kopi").
                ? $"{CatalogSql.SelectFrom($"({PageIds(query, db.Dialect, order)}) page\nJOIN Products p ON p.Id = page.Id")}\n{where}\n{order};\n{CountSql(where, db.Dialect)};"
                : $"{CatalogSql.Select}\n{where}\n{order}\n{db.Dialect.Paging};\n{CountSql(where, db.Dialect)};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<CatalogRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<CatalogProductResponse>(await CatalogSql.ToResponsesAsync(db, rows, today, ct), query.Page, query.PageSize, total);
        }
    }

    /// <summary>The total's statement: with text as the only condition, the catalog's search index counts its own matches.</summary>
    public static string CountSql(string where, SqlDialect dialect) =>
        dialect.CatalogTextCount is { } count && IsTextOnly(where, dialect)
            ? count
            : $"SELECT COUNT(*) FROM Products p JOIN Businesses b ON b.Id = p.BusinessId {where}";

    /// <summary>
    /// The ids of one page of a text search: sorted by name from the narrow table of visible products'
    /// names where there is one (migration 100), else from Products (price is a product column).
    /// </summary>
    private static string PageIds(Query query, SqlDialect dialect, string order) =>
        dialect.CatalogNames is { } names && query.SortsBy("name", "name")
            ? $"SELECT c.ProductId AS Id FROM {names} c WHERE {dialect.CatalogTextMatch("c.ProductId")} " +
              $"{query.OrderBy(NameColumns, "name", "c.ProductId")} {dialect.Paging}"
            : $"SELECT p.Id FROM Products p WHERE {dialect.CatalogTextMatch("p.Id")} {order} {dialect.Paging}";

    private static readonly IReadOnlyDictionary<string, string> NameColumns = new Dictionary<string, string> { ["name"] = "c.Name" };

    /// <summary>Text is the catalog's only condition besides visibility.</summary>
    private static bool IsTextOnly(string where, SqlDialect dialect) =>
        where == $"WHERE {CatalogSql.Visible} AND {dialect.CatalogTextMatch("p.Id")}";

    public static (string Sql, DynamicParameters Args) Where(Query q, SqlDialect dialect, DateOnly today)
    {
        var conditions = new List<string> { CatalogSql.Visible };
        var args = new DynamicParameters();
        ProductText.AddCondition(q.Q, dialect, conditions, args, catalog: true);
        if (q.Category is not null) { conditions.Add("p.Category = @Category"); args.Add("Category", q.Category); }
        if (q.Kecamatan is not null) { conditions.Add("b.KecamatanCode = @Kecamatan"); args.Add("Kecamatan", q.Kecamatan); }
        if (q.MinPriceIdr is not null) { conditions.Add("p.PriceIdr >= @MinPriceIdr"); args.Add("MinPriceIdr", q.MinPriceIdr); }
        if (q.MaxPriceIdr is not null) { conditions.Add("p.PriceIdr <= @MaxPriceIdr"); args.Add("MaxPriceIdr", q.MaxPriceIdr); }
        if (q.Halal == "true")
        {
            conditions.Add("p.HalalCertificateNumber IS NOT NULL AND (p.HalalCertificateExpiresOn IS NULL OR p.HalalCertificateExpiresOn >= @Today)");
            args.Add("Today", today);
        }
        else if (q.Halal == "false")
        {
            conditions.Add("(p.HalalCertificateNumber IS NULL OR p.HalalCertificateExpiresOn < @Today)"); // an expiry of NULL is not < today
            args.Add("Today", today);
        }
        var sb = new StringBuilder("WHERE ").AppendJoin(" AND ", conditions);
        return (sb.ToString(), args);
    }
}
