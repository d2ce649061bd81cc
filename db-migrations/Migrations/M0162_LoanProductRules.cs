using FluentMigrator;

namespace MedanUmkm.Migrations.Migrations;

/// <summary>
/// Loan ceilings as data with their legal basis and the period they apply to, so that a new
/// regulation is a new row (close the old one with EffectiveTo) instead of a code change.
/// KUR ceilings per Permenko Perekonomian 1/2023: super-micro Rp 10 million, micro Rp 100
/// million, small Rp 500 million per loan.
/// </summary>
[Migration(162, "Loan product rules: KUR ceilings (Permenko 1/2023)")]
public sealed class M0162_LoanProductRules : Migration
{
    public static readonly (string Product, long MaxAmountIdr)[] KurCeilings =
    [
        ("kur_super_micro", 10_000_000), ("kur_micro", 100_000_000), ("kur_small", 500_000_000),
    ];

    public const string KurLegalBasis = "Permenko 1/2023";

    public override void Up()
    {
        Create.Table("LoanProductRules")
            .WithColumn("Id").AsInt32().NotNullable().PrimaryKey("PK_LoanProductRules").Identity()
            .WithColumn("Product").AsString(30).NotNullable()
            .WithColumn("MaxAmountIdr").AsInt64().NotNullable()
            .WithColumn("LegalBasis").AsString(200).NotNullable()
            .WithColumn("EffectiveFrom").AsDate().NotNullable()
            .WithColumn("EffectiveTo").AsDate().Nullable();
        Create.Index("IX_LoanProductRules_Product").OnTable("LoanProductRules")
            .OnColumn("Product").Ascending().OnColumn("EffectiveFrom").Ascending();

        foreach (var (product, max) in KurCeilings)
            Insert.IntoTable("LoanProductRules").Row(new
            {
                Product = product, MaxAmountIdr = max, LegalBasis = KurLegalBasis,
                EffectiveFrom = "2023-01-01", EffectiveTo = (string?)null,
            });
    }

    public override void Down() => Delete.Table("LoanProductRules");
}
