using System.Globalization;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>An EkatalogTransitions row.</summary>
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
        Id = Id.ToString(CultureInfo.InvariantCulture), BusinessId = BusinessId.ToString(CultureInfo.InvariantCulture), From = EnumText.Parse<EkatalogStatus>(FromStatus),
        To = EnumText.Parse<EkatalogStatus>(ToStatus), Reason = Reason, OccurredAt = OccurredAt, ActorType = ActorType,
        ActorId = ActorId, ActorName = ActorName, BusinessVersion = BusinessVersion,
    };
}

/// <summary>A TaxStatusChecks row with the business's legal form (its deadline depends on it).</summary>
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
        Id = Id.ToString(CultureInfo.InvariantCulture), BusinessId = BusinessId.ToString(CultureInfo.InvariantCulture), Status = EnumText.Parse<TaxStatus>(Status), CheckedOn = CheckedOn,
        Reference = Reference, RecordedAt = RecordedAt, RecordedByName = RecordedByName,
        CurrentUntil = Status == "valid" ? Readiness.KswpCurrentUntil(CheckedOn, Readiness.IsEntity(LegalForm)) : null,
    };
}
