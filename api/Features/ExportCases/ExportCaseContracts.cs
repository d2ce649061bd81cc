using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Commodities the office assists with.</summary>
public enum Commodity { Coffee, Rubber, PalmOil, PalmOilDerivative, Other }

/// <summary>Stages of an export case, in order; rejected and withdrawn end a case from any open stage.</summary>
public enum ExportStage
{
    Intake, LegalCheck, CommodityLicence, BuyerContract, Certification, Customs, CertificateOfOrigin,
    Shipped, PostExport, Closed, Rejected, Withdrawn,
}

public enum DocumentStatus { Missing, Submitted, Verified, Rejected }

/// <summary>How a case ended: completed (closed after export), rejected or withdrawn.</summary>
public enum CaseOutcome { Completed, Rejected, Withdrawn }

public enum VolumeUnit { Kg, Tonne, Litre, Bag }

/// <summary>Fields common to opening and updating a case.</summary>
public interface IExportCaseFields
{
    Commodity? Commodity { get; }
    string HsCode { get; }
    string ProductDescription { get; }
    string DestinationCountry { get; }
    decimal Volume { get; }
    VolumeUnit? VolumeUnit { get; }
    decimal EstimatedValueUsd { get; }
    long EstimatedValueIdr { get; }
    string? AssignedOfficerId { get; }
}

/// <summary>An export assistance case with its stage clock.</summary>
public sealed record ExportCaseResponse : IVersioned
{
    /// <example>12</example>
    public required string Id { get; init; }
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required Commodity Commodity { get; init; }
    /// <summary>HS code digits (4 to 8, Indonesian BTKI codes have 8).</summary>
    /// <example>09011190</example>
    public required string HsCode { get; init; }
    public required string ProductDescription { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    /// <example>MY</example>
    public required string DestinationCountry { get; init; }
    public required decimal Volume { get; init; }
    public required VolumeUnit VolumeUnit { get; init; }
    /// <summary>US dollars with cents.</summary>
    public decimal EstimatedValueUsd { get; init; }
    public required long EstimatedValueIdr { get; init; }
    public required string AssignedOfficerId { get; init; }
    public required string AssignedOfficerName { get; init; }
    public required ExportStage Stage { get; init; }
    public required DateTimeOffset StageEnteredAt { get; init; }
    /// <summary>Whole days since the case entered its stage.</summary>
    public int DaysInStage { get; init; }
    /// <summary>Target days for the stage (null for closed, rejected, withdrawn).</summary>
    public int? TargetDays { get; init; }
    /// <summary>True when daysInStage exceeds targetDays.</summary>
    public bool IsOverdue { get; init; }
    /// <summary>Days beyond the target (0 when not overdue).</summary>
    public int DaysOverdue { get; init; }
    /// <summary>Stages this case may move to next.</summary>
    public IReadOnlyList<ExportStage> AllowedStages { get; init; } = [];
    public required DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>A timeline entry: opened, stage_changed, note, document_updated or file_uploaded, with who and when.</summary>
public sealed record ExportCaseTimelineEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public ExportStage? FromStage { get; init; }
    public ExportStage? ToStage { get; init; }
    public string? DocumentType { get; init; }
    public string? Note { get; init; }
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>One document of a case's checklist.</summary>
public sealed record ExportCaseDocumentResponse : IVersioned
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    /// <summary>Checklist code, e.g. etk_coffee, peb, ska_form_d.</summary>
    public required string Type { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The stage that cannot be left until this document is verified.</summary>
    public ExportStage Stage { get; init; }
    /// <summary>False when the case's commodity, HS code or destination changed so that it no longer needs this document.</summary>
    public bool Required { get; init; }
    public required DocumentStatus Status { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    /// <summary>Days until expiry (negative when expired); null without an expiry date.</summary>
    public int? ExpiresInDays { get; init; }
    public bool IsExpired { get; init; }
    public string? Note { get; init; }
    public ExportCaseDocumentFile? File { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>The uploaded file of a document (download at .../documents/{documentId}/file).</summary>
public sealed record ExportCaseDocumentFile(string FileName, string ContentType, int Size, DateTimeOffset UploadedAt);
