using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Products and their photos, tax status confirmations (KSWP), the e-katalog transition history,
/// and the denormalised readiness of each business (recomputed by every write that affects it).
/// </summary>
[Migration(10, "Products, photos, KSWP, e-katalog transitions and readiness")]
public sealed class M0010_Products : Migration
{
    public override void Up()
    {
        Create.Table("Products")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Products").Identity()
            .WithColumn("BusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_Products_Businesses", "Businesses", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("Category").AsString(30).NotNullable()
            .WithColumn("Description").AsString(4000).Nullable()
            .WithColumn("PriceIdr").AsInt64().Nullable()
            .WithColumn("Unit").AsString(30).NotNullable()
            .WithColumn("MinimumOrder").AsInt32().NotNullable()
            .WithColumn("KbliCode").AsString(5).Nullable()
            .WithColumn("HsCode").AsString(8).Nullable()
            .WithColumn("TkdnPercent").AsDecimal(5, 2).Nullable()
            .WithColumn("SniNumber").AsString(60).Nullable()
            .WithColumn("HalalCertificateNumber").AsString(60).Nullable()
            .WithColumn("HalalCertificateExpiresOn").AsDate().Nullable()
            .WithColumn("PirtNumber").AsString(30).Nullable()
            .WithColumn("BpomNumber").AsString(30).Nullable()
            .WithColumn("IsFood").AsBoolean().NotNullable()
            .WithColumn("IsActive").AsBoolean().NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();
        // Per-business list (sorted by name) and the readiness computation.
        Create.Index("IX_Products_Business_Name").OnTable("Products")
            .OnColumn("BusinessId").Ascending().OnColumn("Name").Ascending();
        // Cross-business search and the public catalog filter by category and sort by name or price.
        Create.Index("IX_Products_Category_Name").OnTable("Products")
            .OnColumn("Category").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_Products_Price").OnTable("Products").OnColumn("PriceIdr");
        Create.Index("IX_Products_Name").OnTable("Products").OnColumn("Name");

        // Photo bytes live in the database so that several API instances serve the same files.
        Create.Table("ProductPhotos")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_ProductPhotos").Identity()
            .WithColumn("ProductId").AsInt32().NotNullable()
                .ForeignKey("FK_ProductPhotos_Products", "Products", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("ContentType").AsString(20).NotNullable()
            .WithColumn("SizeBytes").AsInt32().NotNullable()
            .WithColumn("Sha256").AsString(64).NotNullable()
            .WithColumn("Content").AsBinary(int.MaxValue).NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable();
        Create.Index("IX_ProductPhotos_Product").OnTable("ProductPhotos")
            .OnColumn("ProductId").Ascending().OnColumn("Id").Ascending();

        // KSWP (Konfirmasi Status Wajib Pajak): each check recorded; the latest one counts.
        Create.Table("TaxStatusChecks")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_TaxStatusChecks").Identity()
            .WithColumn("BusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_TaxStatusChecks_Businesses", "Businesses", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("CheckedOn").AsDate().NotNullable()
            .WithColumn("Reference").AsString(100).Nullable()
            .WithColumn("RecordedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("RecordedById").AsString(40).Nullable()
            .WithColumn("RecordedByName").AsString(200).Nullable();
        Create.Index("IX_TaxStatusChecks_Business").OnTable("TaxStatusChecks")
            .OnColumn("BusinessId").Ascending().OnColumn("CheckedOn").Descending().OnColumn("Id").Descending();

        // Every e-katalog status change, dated, with who made it.
        Create.Table("EkatalogTransitions")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_EkatalogTransitions").Identity()
            .WithColumn("BusinessId").AsInt32().NotNullable()
                .ForeignKey("FK_EkatalogTransitions_Businesses", "Businesses", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("FromStatus").AsString(12).NotNullable()
            .WithColumn("ToStatus").AsString(12).NotNullable()
            .WithColumn("Reason").AsString(1000).Nullable()
            .WithColumn("OccurredAt").AsUtcTimestamp().NotNullable()
            .WithColumn("ActorType").AsString(10).NotNullable()
            .WithColumn("ActorId").AsString(40).Nullable()
            .WithColumn("ActorName").AsString(200).Nullable()
            .WithColumn("BusinessVersion").AsInt32().NotNullable();
        Create.Index("IX_EkatalogTransitions_Business").OnTable("EkatalogTransitions")
            .OnColumn("BusinessId").Ascending().OnColumn("Id").Ascending();

        // Denormalised readiness: one row per business, recomputed in the transaction of every
        // write that affects it, so that all businesses can be listed and filtered by it.
        // MissingCodes is '|halal|kswp|' (empty '|' when ready); StaleOn is the first day on
        // which the result changes by time alone (a certificate or KSWP expiring).
        Create.Table("BusinessReadiness")
            .WithColumn("BusinessId").AsInt32().NotNullable().PrimaryKey("PK_BusinessReadiness")
                .ForeignKey("FK_BusinessReadiness_Businesses", "Businesses", "Id").OnDelete(System.Data.Rule.Cascade)
            .WithColumn("IsReady").AsBoolean().NotNullable()
            .WithColumn("MissingCodes").AsString(300).NotNullable()
            .WithColumn("MissingCount").AsInt32().NotNullable()
            .WithColumn("ExpiringCodes").AsString(300).NotNullable()
            .WithColumn("StaleOn").AsDate().Nullable()
            .WithColumn("ComputedAt").AsUtcTimestamp().NotNullable();
        Create.Index("IX_BusinessReadiness_Ready").OnTable("BusinessReadiness")
            .OnColumn("IsReady").Ascending().OnColumn("MissingCount").Ascending();
        Create.Index("IX_BusinessReadiness_StaleOn").OnTable("BusinessReadiness").OnColumn("StaleOn");

        // Free-text search over product name and description (catalog and product search).
        IfDatabase("SQLite").Execute.Sql("""
            CREATE VIRTUAL TABLE ProductSearch USING fts5(
                Name, Description, content='Products', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER Products_ai AFTER INSERT ON Products BEGIN
                INSERT INTO ProductSearch(rowid, Name, Description) VALUES (new.Id, new.Name, new.Description);
            END;
            CREATE TRIGGER Products_ad AFTER DELETE ON Products BEGIN
                INSERT INTO ProductSearch(ProductSearch, rowid, Name, Description) VALUES ('delete', old.Id, old.Name, old.Description);
            END;
            CREATE TRIGGER Products_au AFTER UPDATE OF Name, Description ON Products BEGIN
                INSERT INTO ProductSearch(ProductSearch, rowid, Name, Description) VALUES ('delete', old.Id, old.Name, old.Description);
                INSERT INTO ProductSearch(rowid, Name, Description) VALUES (new.Id, new.Name, new.Description);
            END;
            """);
        IfDatabase("SqlServer").Execute.Sql(
            "ALTER TABLE Products ADD SearchText AS LOWER(Name + N' ' + COALESCE(Description, N'')) PERSISTED;");
    }

    public override void Down()
    {
        IfDatabase("SQLite").Execute.Sql("""
            DROP TRIGGER IF EXISTS Products_au; DROP TRIGGER IF EXISTS Products_ad;
            DROP TRIGGER IF EXISTS Products_ai; DROP TABLE IF EXISTS ProductSearch;
            """);
        Delete.Table("BusinessReadiness");
        Delete.Table("EkatalogTransitions");
        Delete.Table("TaxStatusChecks");
        Delete.Table("ProductPhotos");
        Delete.Table("Products");
    }
}
