using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Covering indexes for the queries that scanned or looked up every business at 100,000
/// businesses (issue #8, docs/performance.md): the dashboard's counts by status, e-katalog status,
/// scale and kecamatan, and the business list filtered by kecamatan and scale (page and count).
/// Each extra index costs every insert into Businesses (imports) a little; measured there too.
/// </summary>
[Migration(60, "Performance: covering indexes for the dashboard and the kecamatan + scale list")]
public sealed class M0060_PerfIndexes : Migration
{
    public override void Up()
    {
        // Dashboard: GROUP BY Status; WHERE Status = 'active' GROUP BY EkatalogStatus / Scale / KecamatanCode;
        // the readiness summary's business side (active, not listed): all answered from the index alone.
        Create.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses")
            .OnColumn("Status").Ascending().OnColumn("EkatalogStatus").Ascending()
            .OnColumn("Scale").Ascending().OnColumn("KecamatanCode").Ascending();
        // List ?kecamatan=&scale=: the page is a range in name order and the count an index-only range.
        Create.Index("IX_Businesses_Kecamatan_Scale_Name").OnTable("Businesses")
            .OnColumn("KecamatanCode").Ascending().OnColumn("Scale").Ascending().OnColumn("Name").Ascending();
    }

    public override void Down()
    {
        Delete.Index("IX_Businesses_Kecamatan_Scale_Name").OnTable("Businesses");
        Delete.Index("IX_Businesses_Status_Ekatalog").OnTable("Businesses");
    }
}
