using Dapper;
using MedanUmkm.Migrations;
using Microsoft.Data.Sqlite;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>Migrations 160-163 on data recorded before them: NPWP to 16 digits, kelurahan matched by name.</summary>
public sealed class ReferenceMigrationTests
{
    private const string InsertBusiness = """
        INSERT INTO Businesses (Nib, Name, OwnerName, OwnerNik, OwnerGender, Npwp, Sector, KecamatanCode, Kelurahan, Address,
            Employees, BusinessCapitalIdr, AnnualRevenueIdr, Scale, FosteredSince, Status, EkatalogStatus, CreatedAt, UpdatedAt, Version)
        VALUES (@Nib, 'Usaha Lama', 'Rina', '1271015504850003', 'female', @Npwp, 'food_beverage', @Kecamatan, @Kelurahan, 'Jl. Asia 1',
            1, 1000000, 0, 'micro', '2020-01-01', 'active', 'not_started', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 1)
        """;

    [Test]
    public void Migrations160To163_Convert15DigitNpwps_AndMatchKelurahanByNameWithinTheKecamatan()
    {
        var file = Path.Combine(Path.GetTempPath(), $"medanumkm-refmig-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={file};Foreign Keys=True";
        try
        {
            DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, cs);
            DatabaseMigrator.MigrateDown(DatabaseProvider.Sqlite, cs, 159);
            using (var c = new SqliteConnection(cs))
            {
                c.Execute(InsertBusiness, new { Nib = "9120000000001", Npwp = "123456789121000", Kecamatan = "12.71.01", Kelurahan = "pasar  MERAH barat" });
                c.Execute(InsertBusiness, new { Nib = "9120000000002", Npwp = "1271015504850003", Kecamatan = "12.71.05", Kelurahan = "Kesawan" });
                // Pasar Merah Barat is in Medan Kota, not in Medan Area: kept as text, listed as unmatched.
                c.Execute(InsertBusiness, new { Nib = "9120000000003", Npwp = (string?)null, Kecamatan = "12.71.10", Kelurahan = "Pasar Merah Barat" });
                c.Execute(InsertBusiness, new { Nib = "9120000000004", Npwp = (string?)null, Kecamatan = "12.71.01", Kelurahan = "Kampung Entah" });
            }

            DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, cs);

            using (var c = new SqliteConnection(cs))
            {
                var rows = c.Query<(string Nib, string? Npwp, string? KelurahanCode, string Kelurahan)>(
                    "SELECT Nib, Npwp, KelurahanCode, Kelurahan FROM Businesses ORDER BY Nib").ToList();
                Assert.That(rows[0], Is.EqualTo(("9120000000001", (string?)"0123456789121000", (string?)"12.71.01.1007", "pasar  MERAH barat")));
                Assert.That(rows[1], Is.EqualTo(("9120000000002", (string?)"1271015504850003", (string?)"12.71.05.1001", "Kesawan")));
                Assert.That(rows[2].KelurahanCode, Is.Null);
                Assert.That(rows[3].KelurahanCode, Is.Null);
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM Kelurahan"), Is.EqualTo(151));
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM LoanProductRules"), Is.EqualTo(3));
                Assert.That(c.ExecuteScalar<long>("SELECT COUNT(*) FROM KbliReference WHERE Level = 'division'"), Is.EqualTo(88));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
