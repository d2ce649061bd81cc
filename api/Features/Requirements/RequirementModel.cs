using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>required: unmet blocks listing; advisory: shown, never blocks.</summary>
public enum RequirementLevel { Required, Advisory }

/// <summary>One dated version of a requirement (never changed once written; a new version supersedes it from its date).</summary>
/// <param name="VersionNo" example="2">1, 2, ... per code.</param>
/// <param name="EffectiveFrom" example="2026-10-17">First day this version is in force.</param>
/// <param name="EffectiveTo" example="null">Last day it is in force (none: until a later version).</param>
/// <param name="Level" example="required">required or advisory.</param>
/// <param name="TitleId" example="Sertifikat halal untuk produk pangan">Title in Indonesian.</param>
/// <param name="TitleEn" example="Halal certificate for food products">Title in English.</param>
/// <param name="NextStepId" example="Ajukan sertifikat halal ke BPJPH.">What to do next, Indonesian.</param>
/// <param name="NextStepEn" example="Apply to BPJPH for a halal certificate.">What to do next, English.</param>
/// <param name="LegalBasis" example="UU 33/2014 jo. UU 6/2023; PP 42/2024">Regulation(s).</param>
/// <param name="LegalArticle" example="PP 42/2024 art. 160">Article(s), where known.</param>
/// <param name="Evidence" example="[&quot;number&quot;]">Evidence needed: number, date, file, expiry, none.</param>
/// <param name="Sectors">Business sectors it applies to (empty: all).</param>
/// <param name="ProductCategories">Product categories it applies to (empty: all).</param>
/// <param name="Scales">Business scales it applies to (empty: all): micro, small, medium, large.</param>
/// <param name="LegalForms">Legal forms it applies to (empty: all).</param>
/// <param name="Commodities">Export rules: commodities (empty: all).</param>
/// <param name="Destinations">Export rules: destinations (empty: all).</param>
/// <param name="Parameters" example="{&quot;individualDeadline&quot;:&quot;03-31&quot;}">Rule parameters (JSON object of strings), e.g. KSWP deadlines.</param>
/// <param name="Note">Why this version was added.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="CreatedByName">Who recorded it.</param>
public sealed record RequirementVersionResponse(
    int VersionNo, DateOnly EffectiveFrom, DateOnly? EffectiveTo, RequirementLevel Level, string TitleId, string TitleEn,
    string NextStepId, string NextStepEn, string LegalBasis, string? LegalArticle, IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> ProductCategories, IReadOnlyList<string> Scales,
    IReadOnlyList<string> LegalForms, IReadOnlyList<string> Commodities, IReadOnlyList<string> Destinations,
    IReadOnlyDictionary<string, string> Parameters, string? Note, DateTimeOffset CreatedAt, string? CreatedByName);

/// <summary>A requirement: stable code, scope, the version in force today and (on request) every version.</summary>
/// <param name="Code" example="halal">Stable code (the readiness checklist and ?missing= use it).</param>
/// <param name="Scope" example="ekatalog">ekatalog, export or loan.</param>
/// <param name="Position" example="7">Order within its scope.</param>
/// <param name="Current">The version in force today (null when none is).</param>
/// <param name="Upcoming">Versions that take effect after today.</param>
/// <param name="Versions">Every version, oldest first (GET /requirements/{code} only).</param>
public sealed record RequirementResponse(
    string Code, string Scope, int Position, RequirementVersionResponse? Current,
    IReadOnlyList<RequirementVersionResponse> Upcoming, IReadOnlyList<RequirementVersionResponse>? Versions);

