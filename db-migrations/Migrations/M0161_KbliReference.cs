using FluentMigrator;
using MedanUmkm.Migrations.Reference;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// KBLI 2020 reference (Reference/kbli-2020.csv, see README.md for its source): the 21 sections,
/// the 88 divisions and the 5-digit codes the office uses. A business's code not in it is a
/// warning, never a refusal (the list is partial and KBLI 2025 is not in it yet).
/// </summary>
[Migration(161, "KBLI 2020 reference table with titles")]
public sealed class M0161_KbliReference : Migration
{
    public override void Up()
    {
        Create.Table("KbliReference")
            .WithColumn("KbliVersion").AsString(4).NotNullable().PrimaryKey("PK_KbliReference")
            .WithColumn("Code").AsString(5).NotNullable().PrimaryKey("PK_KbliReference")
            .WithColumn("Level").AsString(10).NotNullable()
            .WithColumn("Section").AsString(1).NotNullable()
            .WithColumn("Title").AsString(300).NotNullable();
        Create.Index("IX_KbliReference_Title").OnTable("KbliReference").OnColumn("Title");

        foreach (var k in ReferenceData.Kbli2020)
            Insert.IntoTable("KbliReference").Row(new { KbliVersion = "2020", k.Code, k.Level, k.Section, k.Title });
    }

    public override void Down() => Delete.Table("KbliReference");
}
