using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// The dashboard's readiness summary counts not-yet-listed active businesses by their readiness
/// bitmask. From the (Status, EkatalogStatus, Scale, KecamatanCode, ReadinessMask) index of
/// migration 70 that needed a sort of ~84,000 entries (10-11 ms at 100,000 businesses); from
/// (Status, EkatalogStatus, ReadinessMask) a GROUP BY EkatalogStatus, ReadinessMask streams in index
/// order (6 ms). The mask leaves the wider index again, so a readiness recompute still updates two
/// index entries, not three.
/// </summary>
[Migration(110, "Dashboard: (Status, EkatalogStatus, ReadinessMask) index for the readiness summary")]
public sealed class M0110_ReadinessIndex : Migration
{
    public override void Up()
    {
        Delete.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses");
        Create.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending()
            .OnColumn("Scale").Ascending().OnColumn("KecamatanCode").Ascending();
        Create.Index("IX_Businesses_Status_Ekatalog_Readiness").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending().OnColumn("ReadinessMask").Ascending();
    }

    public override void Down()
    {
        Delete.Index("IX_Businesses_Status_Ekatalog_Readiness").OnTable("Businesses");
        Delete.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses");
        Create.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending()
            .OnColumn("Scale").Ascending().OnColumn("KecamatanCode").Ascending().OnColumn("ReadinessMask").Ascending();
    }
}