/// <summary>A RequirementVersions row.</summary>
public sealed class RequirementVersionRow
{
    public string Code { get; init; } = "";
    public string Scope { get; init; } = "";
    public int Position { get; init; }
    public int VersionNo { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public string Level { get; init; } = "";
    public string TitleId { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string NextStepId { get; init; } = "";
    public string NextStepEn { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public string? LegalArticle { get; init; }
    public string Evidence { get; init; } = "";
    public string? Sectors { get; init; }
    public string? ProductCategories { get; init; }
    public string? Scales { get; init; }
    public string? LegalForms { get; init; }
    public string? Commodities { get; init; }
    public string? Destinations { get; init; }
    public string? Parameters { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedByName { get; init; }

    public IReadOnlyList<string> ScaleList => Split(Scales);
    public IReadOnlyList<string> SectorList => Split(Sectors);
    public IReadOnlyList<string> CategoryList => Split(ProductCategories);
    public IReadOnlyList<string> LegalFormList => Split(LegalForms);
    public bool IsAdvisory => Level == "advisory";

    public IReadOnlyDictionary<string, string> ParameterMap =>
        string.IsNullOrWhiteSpace(Parameters) ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(Parameters) ?? new Dictionary<string, string>();

    public static IReadOnlyList<string> Split(string? pipe) => (pipe ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string? Join(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : "|" + string.Concat(values.Select(v => v + "|"));

    public RequirementVersionResponse ToResponse() => new(
        VersionNo, EffectiveFrom, EffectiveTo, Level == "advisory" ? RequirementLevel.Advisory : RequirementLevel.Required,
        TitleId, TitleEn, NextStepId, NextStepEn, LegalBasis, LegalArticle, Split(Evidence), SectorList, CategoryList,
        ScaleList, LegalFormList, Split(Commodities), Split(Destinations), ParameterMap, Note, CreatedAt, CreatedByName);
}

/// <summary>
/// Every version of every requirement of a scope, in memory (a few dozen rows), answering "which
/// version is in force on a date". The version in force is the one with the latest EffectiveFrom on or
/// before the date (ties: the highest version number); none when that one's EffectiveTo has passed.
/// </summary>
public sealed class RequirementCatalogue(IReadOnlyList<RequirementVersionRow> rows)
{
    private readonly ILookup<string, RequirementVersionRow> _byCode = rows.ToLookup(r => r.Code);

    public const string SelectSql = """
        SELECT v.Code, r.Scope, r.Position, v.VersionNo, v.EffectiveFrom, v.EffectiveTo, v.Level, v.TitleId, v.TitleEn,
               v.NextStepId, v.NextStepEn, v.LegalBasis, v.LegalArticle, v.Evidence, v.Sectors, v.ProductCategories,
               v.Scales, v.LegalForms, v.Commodities, v.Destinations, v.Parameters, v.Note, v.CreatedAt, v.CreatedByName
        FROM RequirementVersions v
        JOIN Requirements r ON r.Code = v.Code
        """;

    private const string ByScopeSql = SelectSql + "\nWHERE r.Scope = @Scope\nORDER BY r.Position, v.Code, v.VersionNo";

    public IReadOnlyList<RequirementVersionRow> Rows => rows;

    public static async Task<RequirementCatalogue> LoadAsync(DbSession db, string scope, CancellationToken ct) =>
        new((await db.QueryAsync<RequirementVersionRow>(ByScopeSql, new { Scope = scope }, ct)).ToList());

    public IEnumerable<RequirementVersionRow> VersionsOf(string code) => _byCode[code];

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="date"/>, or null.</summary>
    public RequirementVersionRow? InForce(string code, DateOnly date) => InForce(_byCode[code], date);

    public static RequirementVersionRow? InForce(IEnumerable<RequirementVersionRow> versions, DateOnly date)
    {
        var latest = versions.Where(v => v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.VersionNo).FirstOrDefault();
        return latest is null || latest.EffectiveTo < date ? null : latest;
    }

    /// <summary>Versions of <paramref name="code"/> that take effect after <paramref name="date"/>, soonest first.</summary>
    public IReadOnlyList<RequirementVersionRow> Upcoming(string code, DateOnly date) => Upcoming(_byCode[code], date);

    public static IReadOnlyList<RequirementVersionRow> Upcoming(IEnumerable<RequirementVersionRow> versions, DateOnly date) =>
        versions.Where(v => v.EffectiveFrom > date).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.VersionNo).ToList();

    /// <summary>Every date on which some version starts or ends (after its EffectiveTo), for recomputation.</summary>
    public IEnumerable<DateOnly> ChangeDates() =>
        rows.Select(r => r.EffectiveFrom).Concat(rows.Where(r => r.EffectiveTo is not null).Select(r => r.EffectiveTo!.Value.AddDays(1)));
}

/// <summary>The scopes a requirement belongs to: which process's checklist it is part of.</summary>
public static class RequirementScopes
{
    /// <summary>E-katalog listing readiness.</summary>
    public const string Ekatalog = "ekatalog";
}
