namespace MedanUmkm.Api.Domain;

/// <summary>
/// Business scale under PP 7/2021 art. 35 (capital excludes land and buildings):
/// micro capital &lt;= Rp 1 bn or sales &lt;= Rp 2 bn; small &lt;= Rp 5 bn or &lt;= Rp 15 bn;
/// medium &lt;= Rp 10 bn or &lt;= Rp 50 bn.
/// Art. 35(5): for an operating business (annual sales reported) the sales criterion applies;
/// otherwise (a new business) the capital criterion of art. 35(3).
/// </summary>
public static class ScaleRules
{
    public const long MicroCapitalMax = 1_000_000_000;
    public const long SmallCapitalMax = 5_000_000_000;
    public const long MediumCapitalMax = 10_000_000_000;
    public const long MicroRevenueMax = 2_000_000_000;
    public const long SmallRevenueMax = 15_000_000_000;
    public const long MediumRevenueMax = 50_000_000_000;

    /// <summary>The scale, or null when the business is above medium (not an UMKM).</summary>
    public static BusinessScale? Derive(long businessCapitalIdr, long annualRevenueIdr) =>
        annualRevenueIdr > 0 ? ByRevenue(annualRevenueIdr) : ByCapital(businessCapitalIdr);

    public static BusinessScale? ByCapital(long capital) => capital switch
    {
        <= MicroCapitalMax => BusinessScale.Micro,
        <= SmallCapitalMax => BusinessScale.Small,
        <= MediumCapitalMax => BusinessScale.Medium,
        _ => null,
    };

    public static BusinessScale? ByRevenue(long revenue) => revenue switch
    {
        <= MicroRevenueMax => BusinessScale.Micro,
        <= SmallRevenueMax => BusinessScale.Small,
        <= MediumRevenueMax => BusinessScale.Medium,
        _ => null,
    };
}
