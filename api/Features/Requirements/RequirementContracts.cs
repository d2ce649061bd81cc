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

/// <summary>The scopes a requirement belongs to: which process's checklist it is part of.</summary>
public static class RequirementScopes
{
    /// <summary>E-katalog listing readiness.</summary>
    public const string Ekatalog = "ekatalog";
}
