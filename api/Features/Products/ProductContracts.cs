using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Product categories of the e-katalog (stored and sent as snake_case).</summary>
public enum ProductCategory { FoodBeverage, Fashion, Craft, Furniture, AgricultureProduce, Cosmetics, Other }

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
public sealed record ProductResponse : IVersioned
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
