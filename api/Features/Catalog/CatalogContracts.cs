using MedanUmkm.Api.Features.Products;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>
/// A product in the public e-katalog view: product fields, the business's trading name and
/// kecamatan, and photo URLs. No owner, NIK, NIB, NPWP, address, phone or e-mail.
/// </summary>
public sealed record CatalogProductResponse
{
    /// <example>12</example>
    public required string Id { get; init; }
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
    /// <summary>True when the product has a halal certificate that is valid: no expiry (UU 6/2023 art. 42) or not expired yet.</summary>
    public required bool HalalCertified { get; init; }
    public string? HalalCertificateNumber { get; init; }
    public DateOnly? HalalCertificateExpiresOn { get; init; }
    public string? PirtNumber { get; init; }
    public string? BpomNumber { get; init; }
    public required bool IsFood { get; init; }
    /// <example>Kopi Sidikalang Bu Rina</example>
    public required string BusinessName { get; init; }
    /// <example>12.71.01</example>
    public required string KecamatanCode { get; init; }
    /// <example>Medan Kota</example>
    public required string KecamatanName { get; init; }
    public IReadOnlyList<PhotoResponse> Photos { get; init; } = [];
}
