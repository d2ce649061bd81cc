using FluentMigrator;
using MedanUmkm.Migrations.Reference;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Medan's 151 kelurahan with their 10-digit Kemendagri codes (Reference/kelurahan-medan.csv,
/// from idn-area-data; see README.md). A business's kelurahan becomes a code: the free-text
/// names recorded so far are matched by name within the business's kecamatan (case and spaces
/// ignored); the rest keep their text with no code and are listed for the office to fix
/// (GET /api/v1/reference/kelurahan/unmatched).
/// </summary>
[Migration(163, "Kelurahan reference (Kemendagri codes) and the business's kelurahan code")]
public sealed class M0163_Kelurahan : Migration
{
    public const string MatchByName = """
        UPDATE Businesses SET KelurahanCode = (
            SELECT MIN(k.Code) FROM Kelurahan k
            WHERE k.KecamatanCode = Businesses.KecamatanCode
              AND LOWER(REPLACE(k.Name, ' ', '')) = LOWER(REPLACE(Businesses.Kelurahan, ' ', '')))
        WHERE KelurahanCode IS NULL;
        """;

    public override void Up()
    {
        Create.Table("Kelurahan")
            .WithColumn("Code").AsString(13).NotNullable().PrimaryKey("PK_Kelurahan")
            .WithColumn("KecamatanCode").AsString(8).NotNullable()
                .ForeignKey("FK_Kelurahan_Kecamatan", "Kecamatan", "Code")
            .WithColumn("Name").AsString(100).NotNullable();
        Create.Index("IX_Kelurahan_Kecamatan").OnTable("Kelurahan").OnColumn("KecamatanCode").Ascending().OnColumn("Name").Ascending();

        foreach (var k in ReferenceData.Kelurahan)
            Insert.IntoTable("Kelurahan").Row(new { k.Code, k.KecamatanCode, k.Name });

        Alter.Table("Businesses").AddColumn("KelurahanCode").AsString(13).Nullable();
        Create.Index("IX_Businesses_KelurahanCode").OnTable("Businesses").OnColumn("KelurahanCode");
        Execute.Sql(MatchByName);
    }

    public override void Down()
    {
        Delete.Index("IX_Businesses_KelurahanCode").OnTable("Businesses");
        Delete.Column("KelurahanCode").FromTable("Businesses");
        Delete.Table("Kelurahan");
    }
}
