using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>
/// Loan ceilings kept as data (LoanProductRules, migration 162: KUR per Permenko 1/2023), each with
/// its legal basis and the period it applies to; the rule in force on the referral date decides.
/// </summary>
public static class LoanCeilings
{
    public sealed class Rule
    {
        public long MaxAmountIdr { get; init; }
        public string LegalBasis { get; init; } = "";
    }

    private const string RuleSql = """
        SELECT MaxAmountIdr, LegalBasis FROM LoanProductRules
        WHERE Product = @Product AND EffectiveFrom <= @On AND (EffectiveTo IS NULL OR EffectiveTo >= @On)
        ORDER BY EffectiveFrom DESC
        """;

    /// <summary>How the office and the banks name the product.</summary>
    public static string DisplayName(LoanProduct product) => product switch
    {
        LoanProduct.KurSuperMicro => "KUR Super Mikro",
        LoanProduct.KurMicro => "KUR Mikro",
        LoanProduct.KurSmall => "KUR Kecil",
        LoanProduct.Commercial => "commercial loan",
        _ => "loan",
    };

    /// <summary>"Rp 10.000.000": rupiah as written in Indonesia.</summary>
    public static string Rupiah(long amount) => "Rp " + amount.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>400 naming amountRequestedIdr (code loan_amount_above_ceiling) when the amount is above the product's ceiling.</summary>
    public static async Task EnsureWithinAsync(DbSession db, LoanProduct product, long amount, DateOnly on, CancellationToken ct)
    {
        var rules = await db.QueryAsync<Rule>(RuleSql, new { Product = EnumText.Of(product), On = on }, ct);
        if (rules.Count == 0 || amount <= rules[0].MaxAmountIdr) return;
        var rule = rules[0];
        throw new FieldValidationException("amountRequestedIdr",
            ServerTexts.Get("loan_amount_above_ceiling", ("maxAmountIdr", rule.MaxAmountIdr),
                ("product", new ServerTextRef("loan.product." + EnumText.Of(product))), ("legalBasis", rule.LegalBasis)))
        {
            Code = "loan_amount_above_ceiling",
            Parameters = new Dictionary<string, object?>
            {
                ["product"] = EnumText.Of(product), ["maxAmountIdr"] = rule.MaxAmountIdr,
                ["amountRequestedIdr"] = amount, ["legalBasis"] = rule.LegalBasis,
            },
        };
    }
}
