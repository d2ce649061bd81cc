using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Tests.Features.Products;

/// <summary>Both dialect forms of the product text condition (SqlDialect.ProductTextMatch).</summary>
public sealed class ProductTextSearchTests
{
    [Test]
    public void Sqlite_UsesTheFts5TrigramIndex()
    {
        Assert.That(SqlDialect.Sqlite.ProductTextMatch("p.Id"),
            Is.EqualTo("p.Id IN (SELECT rowid FROM ProductSearch WHERE ProductSearch MATCH @Search)"));
        Assert.That(SqlDialect.Sqlite.PrepareSearch("kopi  arabika"), Is.EqualTo("\"kopi\" AND \"arabika\""));
    }

    [Test]
    public void SqlServer_UsesThePersistedSearchTextColumn()
    {
        Assert.That(SqlDialect.SqlServer.ProductTextMatch("p.Id"), Is.EqualTo("p.SearchText LIKE @Search"));
        Assert.That(SqlDialect.SqlServer.PrepareSearch("Kopi_100%"), Is.EqualTo("%kopi[_]100[%]%"));
    }

    [Test]
    public void ShortText_OnSqlite_IsANamePrefix()
    {
        var conditions = new List<string>();
        var args = new Dapper.DynamicParameters();

        ProductText.AddCondition("ko", SqlDialect.Sqlite, conditions, args);

        Assert.That(conditions, Is.EqualTo(new[] { "p.Name LIKE @Prefix" }));
        Assert.That(args.Get<string>("Prefix"), Is.EqualTo("ko%"));
    }
}
