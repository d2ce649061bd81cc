using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Product categories of the e-katalog (stored and sent as snake_case).</summary>
public enum ProductCategory { FoodBeverage, Fashion, Craft, Furniture, AgricultureProduce, Cosmetics, Other }

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
        return prefixes.Length == 0 ? "any KBLI" : string.Join(" or ", prefixes.Concat(TradePrefixes).Select(p => p + "xxx"));
    }
}

/// <summary>The fields a client sends to create or replace a product.</summary>
/// <param name="Name" example="Kopi Arabika Sidikalang 250 g">Product name.</param>
/// <param name="Category" example="food_beverage">food_beverage, fashion, craft, furniture, agriculture_produce, cosmetics, other.</param>
/// <param name="Description" example="Biji kopi arabika sangrai medium, kemasan zip-lock 250 g.">Technical specification for buyers.</param>
/// <param name="PriceIdr" example="65000">Price per unit in whole rupiah (omit when not yet priced).</param>
/// <param name="Unit" example="pack">Selling unit: pcs, kg, pack, box...</param>
/// <param name="MinimumOrder" example="10">Minimum order in units (default 1).</param>
/// <param name="KbliCode" example="10761">Optional: the KBLI of the business licence this product falls under; must fit the category.</param>
/// <param name="HsCode" example="0901.21">Optional HS code, 4 to 8 digits (dots allowed); stored as digits.</param>
/// <param name="TkdnPercent" example="85.5">Domestic component level (TKDN), 0 to 100.</param>
/// <param name="SniNumber" example="SNI 01-3542-2004">SNI certificate or standard, where applicable.</param>
/// <param name="HalalCertificateNumber" example="ID12110000123450223">Halal certificate number (BPJPH).</param>
/// <param name="HalalCertificateExpiresOn" example="2028-02-14">Expiry of the halal certificate, only for old certificates that carry one (UU 6/2023 art. 42: valid while ingredients and process are unchanged).</param>
/// <param name="HalalScheme" example="self_declare">reguler or self_declare (free route for micro and small businesses).</param>
/// <param name="IsNonHalal" example="false">The product is non-halal (e.g. contains pork) and is labelled so: no halal certificate is asked.</param>
/// <param name="PirtNumber" example="2071271010123-26">SPP-IRT (PIRT) number for home-industry food.</param>
/// <param name="BpomNumber" example="MD 123456789012">BPOM registration (MD/ML).</param>
/// <param name="IsFood" example="null">Override only: omit (null) to let the category decide (food_beverage is food); true or false to override.</param>
/// <param name="IsActive" example="true">Offered now (default true); inactive products are not in the catalog.</param>
public sealed record ProductInput(
    string Name,
    ProductCategory? Category,
    string? Description,
    long? PriceIdr,
    string Unit,
    int? MinimumOrder,
    string? KbliCode,
    string? HsCode,
    decimal? TkdnPercent,
    string? SniNumber,
    string? HalalCertificateNumber,
    DateOnly? HalalCertificateExpiresOn,
    string? PirtNumber,
    string? BpomNumber,
    bool? IsFood,
    bool? IsActive,
    HalalScheme? HalalScheme = null,
    bool? IsNonHalal = null);

/// <summary>How a halal certificate was obtained (BPJPH): regular audit or the self-declare route for micro and small businesses.</summary>
public enum HalalScheme { Reguler, SelfDeclare }

/// <summary>A photo of a product; <c>url</c> serves the image bytes.</summary>
/// <param name="Id" example="7">Photo id.</param>
/// <param name="Url" example="/api/v1/products/12/photos/7">Where the image is served (with ETag and caching).</param>
/// <param name="ContentType" example="image/jpeg">image/jpeg, image/png or image/webp (detected from the content).</param>
/// <param name="SizeBytes" example="183211">Size in bytes.</param>
public sealed record PhotoResponse(string Id, string Url, string ContentType, int SizeBytes);

