using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Privacy;
using MedanUmkm.Migrations.Migrations;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>A KBLI business classification code with the KBLI edition it belongs to.</summary>
/// <param name="Code" example="10792">Five digits.</param>
/// <param name="Version" example="2020">KBLI edition: 2020 or 2025.</param>
public sealed record KbliCode(string Code, string Version);

/// <summary>The fields a client sends to register or update a business. Scale, status and e-katalog status are not among them: scale is derived, the others change through their own endpoints.</summary>
/// <param name="Name" example="Kopi Sidikalang Bu Rina">Trading name.</param>
/// <param name="OwnerName" example="Rina Br Sembiring">Owner as on the NIK card.</param>
/// <param name="OwnerNik" example="1271016504850003">16 digits; women have 40 added to the birth day.</param>
/// <param name="OwnerGender" example="female">female or male.</param>
/// <param name="Nib" example="9120301234567">13-digit business registration number from OSS; unique.</param>
/// <param name="Npwp" example="0123456789121000">Tax id: 16 digits since 2024 (PMK 112/2022): the owner's NIK for an individual, else 0 + the old 15 digits. Old 15-digit input is accepted and stored as 0 + 15; punctuation is removed.</param>
/// <param name="Kbli">KBLI codes of the business licence.</param>
/// <param name="Sector" example="food_beverage">Business sector.</param>
/// <param name="KecamatanCode" example="12.71.01">One of Medan's 21 kecamatan (GET /api/v1/reference/kecamatan).</param>
/// <param name="Kelurahan" example="Pasar Merah Barat">Kelurahan (village) name; optional when kelurahanCode is given (the official name is stored). A name alone is matched within the kecamatan (case and spaces ignored); an unmatched name is kept as text and listed at GET /api/v1/reference/kelurahan/unmatched.</param>
/// <param name="Address" example="Jl. Sisingamangaraja No. 12">Street address.</param>
/// <param name="Phone" example="0812-6543-2109">Indonesian number, stored as +62...</param>
/// <param name="Email" example="rina.kopi@gmail.com">Contact e-mail.</param>
/// <param name="FoundedYear" example="2016">Year the business started.</param>
/// <param name="Employees" example="4">Number of workers.</param>
/// <param name="BusinessCapitalIdr" example="150000000">Business capital in whole rupiah, excluding land and buildings.</param>
/// <param name="AnnualRevenueIdr" example="480000000">Annual sales in whole rupiah (0 for a new business).</param>
/// <param name="FosteredSince" example="2021-03-15">Date the office began fostering the business.</param>
/// <param name="KelurahanCode" example="12.71.01.1007">Kemendagri code of the kelurahan (GET /api/v1/reference/kelurahan?kecamatan=); must be in the kecamatan.</param>
/// <param name="Nitku" example="0123456789121000000001">22-digit NITKU of this business location: the 16-digit NPWP followed by 6 digits (optional).</param>
/// <param name="LegalForm" example="perorangan">perorangan, cv, pt, pt_perorangan or koperasi (LKPP v6 onboarding).</param>
/// <param name="PkpStatus" example="non_pkp">pkp (VAT-registered) or non_pkp (with a non-PKP statement).</param>
/// <param name="InaprocVerifiedOn" example="2026-11-02">Day the INAPROC account's identity verification was completed.</param>
/// <param name="OssVerifiedOn" example="2026-11-02">Day an officer checked the NIB in OSS (registered, owner and NIK match).</param>
/// <param name="OssVerifiedBy" example="Siti Aminah">Who checked the NIB in OSS (required with ossVerifiedOn).</param>
/// <param name="DeedNumber" example="12">Deed of establishment number (CV, PT, koperasi; PT perorangan: founding statement).</param>
/// <param name="DeedDate" example="2019-05-20">Date of the deed.</param>
public sealed record BusinessInput(
    string Name,
    string OwnerName,
    string OwnerNik,
    Gender? OwnerGender,
    string Nib,
    string? Npwp,
    IReadOnlyList<KbliCode>? Kbli,
    Sector? Sector,
    string KecamatanCode,
    string? Kelurahan,
    string Address,
    string? Phone,
    string? Email,
    int? FoundedYear,
    int Employees,
    long BusinessCapitalIdr,
    long AnnualRevenueIdr,
    DateOnly FosteredSince,
    string? KelurahanCode = null,
    string? Nitku = null,
    LegalForm? LegalForm = null,
    PkpStatus? PkpStatus = null,
    DateOnly? InaprocVerifiedOn = null,
    DateOnly? OssVerifiedOn = null,
    string? OssVerifiedBy = null,
    string? DeedNumber = null,
    DateOnly? DeedDate = null);

