using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// SQLite: the name of every visible catalog product (the products CatalogSearch holds, migration 70),
/// in a narrow table kept in step by triggers. A catalog text search sorts all its matches by name to
/// find one page; reading each name from the 1,000,000-row Products table took 5-6 ms for the 5,819
/// matches of "rotan", from this ~100,000-row table 3 ms. Rows are keyed by product id, so the triggers
/// delete and insert by id and never need the old values (unlike the contentless FTS index).
/// </summary>
[Migration(100, "SQLite: names of visible catalog products, for sorting catalog search results")]
public sealed class M0100_CatalogNames : Migration
{
    private const string Visible = "Status = 'active' AND EkatalogStatus = 'listed'";

    /// <summary>Fills CatalogNames from the products visible now (used here and by the scale data generator).</summary>
    public const string PopulateCatalogNames = """
        INSERT INTO CatalogNames (ProductId, Name)
        SELECT p.Id, p.Name FROM Products p JOIN Businesses b ON b.Id = p.BusinessId
        WHERE p.IsActive = 1 AND b.Status = 'active' AND b.EkatalogStatus = 'listed'
        """;

    public override void Up() => IfDatabase("SQLite").Execute.Sql($"""
        CREATE TABLE CatalogNames (ProductId INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL);
        CREATE TRIGGER Products_names_ai AFTER INSERT ON Products
        WHEN new.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = new.BusinessId AND {Visible}) BEGIN
            INSERT INTO CatalogNames (ProductId, Name) VALUES (new.Id, new.Name);
        END;
        CREATE TRIGGER Products_names_ad AFTER DELETE ON Products BEGIN
            DELETE FROM CatalogNames WHERE ProductId = old.Id;
        END;
        CREATE TRIGGER Products_names_au AFTER UPDATE OF Name, IsActive, BusinessId ON Products BEGIN
            DELETE FROM CatalogNames WHERE ProductId = old.Id;
            INSERT INTO CatalogNames (ProductId, Name)
            SELECT new.Id, new.Name
            WHERE new.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = new.BusinessId AND {Visible});
        END;
        CREATE TRIGGER Businesses_names_au AFTER UPDATE OF Status, EkatalogStatus ON Businesses
        WHEN (old.Status = 'active' AND old.EkatalogStatus = 'listed') <> (new.Status = 'active' AND new.EkatalogStatus = 'listed') BEGIN
            DELETE FROM CatalogNames WHERE ProductId IN (SELECT Id FROM Products WHERE BusinessId = old.Id);
            INSERT INTO CatalogNames (ProductId, Name)
            SELECT p.Id, p.Name FROM Products p
            WHERE p.BusinessId = new.Id AND p.IsActive = 1 AND new.Status = 'active' AND new.EkatalogStatus = 'listed';
        END;
        {PopulateCatalogNames};
        """);

    public override void Down() => IfDatabase("SQLite").Execute.Sql("""
        DROP TRIGGER IF EXISTS Businesses_names_au; DROP TRIGGER IF EXISTS Products_names_au;
        DROP TRIGGER IF EXISTS Products_names_ad; DROP TRIGGER IF EXISTS Products_names_ai;
        DROP TABLE IF EXISTS CatalogNames;
        """);
}
