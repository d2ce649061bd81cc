using FluentMigrator;
using MedanUmkm.Migrations.Reference;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// KBLI 2020 reference, part two (Reference/kbli-2020-codes.csv): 5-digit codes in the divisions that
/// the product-category matching uses (01, 03, 10, 11, 13-16, 18, 20, 23, 31, 32, 46, 47, 56), with
/// their titles from Peraturan BPS 2/2020 (Klasifikasi Baku Lapangan Usaha Indonesia), Lampiran.
/// No complete KBLI 2020 list with a licence was found to seed instead (see README.md); a code not
/// listed stays a warning, never a refusal.
/// </summary>
[Migration(165, "KBLI 2020 reference: the 5-digit codes of the divisions product categories match")]
public sealed class M0165_KbliCodes : Migration
{
    public override void Up()
    {
        foreach (var k in ReferenceData.Kbli2020Codes)
            Insert.IntoTable("KbliReference").Row(new { KbliVersion = "2020", k.Code, k.Level, k.Section, k.Title });
    }

    public override void Down()
    {
        foreach (var k in ReferenceData.Kbli2020Codes)
            Delete.FromTable("KbliReference").Row(new { KbliVersion = "2020", k.Code });
    }
}
