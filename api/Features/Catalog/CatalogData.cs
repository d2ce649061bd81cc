using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Features.Catalog;

/// <summary>A visible product with its business's name and kecamatan, as read by <see cref="CatalogSql.Select"/>.</summary>
public sealed class CatalogRow
{
    public int Id { get; init; }
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
    public string BusinessName { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
}

/// <summary>SQL and mapping shared by the catalog's list and single product.</summary>
public static class CatalogSql
{
    /// <summary>Only active products of active businesses listed in the e-katalog.</summary>
    // TkdnPercent * 1.0: SQLite stores 85 as an integer and 92.5 as a real in the same column, and Dapper
    // reads a column with the type of its first row; multiplying gives every row one type (real / decimal).
    private const string Columns = """
        SELECT p.Id, p.Name, p.Category, p.Description, p.PriceIdr, p.Unit, p.MinimumOrder, p.KbliCode, p.HsCode,
               p.TkdnPercent * 1.0 AS TkdnPercent, p.SniNumber, p.HalalCertificateNumber, p.HalalCertificateExpiresOn, p.PirtNumber,
               p.BpomNumber, p.IsFood, b.Name AS BusinessName, b.KecamatanCode, k.Name AS KecamatanName
        """;
    private const string Joins = "JOIN Businesses b ON b.Id = p.BusinessId\nJOIN Kecamatan k ON k.Code = b.KecamatanCode";

    public const string Select = Columns + "\nFROM Products p\n" + Joins;

    /// <summary><see cref="Select"/> reading the products (alias p) from the given source.</summary>
    public static string SelectFrom(string products) => Columns + "\nFROM " + products + "\n" + Joins;

    public const string Visible = "p.IsActive = 1 AND b.EkatalogStatus = 'listed' AND b.Status = 'active'";

    private const string PhotosByIds = "SELECT Id, ProductId, ContentType, SizeBytes FROM ProductPhotos WHERE ProductId IN @Ids ORDER BY ProductId, Id";

    public static string PhotoUrl(int productId, int photoId) => $"/api/v1/catalog/{productId}/photos/{photoId}";

    public static async Task<List<CatalogProductResponse>> ToResponsesAsync(DbSession db, IReadOnlyList<CatalogRow> rows, DateOnly today, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var photos = (await db.QueryAsync<PhotoRow>(PhotosByIds, new { Ids = rows.Select(r => r.Id).ToArray() }, ct)).ToLookup(p => p.ProductId);
        return rows.Select(r => new CatalogProductResponse
        {
            Id = r.Id.ToString(CultureInfo.InvariantCulture), Name = r.Name, Category = EnumText.Parse<ProductCategory>(r.Category), Description = r.Description,
            PriceIdr = r.PriceIdr, Unit = r.Unit, MinimumOrder = r.MinimumOrder, KbliCode = r.KbliCode, HsCode = r.HsCode,
            TkdnPercent = r.TkdnPercent, SniNumber = r.SniNumber,
            HalalCertified = r.HalalCertificateNumber is not null && (r.HalalCertificateExpiresOn is null || r.HalalCertificateExpiresOn >= today),
            HalalCertificateNumber = r.HalalCertificateNumber, HalalCertificateExpiresOn = r.HalalCertificateExpiresOn,
            PirtNumber = r.PirtNumber, BpomNumber = r.BpomNumber, IsFood = r.IsFood, BusinessName = r.BusinessName,
            KecamatanCode = r.KecamatanCode, KecamatanName = r.KecamatanName,
            Photos = photos[r.Id].Select(p => new PhotoResponse(p.Id.ToString(CultureInfo.InvariantCulture), PhotoUrl(r.Id, p.Id), p.ContentType, p.SizeBytes)).ToList(),
        }).ToList();
    }
}
