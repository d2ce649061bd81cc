using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Privacy;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>A Businesses row as read by <see cref="BusinessSql.Select"/>.</summary>
public sealed class BusinessRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public string OwnerNik { get; init; } = "";
    public string OwnerGender { get; init; } = "";
    public string Nib { get; init; } = "";
    public string? Npwp { get; init; }
    public string Sector { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public string Kelurahan { get; init; } = "";
    public string? KelurahanCode { get; init; }
    public string? Nitku { get; init; }
    public string Address { get; init; } = "";
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public int? FoundedYear { get; init; }
    public int Employees { get; init; }
    public long BusinessCapitalIdr { get; init; }
    public long AnnualRevenueIdr { get; init; }
    public string Scale { get; init; } = "";
    public DateOnly FosteredSince { get; init; }
    public string Status { get; init; } = "";
    public string EkatalogStatus { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
    public string? LegalForm { get; init; }
    public string? PkpStatus { get; init; }
    public DateOnly? InaprocVerifiedOn { get; init; }
    public DateOnly? OssVerifiedOn { get; init; }
    public string? OssVerifiedBy { get; init; }
    public string? DeedNumber { get; init; }
    public DateOnly? DeedDate { get; init; }
}

public sealed class KbliRow
{
    public int BusinessId { get; init; }
    public string Code { get; init; } = "";
    public string KbliVersion { get; init; } = "";
}

[Mapper]
public static partial class BusinessMapper
{
    [MapperIgnoreTarget(nameof(BusinessResponse.Kbli))]
    [MapperIgnoreTarget(nameof(BusinessResponse.PersonalDataMasked))]
    [MapperIgnoreTarget(nameof(BusinessResponse.KbliWarnings))]
    public static partial BusinessResponse ToResponse(BusinessRow row);

    private static Gender ToGender(string s) => EnumText.Parse<Gender>(s);
    private static Sector ToSector(string s) => EnumText.Parse<Sector>(s);
    private static BusinessScale ToScale(string s) => EnumText.Parse<BusinessScale>(s);
    private static BusinessStatus ToStatus(string s) => EnumText.Parse<BusinessStatus>(s);
    private static EkatalogStatus ToEkatalog(string s) => EnumText.Parse<EkatalogStatus>(s);
    private static LegalForm? ToLegalForm(string? s) => s is null ? null : EnumText.Parse<LegalForm>(s);
    private static PkpStatus? ToPkp(string? s) => s is null ? null : EnumText.Parse<PkpStatus>(s);
}

/// <summary>SQL and reads shared by the businesses use cases.</summary>
public static class BusinessSql
{
    private const string Columns = """
        SELECT b.Id, b.Name, b.OwnerName, b.OwnerNik, b.OwnerGender, b.Nib, b.Npwp, b.Sector,
               b.KecamatanCode, k.Name AS KecamatanName, b.Kelurahan, b.KelurahanCode, b.Nitku, b.Address, b.Phone, b.Email,
               b.FoundedYear, b.Employees, b.BusinessCapitalIdr, b.AnnualRevenueIdr, b.Scale,
               b.FosteredSince, b.Status, b.EkatalogStatus, b.CreatedAt, b.UpdatedAt, b.Version,
               b.LegalForm, b.PkpStatus, b.InaprocVerifiedOn, b.OssVerifiedOn, b.OssVerifiedBy, b.DeedNumber, b.DeedDate
        """;
    private const string KecamatanJoin = "JOIN Kecamatan k ON k.Code = b.KecamatanCode";

    public const string Select = Columns + "\nFROM Businesses b\n" + KecamatanJoin;

    /// <summary><see cref="Select"/> reading the businesses (alias b) from the given source.</summary>
    public static string SelectFrom(string businesses) => Columns + "\nFROM " + businesses + "\n" + KecamatanJoin;

    private const string ById = Select + "\nWHERE b.Id = @Id";
    private const string KbliByIds = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN @Ids ORDER BY BusinessId, Position";
    private const string KbliById = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId = @Id ORDER BY Position";

    /// <summary>Parses a route id; anything that is not one of ours is simply not found.</summary>
    public static int ParseId(string id) => RouteIds.Parse(id, "Business");

    private const string ExistsSql = "SELECT COUNT(*) FROM Businesses WHERE Id = @Id";

    /// <summary>404 unless the business exists: for the lists of another area's records about one business.</summary>
    public static async Task EnsureExistsAsync(DbSession db, int id, CancellationToken ct)
    {
        if (await db.ExecuteScalarAsync<int>(ExistsSql, new { Id = id }, ct) == 0)
            throw new NotFoundException("Business", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The full, unmasked business or 404.</summary>
    public static async Task<BusinessResponse> LoadAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<BusinessRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Business", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var kbli = await db.QueryAsync<KbliRow>(KbliById, new { Id = id }, ct);
        var codes = kbli.Select(k => new KbliCode(k.Code, k.KbliVersion)).ToList();
        return BusinessMapper.ToResponse(row) with { Kbli = codes, KbliWarnings = WarningsFor(codes) };
    }

    /// <summary>Maps a page of rows with their KBLI codes in one extra query.</summary>
    public static async Task<List<BusinessResponse>> ToResponsesAsync(DbSession db, IReadOnlyList<BusinessRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var kbli = (await db.QueryAsync<KbliRow>(KbliByIds, new { Ids = rows.Select(r => r.Id).ToArray() }, ct))
            .ToLookup(k => k.BusinessId);
        return rows.Select(r =>
        {
            var codes = kbli[r.Id].Select(k => new KbliCode(k.Code, k.KbliVersion)).ToList();
            return BusinessMapper.ToResponse(r) with { Kbli = codes, KbliWarnings = WarningsFor(codes) };
        }).ToList();
    }

    /// <summary>The business's KBLI codes that are not in the reference list (a warning, not an error).</summary>
    public static IReadOnlyList<KbliWarning> WarningsFor(IEnumerable<KbliCode> codes) =>
        codes.Select(k => (k, Message: KbliRules.Warning(k.Code, k.Version)))
            .Where(x => x.Message is not null)
            .Select(x => new KbliWarning(x.k.Code, x.k.Version, "kbli_unknown", x.Message!)).ToList();

    /// <summary>Masks personal data for callers that may not see it (exports; JSON responses are masked at the boundary).</summary>
    public static BusinessResponse ForCaller(this BusinessResponse b, CurrentActor actor) => PersonalData.ForCaller(b, actor);

    public const string InsertKbli = "INSERT INTO BusinessKbli (BusinessId, Code, KbliVersion, Position) VALUES (@BusinessId, @Code, @KbliVersion, @Position)";

    public static async Task WriteKbliAsync(DbSession db, int businessId, IReadOnlyList<KbliCode>? kbli, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM BusinessKbli WHERE BusinessId = @BusinessId", new { BusinessId = businessId }, ct);
        if (kbli is null || kbli.Count == 0) return;
        await db.ExecuteAsync(InsertKbli, kbli.Select((k, i) => new { BusinessId = businessId, k.Code, KbliVersion = k.Version, Position = i }), ct);
    }

    /// <summary>409 when another business already has this NIB.</summary>
    public static async Task EnsureNibFreeAsync(DbSession db, string nib, int? exceptId, CancellationToken ct)
    {
        var other = await db.QuerySingleOrDefaultAsync<int?>("SELECT Id FROM Businesses WHERE Nib = @Nib", new { Nib = nib }, ct);
        if (other is { } id && id != exceptId)
            throw new ConflictException("duplicate_nib", ServerTexts.Get("duplicate_nib", ("nib", nib), ("existingId", id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                Extensions = { ["existingId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            };
    }
}

/// <summary>The column values written for a <see cref="BusinessInput"/>, normalised.</summary>
public static class BusinessColumns
{
    public static object From(BusinessInput b, int? id, int? version, DateTimeOffset now) => new
    {
        Id = id,
        ExpectedVersion = version,
        Name = b.Name.Trim(),
        OwnerName = b.OwnerName.Trim(),
        b.OwnerNik,
        OwnerGender = EnumText.Of(b.OwnerGender!.Value),
        b.Nib,
        Npwp = Identifiers.NormaliseNpwp(b.Npwp),
        Nitku = string.IsNullOrWhiteSpace(b.Nitku) ? null : Identifiers.Digits(b.Nitku),
        Sector = EnumText.Of(b.Sector!.Value),
        b.KecamatanCode,
        Kelurahan = KelurahanRules.Resolve(b.KelurahanCode, b.Kelurahan, b.KecamatanCode).Name,
        KelurahanCode = KelurahanRules.Resolve(b.KelurahanCode, b.Kelurahan, b.KecamatanCode).Code,
        Address = b.Address.Trim(),
        Phone = Identifiers.NormalisePhone(b.Phone),
        Email = string.IsNullOrWhiteSpace(b.Email) ? null : b.Email.Trim().ToLowerInvariant(),
        b.FoundedYear,
        b.Employees,
        b.BusinessCapitalIdr,
        b.AnnualRevenueIdr,
        Scale = EnumText.Of(ScaleRules.Derive(b.BusinessCapitalIdr, b.AnnualRevenueIdr)!.Value),
        b.FosteredSince,
        LegalForm = b.LegalForm is { } f ? EnumText.Of(f) : null,
        PkpStatus = b.PkpStatus is { } p ? EnumText.Of(p) : null,
        b.InaprocVerifiedOn,
        b.OssVerifiedOn,
        OssVerifiedBy = string.IsNullOrWhiteSpace(b.OssVerifiedBy) ? null : b.OssVerifiedBy.Trim(),
        DeedNumber = string.IsNullOrWhiteSpace(b.DeedNumber) ? null : b.DeedNumber.Trim(),
        b.DeedDate,
        Now = now,
    };
}
