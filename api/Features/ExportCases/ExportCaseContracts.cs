using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Commodities the office assists with.</summary>
public enum Commodity { Coffee, Rubber, PalmOil, PalmOilDerivative, Fisheries, Other }

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
    DateOnly? PlannedShipmentOn { get; }
    string? TppSirNumber { get; }
}

/// <summary>required: blocks leaving its stage; advisory: shown, never blocks; no_longer_required: kept from an earlier rule or case detail.</summary>
public enum RequirementState { Required, Advisory, NoLongerRequired }

/// <summary>
/// Where the EU due diligence of a case stands: not_required (not EU-bound coffee, rubber or palm, or no rule for the
/// exporter's scale), upcoming (a rule takes effect after the case's date), plots_missing, ready_to_declare (plots
/// recorded, no reference number yet) or declared (reference number recorded and verified).
/// </summary>
public enum DueDiligenceStatus { NotRequired, Upcoming, PlotsMissing, ReadyToDeclare, Declared }

/// <summary>The case's EUDR due diligence: status, what is missing, the statement reference number.</summary>
public sealed record DueDiligenceResponse
{
    public required DueDiligenceStatus Status { get; init; }
    /// <summary>The status in the caller's language.</summary>
    public required string StatusText { get; init; }
    /// <summary>eudr_dds or eudr_simplified_declaration (null when not required).</summary>
    public string? DocumentType { get; init; }
    /// <summary>The day the rule takes effect for this case (the version's effectiveFrom).</summary>
    public DateOnly? AppliesFrom { get; init; }
    /// <summary>The statement's reference number (the document's number).</summary>
    /// <example>25IDXXXXXXXXXX</example>
    public string? ReferenceNumber { get; init; }
    public int Plots { get; init; }
    public decimal AreaHa { get; init; }
    /// <summary>Missing items: codes (plots, reference_number, verification) with texts.</summary>
    public IReadOnlyList<DueDiligenceMissing> Missing { get; init; } = [];
}

/// <summary>One missing item of the due diligence.</summary>
public sealed record DueDiligenceMissing(string Code, string Text);

/// <summary>
/// Palm oil shipment charges as recorded (reference price, rates and exchange rate used) and the amounts they
/// give: estimates only, the customs and BPDP bills are what counts.
/// </summary>
public sealed record ShipmentChargesResponse
{
    /// <example>2026-12</example>
    public string? ReferenceMonth { get; init; }
    /// <summary>CPO reference price (USD per tonne) of the month (Kepmendag).</summary>
    public decimal? ReferencePriceUsdPerTonne { get; init; }
    /// <summary>Levy rate (% of the reference price) used; the catalogue's rate in force unless recorded otherwise.</summary>
    public decimal? LevyRatePercent { get; init; }
    /// <summary>Export duty (USD per tonne) of the reference price column (PMK 38/2024).</summary>
    public decimal? DutyUsdPerTonne { get; init; }
    /// <summary>The Minister of Finance exchange rate used (rupiah per USD).</summary>
    public decimal? ExchangeRateIdrPerUsd { get; init; }
    /// <summary>Computed amounts (null until the price, rates and exchange rate are recorded and the volume is a weight).</summary>
    public ShipmentChargesEstimate? Estimate { get; init; }
}

/// <summary>Estimated amounts of one shipment (always estimates).</summary>
public sealed record ShipmentChargesEstimate(decimal Tonnes, decimal? LevyUsd, long? LevyIdr, decimal? DutyUsd, long? DutyIdr)
{
    public bool IsEstimate => true;
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
    /// <summary>The exporting business's scale (PP 7/2021): micro, small or medium.</summary>
    public string ExporterScale { get; init; } = "";
    /// <summary>EU, ASEAN, CN, JP, KR, IN, AANZ or other.</summary>
    public string DestinationGroup { get; init; } = "";
    /// <summary>Planned shipment date: the checklist is evaluated as of it (else the closing day, else today).</summary>
    public DateOnly? PlannedShipmentOn { get; init; }
    /// <summary>The date the checklist is evaluated on.</summary>
    public DateOnly ChecklistAsOf { get; init; }
    /// <summary>The exporter's TPP SIR number (SIR rubber).</summary>
    public string? TppSirNumber { get; init; }
    /// <summary>Palm oil cases: reference price, rates and estimated levy and duty.</summary>
    public ShipmentChargesResponse? Charges { get; init; }
    /// <summary>EUDR due diligence (single case reads; null in lists).</summary>
    public DueDiligenceResponse? DueDiligence { get; init; }
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

/// <summary>
/// A timeline entry: opened, stage_changed, note, document_updated, file_uploaded, plot_added, plot_updated,
/// plot_deleted or charges_recorded, with who and when. Codes stay codes; <c>text</c> says it in the caller's language.
/// </summary>
public sealed record ExportCaseTimelineEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public ExportStage? FromStage { get; init; }
    public ExportStage? ToStage { get; init; }
    public string? DocumentType { get; init; }
    public DocumentStatus? FromStatus { get; init; }
    public DocumentStatus? ToStatus { get; init; }
    /// <summary>File name, plot name or reference month, where the kind has one.</summary>
    public string? Detail { get; init; }
    /// <summary>The entry in the caller's language (e.g. "Sertifikat fitosanitari: belum ada → terverifikasi").</summary>
    public string Text { get; init; } = "";
    /// <summary>The officer's own words, as written.</summary>
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
    /// <summary>Checklist code, e.g. peb, ska_form_d, eudr_dds.</summary>
    public required string Type { get; init; }
    /// <summary>The document's name in the caller's language.</summary>
    public string Name { get; init; } = "";
    /// <summary>The stage that cannot be left until this document is verified.</summary>
    public ExportStage Stage { get; init; }
    /// <summary>True when the catalogue requires it on the case's date (advisory and no-longer-required documents are false).</summary>
    public bool Required { get; init; }
    /// <summary>required, advisory or no_longer_required (kept: a rule ended or the case's details changed).</summary>
    public RequirementState Requirement { get; init; }
    /// <summary>The regulation(s) the requirement rests on.</summary>
    public string? LegalBasis { get; init; }
    /// <summary>Evidence the requirement asks for: number, date, file, expiry.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];
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
