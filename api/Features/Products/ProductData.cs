using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Products;

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
                  ?? throw new NotFoundException("Product", id.ToString(CultureInfo.InvariantCulture));
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
            Photos = photos[r.Id].Select(p => new PhotoResponse(p.Id.ToString(CultureInfo.InvariantCulture), PhotoUrl(r.Id, p.Id), p.ContentType, p.SizeBytes)).ToList(),
        }).ToList();
    }

    /// <summary>Moves the product's version on (photo changes) and returns whether it matched.</summary>
    public const string Touch = """
        UPDATE Products SET UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND (@ExpectedVersion IS NULL OR Version = @ExpectedVersion)
        """;
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
