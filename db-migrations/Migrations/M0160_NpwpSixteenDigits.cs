using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// NPWP has 16 digits since 2024 (PMK 112/2022): an individual's is their NIK, everyone else's is
/// 0 followed by the old 15 digits. Stored 15-digit NPWPs become "0" + 15; each business location
/// may carry its 22-digit NITKU (the 16-digit NPWP + a 6-digit location number).
/// </summary>
[Migration(160, "NPWP to 16 digits (PMK 112/2022) and the business location's NITKU")]
public sealed class M0160_NpwpSixteenDigits : Migration
{
    public override void Up()
    {
        IfDatabase("SQLite").Execute.Sql("UPDATE Businesses SET Npwp = '0' || Npwp WHERE LENGTH(Npwp) = 15;");
        IfDatabase("SqlServer").Execute.Sql("UPDATE Businesses SET Npwp = '0' + Npwp WHERE LEN(Npwp) = 15;");
        Alter.Table("Businesses").AddColumn("Nitku").AsString(22).Nullable();
    }

    // The leading 0 stays: a 16-digit NPWP starting with 0 is valid before and after this migration.
    public override void Down() => Delete.Column("Nitku").FromTable("Businesses");
}