/// <summary>A product of a fostered business.</summary>
public sealed record ProductResponse
{
    /// <example>12</example>
    public required string Id { get; init; }
    /// <example>42</example>
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required string Name { get; init; }
    public required ProductCategory Category { get; init; }
    public string? Description { get; init; }
    public long? PriceIdr { get; init; }
    public required string Unit { get; init; }
    public required int MinimumOrder { get; init; }
    public string? KbliCode { get; init; }
    public string? HsCode { get; init; }
    public decimal? TkdnPercent { get; init; }
    public string? SniNumber { get; init; }
    public string? HalalCertificateNumber { get; init; }
    public DateOnly? HalalCertificateExpiresOn { get; init; }
    public string? PirtNumber { get; init; }
    public string? BpomNumber { get; init; }
    /// <summary>Whether the product counts as food: the override when set, else its category.</summary>
    public required bool IsFood { get; init; }
    /// <summary>The food override (null: the category decides).</summary>
    public bool? IsFoodOverride { get; init; }
    public HalalScheme? HalalScheme { get; init; }
    public bool IsNonHalal { get; init; }
    public required bool IsActive { get; init; }
    public IReadOnlyList<PhotoResponse> Photos { get; init; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>A Products row as read by <see cref="ProductSql.Select"/>.</summary>
public sealed class ProductRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string BusinessName { get; init; } = "";
    public string Name { get; init; } = "";
    public string Category { get; init; } = "";
    public string? Description { get; init; }
    public long? PriceIdr { get; init; }
    public string Unit { get; init; } = "";
    public int MinimumOrder { get; init; }
    public string? KbliCode { get; init; }
    public string? HsCode { get; init; }
    public decimal? TkdnPercent { get; init; }
    public string? SniNumber { get; init; }
    public string? HalalCertificateNumber { get; init; }
    public DateOnly? HalalCertificateExpiresOn { get; init; }
    public string? PirtNumber { get; init; }
    public string? BpomNumber { get; init; }
    public bool IsFood { get; init; }
    public bool? IsFoodOverride { get; init; }
    public string? HalalScheme { get; init; }
    public bool IsNonHalal { get; init; }
    public bool IsActive { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>Photo metadata (no bytes).</summary>
public sealed class PhotoRow
{
    public int Id { get; init; }
    public int ProductId { get; init; }
    public string ContentType { get; init; } = "";
    public int SizeBytes { get; init; }
}

[Mapper]
public static partial class ProductMapper
{
    [MapperIgnoreTarget(nameof(ProductResponse.Photos))]
    public static partial ProductResponse ToResponse(ProductRow row);

    private static ProductCategory ToCategory(string s) => EnumText.Parse<ProductCategory>(s);
    private static HalalScheme? ToScheme(string? s) => s is null ? null : EnumText.Parse<HalalScheme>(s);
}

/// <summary>SQL and reads shared by the product use cases.</summary>
public static class ProductSql
{
    // TkdnPercent * 1.0: SQLite stores 85 as an integer and 92.5 as a real in the same column, and Dapper
    // reads a column with the type of its first row; multiplying gives every row one type (real / decimal).
    public const string Select = """
        SELECT p.Id, p.BusinessId, b.Name AS BusinessName, p.Name, p.Category, p.Description, p.PriceIdr, p.Unit,
               p.MinimumOrder, p.KbliCode, p.HsCode, p.TkdnPercent * 1.0 AS TkdnPercent, p.SniNumber, p.HalalCertificateNumber,
               p.HalalCertificateExpiresOn, p.PirtNumber, p.BpomNumber, p.IsFood, p.IsFoodOverride, p.HalalScheme, p.IsNonHalal, p.IsActive, p.CreatedAt,
               p.UpdatedAt, p.Version
        FROM Products p
        JOIN Businesses b ON b.Id = p.BusinessId
        """;

    private const string ById = Select + "\nWHERE p.Id = @Id";
    private const string PhotosByIds = "SELECT Id, ProductId, ContentType, SizeBytes FROM ProductPhotos WHERE ProductId IN @Ids ORDER BY ProductId, Id";

    public static int ParseId(string id) => RouteIds.Parse(id, "Product");

    /// <summary>Staff URL of a photo.</summary>
    public static string PhotoUrl(int productId, int photoId) => $"/api/v1/products/{productId}/photos/{photoId}";

    public static async Task<ProductResponse> LoadAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ProductRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Product", id.ToString());
        return (await ToResponsesAsync(db, [row], ct))[0];
    }

    /// <summary>Maps rows with their photos in one extra query.</summary>
    public static async Task<List<ProductResponse>> ToResponsesAsync(DbSession db, IReadOnlyList<ProductRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var photos = (await db.QueryAsync<PhotoRow>(PhotosByIds, new { Ids = rows.Select(r => r.Id).ToArray() }, ct))
            .ToLookup(p => p.ProductId);
        return rows.Select(r => ProductMapper.ToResponse(r) with
        {
            Photos = photos[r.Id].Select(p => new PhotoResponse(p.Id.ToString(), PhotoUrl(r.Id, p.Id), p.ContentType, p.SizeBytes)).ToList(),
        }).ToList();
    }

    /// <summary>404 unless the business exists; returns its id.</summary>
    public static async Task EnsureBusinessExistsAsync(DbSession db, int businessId, CancellationToken ct)
    {
        var found = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM Businesses WHERE Id = @Id", new { Id = businessId }, ct);
        if (found == 0) throw new NotFoundException("Business", businessId.ToString());
    }

    /// <summary>Moves the product's version on (photo changes) and returns whether it matched.</summary>
    public const string Touch = """
        UPDATE Products SET UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND (@ExpectedVersion IS NULL OR Version = @ExpectedVersion)
        """;
}

/// <summary>Rules for <see cref="ProductInput"/>, shared by create and update.</summary>
public sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public ProductInputValidator()
    {
        RuleFor(p => p.Name).NotEmpty().Length(2, 200);
        RuleFor(p => p.Category).NotNull().IsInEnum();
        RuleFor(p => p.Description).MaximumLength(4000);
        RuleFor(p => p.PriceIdr).GreaterThan(0).LessThanOrEqualTo(100_000_000_000).When(p => p.PriceIdr is not null)
            .WithMessage("priceIdr must be a whole number of rupiah above 0.");
        RuleFor(p => p.Unit).NotEmpty().MaximumLength(30);
        RuleFor(p => p.MinimumOrder).InclusiveBetween(1, 1_000_000).When(p => p.MinimumOrder is not null);
        RuleFor(p => p.KbliCode).Must(Identifiers.IsValidKbli).When(p => !string.IsNullOrEmpty(p.KbliCode))
            .WithMessage("kbliCode must be exactly 5 digits.");
        RuleFor(p => p.KbliCode)
            .Must((p, code) => ProductCategories.Matches(p.Category!.Value, code!))
            .When(p => Identifiers.IsValidKbli(p.KbliCode) && p.Category is { } c && Enum.IsDefined(c))
            .WithMessage(p => $"kbliCode {p.KbliCode} does not fit category {EnumText.Of(p.Category!.Value)} (expected {ProductCategories.Describe(p.Category!.Value)}).");
        RuleFor(p => p.HsCode).Must(Identifiers.IsValidHsCode).When(p => !string.IsNullOrEmpty(p.HsCode))
            .WithMessage("hsCode must have 4 to 8 digits (dots allowed, e.g. 0901.11).");
        RuleFor(p => p.TkdnPercent).InclusiveBetween(0m, 100m).When(p => p.TkdnPercent is not null)
            .WithMessage("tkdnPercent must be between 0 and 100.");
        RuleFor(p => p.TkdnPercent).Must(t => decimal.Round(t!.Value, 2) == t.Value).When(p => p.TkdnPercent is not null)
            .WithMessage("tkdnPercent has at most 2 decimals.");
        RuleFor(p => p.SniNumber).MaximumLength(60);
        RuleFor(p => p.HalalCertificateNumber).MaximumLength(60);
        // No expiry is required: since UU 6/2023 art. 42 a certificate stays valid while ingredients and process are unchanged.
        RuleFor(p => p.HalalScheme).IsInEnum().When(p => p.HalalScheme is not null);
        RuleFor(p => p.IsNonHalal).NotEqual(true).When(p => !string.IsNullOrWhiteSpace(p.HalalCertificateNumber))
            .WithMessage("A non-halal product cannot have a halal certificate number.");
        RuleFor(p => p.HalalCertificateNumber).NotEmpty().When(p => p.HalalCertificateExpiresOn is not null)
            .WithMessage("halalCertificateNumber is required with an expiry date.");
        RuleFor(p => p.PirtNumber).MaximumLength(30);
        RuleFor(p => p.BpomNumber).MaximumLength(30);
    }
}

/// <summary>The column values written for a <see cref="ProductInput"/>, normalised.</summary>
public static class ProductColumns
{
    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static object From(ProductInput p, int businessId, int? id, int? version, DateTimeOffset now) => new
    {
        Id = id,
        ExpectedVersion = version,
        BusinessId = businessId,
        Name = p.Name.Trim(),
        Category = EnumText.Of(p.Category!.Value),
        Description = Clean(p.Description),
        p.PriceIdr,
        Unit = p.Unit.Trim(),
        MinimumOrder = p.MinimumOrder ?? 1,
        KbliCode = Clean(p.KbliCode),
        HsCode = string.IsNullOrWhiteSpace(p.HsCode) ? null : Identifiers.Digits(p.HsCode),
        p.TkdnPercent,
        SniNumber = Clean(p.SniNumber),
        HalalCertificateNumber = Clean(p.HalalCertificateNumber),
        p.HalalCertificateExpiresOn,
        PirtNumber = Clean(p.PirtNumber),
        BpomNumber = Clean(p.BpomNumber),
        IsFood = p.IsFood ?? p.Category == ProductCategory.FoodBeverage,
        IsFoodOverride = p.IsFood,
        HalalScheme = string.IsNullOrWhiteSpace(p.HalalCertificateNumber) ? null : EnumText.Of(p.HalalScheme ?? Products.HalalScheme.Reguler),
        IsNonHalal = p.IsNonHalal ?? false,
        IsActive = p.IsActive ?? true,
        Now = now,
    };
}