/// <summary>Legal form of a business (LKPP v6 onboarding): a legal entity (CV, PT, PT perorangan, koperasi) shows its deed.</summary>
public enum LegalForm { Perorangan, Cv, Pt, PtPerorangan, Koperasi }

/// <summary>VAT status: PKP (pengusaha kena pajak) or not.</summary>
public enum PkpStatus { Pkp, NonPkp }

/// <summary>A KBLI code of the business that is not in the reference list (GET /api/v1/reference/kbli): kept, but worth checking.</summary>
/// <param name="Code" example="10899">The code as recorded.</param>
/// <param name="Version" example="2020">Its KBLI edition.</param>
/// <param name="Reason" example="kbli_unknown">Stable code of the warning.</param>
/// <param name="Message" example="KBLI 10899 (2020) is not in the reference list; check it against the business licence.">What to check.</param>
public sealed record KbliWarning(string Code, string Version, string Reason, string Message);

/// <summary>A fostered business. Personal fields (ownerNik, a personal 16-digit npwp, phone, address, email) are masked for callers that may not see them.</summary>
public sealed record BusinessResponse
{
    /// <example>42</example>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string OwnerName { get; init; }
    /// <summary>Masked as 1271**********01 unless the caller may see personal data.</summary>
    [PersonalData(PersonalDataKind.Nik)]
    public required string OwnerNik { get; init; }
    public required Gender OwnerGender { get; init; }
    public required string Nib { get; init; }
    /// <summary>16 digits (a 15-digit NPWP is stored as 0 + 15). One not starting with 0 is the owner's NIK and is masked like it unless the caller may see personal data.</summary>
    [PersonalData(PersonalDataKind.Npwp)]
    public string? Npwp { get; init; }
    /// <summary>22-digit NITKU of the business location, when recorded.</summary>
    public string? Nitku { get; init; }
    public IReadOnlyList<KbliCode> Kbli { get; init; } = [];
    /// <summary>KBLI codes not found in the reference list: a warning, not an error.</summary>
    public IReadOnlyList<KbliWarning> KbliWarnings { get; init; } = [];
    public required Sector Sector { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    public required string Kelurahan { get; init; }
    /// <summary>Kemendagri code of the kelurahan; null while the recorded name matches none in the kecamatan.</summary>
    public string? KelurahanCode { get; init; }
    /// <summary>*** unless the caller may see personal data.</summary>
    [PersonalData(PersonalDataKind.Address)]
    public required string Address { get; init; }
    /// <summary>Masked as +62812*****109 unless the caller may see personal data.</summary>
    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; init; }
    /// <summary>Masked as r***@gmail.com unless the caller may see personal data.</summary>
    [PersonalData(PersonalDataKind.Email)]
    public string? Email { get; init; }
    public int? FoundedYear { get; init; }
    public required int Employees { get; init; }
    public required long BusinessCapitalIdr { get; init; }
    public required long AnnualRevenueIdr { get; init; }
    /// <summary>Derived from capital or annual sales (PP 7/2021).</summary>
    public required BusinessScale Scale { get; init; }
    public required DateOnly FosteredSince { get; init; }
    public required BusinessStatus Status { get; init; }
    public required EkatalogStatus EkatalogStatus { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
    /// <summary>True when personal fields were masked for this caller.</summary>
    [PersonalDataMaskedFlag]
    public bool PersonalDataMasked { get; init; }
    /// <summary>Null when not recorded yet.</summary>
    public LegalForm? LegalForm { get; init; }
    public PkpStatus? PkpStatus { get; init; }
    /// <summary>True when the INAPROC account's identity is verified.</summary>
    public bool InaprocVerified => InaprocVerifiedOn is not null;
    public DateOnly? InaprocVerifiedOn { get; init; }
    public DateOnly? OssVerifiedOn { get; init; }
    public string? OssVerifiedBy { get; init; }
    public string? DeedNumber { get; init; }
    public DateOnly? DeedDate { get; init; }
}

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

