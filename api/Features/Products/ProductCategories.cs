namespace MedanUmkm.Api.Features.Products;

/// <summary>
/// The one place that says which KBLI codes fit a product category, per KBLI edition (2020 and
/// 2025; the two-digit divisions used here are the same in both editions, so both map alike, but
/// an edition can differ). The e-katalog checks that the business licence covers what it sells: a
/// product of a category needs a KBLI of the business starting with one of these prefixes.
/// <list type="table">
/// <item>food_beverage: 10 (food products), 11 (beverages), 56 (food and beverage service: catering)</item>
/// <item>fashion: 13 (textiles), 14 (apparel), 15 (leather goods and footwear)</item>
/// <item>craft: 16 (wood, bamboo, rattan), 18 (printing), 23 (ceramics, glass, stone), 32 (other manufacturing, jewellery, handicraft)</item>
/// <item>furniture: 31</item>
/// <item>agriculture_produce: 01 (crops and livestock), 03 (fishery)</item>
/// <item>cosmetics: 20 (chemicals, including cosmetics and soap)</item>
/// <item>other: any KBLI of the business</item>
/// <item>every category: 46 (wholesale: distributors) and 47 (retail: resellers), who list with a letter of authority</item>
/// </list>
/// </summary>
public static class ProductCategories
{
    public static readonly IReadOnlyDictionary<ProductCategory, string[]> KbliPrefixes = new Dictionary<ProductCategory, string[]>
    {
        [ProductCategory.FoodBeverage] = ["10", "11", "56"],
        [ProductCategory.Fashion] = ["13", "14", "15"],
        [ProductCategory.Craft] = ["16", "18", "23", "32"],
        [ProductCategory.Furniture] = ["31"],
        [ProductCategory.AgricultureProduce] = ["01", "03"],
        [ProductCategory.Cosmetics] = ["20"],
        [ProductCategory.Other] = [],
    };

    /// <summary>Trade divisions (wholesale 46, retail 47): a reseller or distributor may list any goods.</summary>
    public static readonly string[] TradePrefixes = ["46", "47"];

    /// <summary>Prefixes per KBLI edition ("2020", "2025").</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<ProductCategory, string[]>> ByEdition =
        new Dictionary<string, IReadOnlyDictionary<ProductCategory, string[]>> { ["2020"] = KbliPrefixes, ["2025"] = KbliPrefixes };

    /// <summary>True when the KBLI code covers products of the category ("other" accepts any code).</summary>
    public static bool Matches(ProductCategory category, string kbliCode) => Matches(category, kbliCode, "2020");

    /// <summary>True when the KBLI code of the given edition covers products of the category (trade 46/47 covers all).</summary>
    public static bool Matches(ProductCategory category, string kbliCode, string? edition)
    {
        var table = ByEdition.GetValueOrDefault(edition ?? "2020") ?? KbliPrefixes;
        var prefixes = table[category];
        return prefixes.Length == 0 || prefixes.Any(kbliCode.StartsWith) || TradePrefixes.Any(kbliCode.StartsWith);
    }

    /// <summary>"10xxx or 11xxx" for messages.</summary>
    public static string Describe(ProductCategory category)
    {
        var prefixes = KbliPrefixes[category];
        return prefixes.Length == 0 ? "any KBLI" : string.Join(" or ", Prefixes(category));
    }

    /// <summary>The KBLI patterns a category accepts ("31xxx", "46xxx", ...); "*" when any KBLI does.</summary>
    public static string[] Prefixes(ProductCategory category)
    {
        var prefixes = KbliPrefixes[category];
        return prefixes.Length == 0 ? ["*"] : prefixes.Concat(TradePrefixes).Select(p => p + "xxx").ToArray();
    }
}
