using MedanUmkm.Api.Features.Catalog;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Products;

/// <summary>The list queries built from filters (products, catalog, readiness) are valid T-SQL with every filter given.</summary>
public sealed class ListSqlOnSqlServerTests
{
    [Test]
    public void ProductSearch_WithEveryFilter_IsValidTSql()
    {
        var q = new ListProducts.Query(2, 10, "-priceIdr", "kopi", "food_beverage", "12.71.01", "5", "true", "true", 1000, 50000);
        var (where, _) = ListProducts.Where(q, SqlDialect.SqlServer);
        var sql = $"{ProductSql.Select}\n{where}\nORDER BY p.PriceIdr DESC, p.Id DESC\n{SqlDialect.SqlServer.Paging};";

        Assert.That(where, Does.Contain("p.SearchText LIKE @Search"));
        Assert.That(TSql.Errors(sql), Is.Empty, sql);
    }

    [Test]
    public void Catalog_WithEveryFilter_IsValidTSqlAndAlwaysLimitedToListedBusinesses()
    {
        var q = new ListCatalog.Query(1, 25, "name", "kopi", "food_beverage", "12.71.01", 1000, 50000, "true");
        var (where, _) = ListCatalog.Where(q, SqlDialect.SqlServer, new DateOnly(2026, 11, 27));
        var sql = $"{CatalogSql.Select}\n{where}\nORDER BY p.Name, p.Id\n{SqlDialect.SqlServer.Paging};";

        Assert.That(TSql.Errors(sql), Is.Empty, sql);
        Assert.That(ListCatalog.Where(new ListCatalog.Query(), SqlDialect.Sqlite, default).Sql, Is.EqualTo("WHERE " + CatalogSql.Visible));
    }

    [Test]
    public void ReadinessList_WithEveryFilter_IsValidTSql()
    {
        var q = new ListReadiness.Query(1, 25, "-missingCount", "kopi", "false", "halal,kswp", "12.71.01", "preparing", 1);
        var (where, args) = ListReadiness.Where(q, SqlDialect.SqlServer);
        var sql = $"SELECT r.BusinessId FROM BusinessReadiness r JOIN Businesses b ON b.Id = r.BusinessId\n{where}\nORDER BY r.MissingCount DESC, b.Id DESC\n{SqlDialect.SqlServer.Paging};";

        Assert.That(TSql.Errors(sql), Is.Empty, sql);
        Assert.That(args.Get<string>("Missing0"), Is.EqualTo("%|halal|%"));
        Assert.That(args.Get<string>("Missing1"), Is.EqualTo("%|kswp|%"));
    }
}
