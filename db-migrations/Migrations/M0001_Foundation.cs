using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>Reference data (Medan's 21 kecamatan) and the business registry.</summary>
[Migration(1, "Foundation: kecamatan reference and business registry")]
public sealed class M0001_Foundation : Migration
{
    public static readonly (string Code, string Name)[] Kecamatan =
    [
        ("12.71.01", "Medan Kota"), ("12.71.02", "Medan Sunggal"), ("12.71.03", "Medan Helvetia"),
        ("12.71.04", "Medan Denai"), ("12.71.05", "Medan Barat"), ("12.71.06", "Medan Deli"),
        ("12.71.07", "Medan Tuntungan"), ("12.71.08", "Medan Belawan"), ("12.71.09", "Medan Amplas"),
        ("12.71.10", "Medan Area"), ("12.71.11", "Medan Johor"), ("12.71.12", "Medan Marelan"),
        ("12.71.13", "Medan Labuhan"), ("12.71.14", "Medan Tembung"), ("12.71.15", "Medan Maimun"),
        ("12.71.16", "Medan Polonia"), ("12.71.17", "Medan Baru"), ("12.71.18", "Medan Perjuangan"),
        ("12.71.19", "Medan Petisah"), ("12.71.20", "Medan Timur"), ("12.71.21", "Medan Selayang"),
    ];

    public override void Up()
    {
        Create.Table("Kecamatan")
            .WithColumn("Code").AsString(8).NotNullable().PrimaryKey("PK_Kecamatan")
            .WithColumn("Name").AsString(100).NotNullable();

        foreach (var (code, name) in Kecamatan)
            Insert.IntoTable("Kecamatan").Row(new { Code = code, Name = name });

        Create.Table("Businesses")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_Businesses").Identity()
            .WithColumn("Nib").AsString(13).NotNullable()
            .WithColumn("Name").AsString(200).NotNullable()
            .WithColumn("OwnerName").AsString(150).NotNullable()
            .WithColumn("OwnerNik").AsString(16).NotNullable()
            .WithColumn("OwnerGender").AsString(6).NotNullable()
            .WithColumn("Npwp").AsString(16).Nullable()
            .WithColumn("Sector").AsString(30).NotNullable()
            .WithColumn("KecamatanCode").AsString(8).NotNullable()
                .ForeignKey("FK_Businesses_Kecamatan", "Kecamatan", "Code")
            .WithColumn("Kelurahan").AsString(100).NotNullable()
            .WithColumn("Address").AsString(300).NotNullable()
            .WithColumn("Phone").AsString(20).Nullable()
            .WithColumn("Email").AsString(200).Nullable()
            .WithColumn("FoundedYear").AsInt32().Nullable()
            .WithColumn("Employees").AsInt32().NotNullable()
            .WithColumn("BusinessCapitalIdr").AsInt64().NotNullable()
            .WithColumn("AnnualRevenueIdr").AsInt64().NotNullable()
            .WithColumn("Scale").AsString(10).NotNullable()
            .WithColumn("FosteredSince").AsDate().NotNullable()
            .WithColumn("Status").AsString(10).NotNullable()
            .WithColumn("EkatalogStatus").AsString(12).NotNullable()
            .WithColumn("CreatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("UpdatedAt").AsUtcTimestamp().NotNullable()
            .WithColumn("Version").AsInt32().NotNullable();

        Create.Index("UX_Businesses_Nib").OnTable("Businesses").OnColumn("Nib").Unique();
        Create.Index("IX_Businesses_Name").OnTable("Businesses").OnColumn("Name");
        Create.Index("IX_Businesses_CreatedAt").OnTable("Businesses").OnColumn("CreatedAt");
        // Filters used by the list combine with the sort column so that a filtered, sorted page
        // is an index range scan instead of a sort of the whole table.
        Create.Index("IX_Businesses_Kecamatan_Name").OnTable("Businesses")
            .OnColumn("KecamatanCode").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_Businesses_Scale_Name").OnTable("Businesses")
            .OnColumn("Scale").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_Businesses_Sector_Name").OnTable("Businesses")
            .OnColumn("Sector").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_Businesses_Status_Name").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("Name").Ascending();
        Create.Index("IX_Businesses_Ekatalog_Name").OnTable("Businesses")
            .OnColumn("EkatalogStatus").Ascending().OnColumn("Name").Ascending();

        Create.Table("BusinessKbli")
            .WithColumn("BusinessId").AsInt32().NotNullable().PrimaryKey("PK_BusinessKbli")
                .ForeignKey("FK_BusinessKbli_Businesses", "Businesses", "Id")
                .OnDelete(System.Data.Rule.Cascade)
            .WithColumn("Code").AsString(5).NotNullable().PrimaryKey("PK_BusinessKbli")
            .WithColumn("KbliVersion").AsString(4).NotNullable().PrimaryKey("PK_BusinessKbli")
            .WithColumn("Position").AsInt32().NotNullable();
        Create.Index("IX_BusinessKbli_Code").OnTable("BusinessKbli").OnColumn("Code");

        // Free-text search over name, owner and NIB. SQLite: an FTS5 index with the trigram
        // tokenizer (substring matches, not LIKE '%term%' scans), kept in step by triggers.
        IfDatabase("SQLite").Execute.Sql("""
            CREATE VIRTUAL TABLE BusinessSearch USING fts5(
                Name, OwnerName, Nib, content='Businesses', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER Businesses_ai AFTER INSERT ON Businesses BEGIN
                INSERT INTO BusinessSearch(rowid, Name, OwnerName, Nib) VALUES (new.Id, new.Name, new.OwnerName, new.Nib);
            END;
            CREATE TRIGGER Businesses_ad AFTER DELETE ON Businesses BEGIN
                INSERT INTO BusinessSearch(BusinessSearch, rowid, Name, OwnerName, Nib) VALUES ('delete', old.Id, old.Name, old.OwnerName, old.Nib);
            END;
            CREATE TRIGGER Businesses_au AFTER UPDATE OF Name, OwnerName, Nib ON Businesses BEGIN
                INSERT INTO BusinessSearch(BusinessSearch, rowid, Name, OwnerName, Nib) VALUES ('delete', old.Id, old.Name, old.OwnerName, old.Nib);
                INSERT INTO BusinessSearch(rowid, Name, OwnerName, Nib) VALUES (new.Id, new.Name, new.OwnerName, new.Nib);
            END;
            """);
        // SQL Server: a search column (name, owner, NIB, lower-cased) that the dialect queries;
        // a full-text index needs the Full-Text Search feature, which is created separately
        // when the server has it (see README).
        IfDatabase("SqlServer").Execute.Sql(
            "ALTER TABLE Businesses ADD SearchText AS LOWER(Name + N' ' + OwnerName + N' ' + Nib) PERSISTED;");
    }

    public override void Down()
    {
        IfDatabase("SQLite").Execute.Sql("""
            DROP TRIGGER IF EXISTS Businesses_au; DROP TRIGGER IF EXISTS Businesses_ad;
            DROP TRIGGER IF EXISTS Businesses_ai; DROP TABLE IF EXISTS BusinessSearch;
            """);
        Delete.Table("BusinessKbli");
        Delete.Table("Businesses");
        Delete.Table("Kecamatan");
    }
}
