using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Where one e-katalog requirement stands: met; missing (blocks listing); expiring (met now, ends
/// within 30 days); advisory (unmet but does not block: an advisory rule, or one that becomes
/// required later for this business); not_applicable (outside the rule's scope).
/// </summary>
public enum RequirementStatus { Met, Missing, Expiring, Advisory, NotApplicable }

/// <summary>One line of the readiness checklist.</summary>
/// <param name="Code" example="halal">Requirement code (GET /api/v1/requirements/{code}); the same code is used by ?missing=.</param>
/// <param name="Title" example="Sertifikat halal untuk produk pangan">What is required (language of Accept-Language: id by default, or en).</param>
/// <param name="Status" example="missing">met, missing, expiring (met now, ends within 30 days), advisory or not_applicable.</param>
/// <param name="Reason" example="Produk pangan tanpa sertifikat halal: Keripik Ubi Balado.">Why, in words an officer can act on (language of Accept-Language).</param>
/// <param name="ExpiresOn" example="2026-12-01">For expiring requirements: the last day it is met.</param>
public sealed record ReadinessRequirement(string Code, string Title, RequirementStatus Status, string Reason, DateOnly? ExpiresOn = null)
{
    /// <summary>Stable reason code, e.g. halal_missing, kswp_stale, required_from.</summary>
    /// <example>halal_missing</example>
    public string ReasonCode { get; init; } = "";
    /// <summary>Values the reason refers to (product names, dates), for clients that write their own text.</summary>
    public IReadOnlyDictionary<string, string> ReasonParams { get; init; } = new Dictionary<string, string>();
    /// <summary>required or advisory (the version in force; advisory when none is).</summary>
    public RequirementLevel Level { get; init; }
    /// <summary>Version of the rule applied (null when none is in force on the date).</summary>
    public int? RequirementVersion { get; init; }
    /// <example>UU 33/2014 jo. UU 6/2023; PP 42/2024</example>
    public string? LegalBasis { get; init; }
    /// <example>PP 42/2024 art. 160</example>
    public string? LegalArticle { get; init; }
    /// <summary>What to do next (language of Accept-Language).</summary>
    public string? NextStep { get; init; }
}

/// <summary>One dated step of a business's e-katalog history.</summary>
public sealed record EkatalogTransitionResponse : IVersioned
{
    /// <example>15</example>
    public required string Id { get; init; }
    /// <example>42</example>
    public required string BusinessId { get; init; }
    public required EkatalogStatus From { get; init; }
    public required EkatalogStatus To { get; init; }
    public string? Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>user, api_key or system.</summary>
    public required string ActorType { get; init; }
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    /// <summary>The business's version (ETag) after this step.</summary>
    public required int BusinessVersion { get; init; }

    /// <summary>The response ETag is the business's version (the If-Match of the next step).</summary>
    int IVersioned.Version => BusinessVersion;
}

public enum TaxStatus { Valid, Invalid }

/// <summary>A recorded tax status confirmation (KSWP) check.</summary>
public sealed record TaxStatusResponse
{
    /// <example>3</example>
    public required string Id { get; init; }
    public required string BusinessId { get; init; }
    public required TaxStatus Status { get; init; }
    public required DateOnly CheckedOn { get; init; }
    public string? Reference { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public string? RecordedByName { get; init; }
    /// <summary>Last day on which this check counts as current (valid checks only): the next annual return deadline, 31 March for individuals, 30 April for entities.</summary>
    public DateOnly? CurrentUntil { get; init; }
}
