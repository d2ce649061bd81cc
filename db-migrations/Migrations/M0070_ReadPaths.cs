using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Read paths measured at 100,000 businesses (issue #8, docs/performance.md):
/// <list type="bullet">
/// <item>The dashboard's readiness summary joined ~90,000 readiness rows to their business and ran
/// 8 LIKE tests on each (80-120 ms). Now the business row carries its readiness as a bitmask
/// (<c>ReadinessMask</c>: bit i set when requirement i of the checklist is missing; NULL before the
/// first computation), written by the readiness recompute in the same transaction as its
/// <c>BusinessReadiness</c> row, and the dashboard's covering index includes it: one index-only
/// GROUP BY.</item>
/// <item>This quarter's attendance looked up every registration row for <c>Attended</c>: the
/// session/status index now carries it.</item>
/// <item>SQLite: the public catalog's text search matched every product (~28,000 for "kopi") and
/// then dropped the ~90% that are not visible. <c>CatalogSearch</c> indexes only visible products
/// (active, of an active listed business), kept in step by triggers on Products and Businesses.
/// It is contentless: a 'rebuild' would need every product, so it is never rebuilt; see
/// <see cref="PopulateCatalogSearch"/>. SQL Server keeps its computed SearchText column.</item>
/// </list>
/// </summary>
[Migration(70, "Read paths: readiness bitmask on businesses, attendance index, catalog search index")]
public sealed class M0070_ReadPaths : Migration
{
    /// <summary>Bit of each requirement, in checklist order (the API's Readiness.Codes.All).</summary>
    private static readonly string[] Codes = ["nib", "npwp", "business_active", "kbli", "kswp", "product", "halal", "pirt_bpom"];

    private const string Visible = "Status = 'active' AND EkatalogStatus = 'listed'";

    /// <summary>Fills CatalogSearch from the products visible now (used here and by the scale data generator).</summary>
    public const string PopulateCatalogSearch = """
        INSERT INTO CatalogSearch(rowid, Name, Description)
        SELECT p.Id, p.Name, p.Description FROM Products p JOIN Businesses b ON b.Id = p.BusinessId
        WHERE p.IsActive = 1 AND b.Status = 'active' AND b.EkatalogStatus = 'listed'
        """;

    /// <summary>Sets every business's ReadinessMask from its BusinessReadiness row (here and in the scale data generator).</summary>
    public static readonly string FillReadinessMask =
        "UPDATE Businesses SET ReadinessMask = (SELECT " +
        string.Join(" + ", Codes.Select((c, i) => $"(CASE WHEN r.MissingCodes LIKE '%|{c}|%' THEN {1 << i} ELSE 0 END)")) +
        " FROM BusinessReadiness r WHERE r.BusinessId = Businesses.Id)";

    public override void Up()
    {
        Alter.Table("Businesses").AddColumn("ReadinessMask").AsInt32().Nullable();
        Execute.Sql(FillReadinessMask);
        Delete.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses");
        Create.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending()
            .OnColumn("Scale").Ascending().OnColumn("KecamatanCode").Ascending().OnColumn("ReadinessMask").Ascending();

        Delete.Index("IX_TrainingRegistrations_Session_Status").OnTable("TrainingRegistrations");
        Create.Index("IX_TrainingRegistrations_Session_Status").OnTable("TrainingRegistrations")
            .OnColumn("SessionId").Ascending().OnColumn("Status").Ascending().OnColumn("WaitlistSeq").Ascending()
            .OnColumn("Attended").Ascending();

        // A contentless index's 'delete' must be given the values that were indexed: a visible product's
        // current name and description, which the triggers below keep true.
        IfDatabase("SQLite").Execute.Sql($"""
            CREATE VIRTUAL TABLE CatalogSearch USING fts5(Name, Description, content='', tokenize='trigram');
            CREATE TRIGGER Products_catalog_ai AFTER INSERT ON Products
            WHEN new.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = new.BusinessId AND {Visible}) BEGIN
                INSERT INTO CatalogSearch(rowid, Name, Description) VALUES (new.Id, new.Name, new.Description);
            END;
            CREATE TRIGGER Products_catalog_ad AFTER DELETE ON Products
            WHEN old.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = old.BusinessId AND {Visible}) BEGIN
                INSERT INTO CatalogSearch(CatalogSearch, rowid, Name, Description) VALUES ('delete', old.Id, old.Name, old.Description);
            END;
            CREATE TRIGGER Products_catalog_au AFTER UPDATE OF Name, Description, IsActive, BusinessId ON Products BEGIN
                INSERT INTO CatalogSearch(CatalogSearch, rowid, Name, Description)
                SELECT 'delete', old.Id, old.Name, old.Description
                WHERE old.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = old.BusinessId AND {Visible});
                INSERT INTO CatalogSearch(rowid, Name, Description)
                SELECT new.Id, new.Name, new.Description
                WHERE new.IsActive = 1 AND EXISTS (SELECT 1 FROM Businesses WHERE Id = new.BusinessId AND {Visible});
            END;
            CREATE TRIGGER Businesses_catalog_au AFTER UPDATE OF Status, EkatalogStatus ON Businesses
            WHEN (old.Status = 'active' AND old.EkatalogStatus = 'listed') <> (new.Status = 'active' AND new.EkatalogStatus = 'listed') BEGIN
                INSERT INTO CatalogSearch(CatalogSearch, rowid, Name, Description)
                SELECT 'delete', p.Id, p.Name, p.Description FROM Products p
                WHERE p.BusinessId = old.Id AND p.IsActive = 1 AND old.Status = 'active' AND old.EkatalogStatus = 'listed';
                INSERT INTO CatalogSearch(rowid, Name, Description)
                SELECT p.Id, p.Name, p.Description FROM Products p
                WHERE p.BusinessId = new.Id AND p.IsActive = 1 AND new.Status = 'active' AND new.EkatalogStatus = 'listed';
            END;
            -- Products deleted by the cascade find their business gone, so they are taken out here, first.
            CREATE TRIGGER Businesses_catalog_bd BEFORE DELETE ON Businesses
            WHEN old.Status = 'active' AND old.EkatalogStatus = 'listed' BEGIN
                INSERT INTO CatalogSearch(CatalogSearch, rowid, Name, Description)
                SELECT 'delete', p.Id, p.Name, p.Description FROM Products p WHERE p.BusinessId = old.Id AND p.IsActive = 1;
            END;
            {PopulateCatalogSearch};
            """);
    }

    public override void Down()
    {
        IfDatabase("SQLite").Execute.Sql("""
            DROP TRIGGER IF EXISTS Businesses_catalog_bd; DROP TRIGGER IF EXISTS Businesses_catalog_au;
            DROP TRIGGER IF EXISTS Products_catalog_au; DROP TRIGGER IF EXISTS Products_catalog_ad;
            DROP TRIGGER IF EXISTS Products_catalog_ai; DROP TABLE IF EXISTS CatalogSearch;
            """);
        Delete.Index("IX_TrainingRegistrations_Session_Status").OnTable("TrainingRegistrations");
        Create.Index("IX_TrainingRegistrations_Session_Status").OnTable("TrainingRegistrations")
            .OnColumn("SessionId").Ascending().OnColumn("Status").Ascending().OnColumn("WaitlistSeq").Ascending();
        Delete.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses");
        Create.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending()
            .OnColumn("Scale").Ascending().OnColumn("KecamatanCode").Ascending();
        Delete.Column("ReadinessMask").FromTable("Businesses");
    }
}