    /// <summary>The full, unmasked business or 404.</summary>
    public static async Task<BusinessResponse> LoadAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<BusinessRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Business", id.ToString());
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
            throw new ConflictException("duplicate_nib", $"A business with NIB {nib} is already registered (id {id}).", "Duplicate NIB")
            {
                Extensions = { ["existingId"] = id.ToString() },
            };
    }
}

/// <summary>Rules for <see cref="BusinessInput"/>, shared by register, update and import.</summary>
public sealed class BusinessInputValidator : AbstractValidator<BusinessInput>
{
    public static readonly HashSet<string> KecamatanCodes = M0001_Foundation.Kecamatan.Select(k => k.Code).ToHashSet();

    public BusinessInputValidator(TimeProvider clock)
    {
        RuleFor(b => b.Name).NotEmpty().Length(2, 200);
        RuleFor(b => b.OwnerName).NotEmpty().Length(2, 150);
        RuleFor(b => b.OwnerGender).NotNull().IsInEnum();
        RuleFor(b => b.OwnerNik).NotEmpty().Custom((nik, ctx) =>
        {
            if (Identifiers.NikProblem(nik, ctx.InstanceToValidate.OwnerGender) is { } problem) ctx.AddFailure(problem);
        });
        RuleFor(b => b.Nib).NotEmpty().Must(Identifiers.IsValidNib).WithMessage("NIB must be exactly 13 digits.");
        RuleFor(b => b.Npwp).Must(Identifiers.IsValidNpwp!).When(b => !string.IsNullOrWhiteSpace(b.Npwp))
            .WithMessage("NPWP must have 15 digits (old format XX.XXX.XXX.X-XXX.XXX) or 16 digits (new format).");
        RuleFor(b => b.Npwp).Custom((npwp, ctx) =>
        {
            if (Identifiers.NpwpOwnerProblem(npwp, ctx.InstanceToValidate.OwnerNik) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem) { ErrorCode = "npwp_not_owner_nik" });
        });
        RuleFor(b => b.Nitku).Custom((nitku, ctx) =>
        {
            if (Identifiers.NitkuProblem(nitku, ctx.InstanceToValidate.Npwp) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem) { ErrorCode = "nitku_invalid" });
        }).When(b => !string.IsNullOrWhiteSpace(b.Nitku));
        RuleFor(b => b.Kbli).Must(k => k!.Count <= 20).WithMessage("At most 20 KBLI codes.")
            .Must(k => k!.Select(x => (x.Code, x.Version)).Distinct().Count() == k!.Count).WithMessage("KBLI codes must not repeat.")
            .When(b => b.Kbli is not null);
        RuleForEach(b => b.Kbli).ChildRules(k =>
        {
            k.RuleFor(x => x.Code).Must(Identifiers.IsValidKbli).WithMessage("KBLI code must be exactly 5 digits.");
            k.RuleFor(x => x.Version).Must(v => Identifiers.KbliVersions.Contains(v)).WithMessage("KBLI version must be 2020 or 2025.");
        });
        RuleFor(b => b.Sector).NotNull().IsInEnum();
        RuleFor(b => b.KecamatanCode).NotEmpty().Must(KecamatanCodes.Contains)
            .WithMessage("kecamatanCode must be one of Medan's 21 kecamatan (12.71.01 to 12.71.21).");
        RuleFor(b => b.Kelurahan).NotEmpty().When(b => string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Kelurahan).MaximumLength(100);
        RuleFor(b => b.KelurahanCode).Custom((code, ctx) =>
        {
            if (KelurahanRules.Problem(code!, ctx.InstanceToValidate.KecamatanCode) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem)
                {
                    ErrorCode = "kelurahan_not_in_kecamatan",
                    CustomState = new Dictionary<string, object?> { ["kelurahanCode"] = code, ["kecamatanCode"] = ctx.InstanceToValidate.KecamatanCode },
                });
        }).When(b => !string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Address).NotEmpty().MaximumLength(300);
        RuleFor(b => b.Phone).Must(p => Identifiers.NormalisePhone(p) is not null).When(b => !string.IsNullOrWhiteSpace(b.Phone))
            .WithMessage("Phone must be an Indonesian number such as 0812-3456-7890 or +62 812 3456 7890.");
        RuleFor(b => b.Email).EmailAddress().MaximumLength(200).When(b => !string.IsNullOrWhiteSpace(b.Email));
        RuleFor(b => b.FoundedYear).FromUntilThisYear(1900, clock).When(b => b.FoundedYear is not null)
            .WithMessage("foundedYear must be a year between 1900 and this year.");
        RuleFor(b => b.Employees).InclusiveBetween(0, 100_000);
        RuleFor(b => b.BusinessCapitalIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr)
            .Must(r => ScaleRules.ByRevenue(r) is not null).When(b => b.AnnualRevenueIdr > 0)
            .WithMessage("Annual sales above Rp 50 billion are beyond a medium business (PP 7/2021): not an UMKM.");
        RuleFor(b => b.BusinessCapitalIdr)
            .Must(c => ScaleRules.ByCapital(c) is not null).When(b => b.AnnualRevenueIdr == 0)
            .WithMessage("Business capital above Rp 10 billion is beyond a medium business (PP 7/2021): not an UMKM.");
        RuleFor(b => b.FosteredSince).FromUntilToday(new DateOnly(1990, 1, 1), clock)
            .WithMessage("fosteredSince must be a date between 1990-01-01 and today.");
        RuleFor(b => b.LegalForm).IsInEnum().When(b => b.LegalForm is not null);
        RuleFor(b => b.PkpStatus).IsInEnum().When(b => b.PkpStatus is not null);
        RuleFor(b => b.InaprocVerifiedOn).InclusiveBetween(new DateOnly(2000, 1, 1), OfficeTime.Today(clock)).When(b => b.InaprocVerifiedOn is not null)
            .WithMessage("inaprocVerifiedOn must be a date between 2000-01-01 and today.");
        RuleFor(b => b.OssVerifiedOn).InclusiveBetween(new DateOnly(2018, 1, 1), OfficeTime.Today(clock)).When(b => b.OssVerifiedOn is not null)
            .WithMessage("ossVerifiedOn must be a date between 2018-01-01 (OSS) and today.");
        RuleFor(b => b.OssVerifiedBy).NotEmpty().MaximumLength(150).When(b => b.OssVerifiedOn is not null)
            .WithMessage("ossVerifiedBy (who checked the NIB in OSS) is required with ossVerifiedOn.");
        RuleFor(b => b.DeedNumber).MaximumLength(60);
        RuleFor(b => b.DeedDate).NotNull().When(b => !string.IsNullOrWhiteSpace(b.DeedNumber))
            .WithMessage("deedDate is required with a deed number.");
        RuleFor(b => b.DeedNumber).NotEmpty().When(b => b.DeedDate is not null)
            .WithMessage("deedNumber is required with a deed date.");
        RuleFor(b => b.DeedDate).InclusiveBetween(new DateOnly(1900, 1, 1), OfficeTime.Today(clock)).When(b => b.DeedDate is not null)
            .WithMessage("deedDate must be a date between 1900-01-01 and today.");
        RuleFor(b => b.DeedNumber).Empty().When(b => b.LegalForm == Businesses.LegalForm.Perorangan)
            .WithMessage("A perorangan business has no deed of establishment; choose cv, pt, pt_perorangan or koperasi.");
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
