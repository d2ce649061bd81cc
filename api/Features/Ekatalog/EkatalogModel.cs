using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// The e-katalog listing workflow: not_started -> preparing -> submitted -> listed, or
/// submitted -> rejected (with reason) -> preparing; listed -> delisted (with reason) -> preparing;
/// preparing -> not_started (the business stops preparing). Submitting needs a ready business.
/// </summary>
public static class EkatalogWorkflow
{
    public static readonly IReadOnlyDictionary<EkatalogStatus, EkatalogStatus[]> Allowed = new Dictionary<EkatalogStatus, EkatalogStatus[]>
    {
        [EkatalogStatus.NotStarted] = [EkatalogStatus.Preparing],
        [EkatalogStatus.Preparing] = [EkatalogStatus.Submitted, EkatalogStatus.NotStarted],
        [EkatalogStatus.Submitted] = [EkatalogStatus.Listed, EkatalogStatus.Rejected],
        [EkatalogStatus.Rejected] = [EkatalogStatus.Preparing],
        [EkatalogStatus.Listed] = [EkatalogStatus.Delisted],
        [EkatalogStatus.Delisted] = [EkatalogStatus.Preparing],
    };

    public static bool IsAllowed(EkatalogStatus from, EkatalogStatus to) => Allowed[from].Contains(to);

    /// <summary>Rejection and delisting must say why.</summary>
    public static bool NeedsReason(EkatalogStatus to) => to is EkatalogStatus.Rejected or EkatalogStatus.Delisted;
}

/// <summary>One dated step of a business's e-katalog history.</summary>
public sealed record EkatalogTransitionResponse
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
}

public sealed class EkatalogTransitionRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string FromStatus { get; init; } = "";
    public string ToStatus { get; init; } = "";
    public string? Reason { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public string ActorType { get; init; } = "";
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public int BusinessVersion { get; init; }

    public EkatalogTransitionResponse ToResponse() => new()
    {
        Id = Id.ToString(), BusinessId = BusinessId.ToString(), From = EnumText.Parse<EkatalogStatus>(FromStatus),
        To = EnumText.Parse<EkatalogStatus>(ToStatus), Reason = Reason, OccurredAt = OccurredAt, ActorType = ActorType,
        ActorId = ActorId, ActorName = ActorName, BusinessVersion = BusinessVersion,
    };
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

public sealed class TaxStatusRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string Status { get; init; } = "";
    public DateOnly CheckedOn { get; init; }
    public string? Reference { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public string? RecordedByName { get; init; }
    public string? LegalForm { get; init; }

    public TaxStatusResponse ToResponse() => new()
    {
        Id = Id.ToString(), BusinessId = BusinessId.ToString(), Status = EnumText.Parse<TaxStatus>(Status), CheckedOn = CheckedOn,
        Reference = Reference, RecordedAt = RecordedAt, RecordedByName = RecordedByName,
        CurrentUntil = Status == "valid" ? Readiness.KswpCurrentUntil(CheckedOn, Readiness.IsEntity(LegalForm)) : null,
    };
}
