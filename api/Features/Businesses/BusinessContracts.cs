using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Privacy;

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
public sealed record BusinessResponse : IVersioned
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
