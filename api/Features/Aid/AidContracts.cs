using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>planned -> delivered, or planned -> cancelled.</summary>
public enum AidStatus { Planned, Delivered, Cancelled }

/// <summary>One kind of goods handed over.</summary>
/// <param name="Name" example="Mesin sangrai kopi 5 kg">What was given.</param>
/// <param name="Quantity" example="2">How many.</param>
/// <param name="Unit" example="unit">Unit (unit, paket, set, kg...).</param>
/// <param name="UnitValueIdr" example="18500000">Value of one unit in whole rupiah.</param>
public sealed record AidItemInput(string Name, int Quantity, string Unit, long UnitValueIdr);

/// <summary>The fields a client sends to record or change a planned aid distribution.</summary>
/// <param name="GroupId" example="7">The receiving group (aid goes to groups, never to individuals).</param>
/// <param name="Items">Goods handed over; the total is computed.</param>
/// <param name="Programme" example="APBD Kota Medan">Programme or budget source (APBD Kota Medan, DAK, CSR ...).</param>
/// <param name="BudgetYear" example="2026">Budget year of the programme.</param>
/// <param name="HandedOverOn" example="2026-03-12">Date handed over (needed to mark it delivered).</param>
/// <param name="HandoverDocumentNumber" example="BAST/027/DKUKMPP/III/2026">Number of the handover record (needed to mark it delivered).</param>
/// <param name="Notes">Free notes.</param>
public sealed record AidInput(
    string GroupId, IReadOnlyList<AidItemInput> Items, string Programme, int BudgetYear,
    DateOnly? HandedOverOn, string? HandoverDocumentNumber, string? Notes);

public sealed record AidItemResponse(string Name, int Quantity, string Unit, long UnitValueIdr, long TotalValueIdr);

/// <summary>The stored handover document (download at .../handover-document).</summary>
public sealed record AidDocumentInfo(string FileName, string ContentType, int SizeBytes, DateTimeOffset UploadedAt);

/// <summary>Equipment or goods handed to a group.</summary>
public sealed record AidResponse : IVersioned
{
    /// <example>12</example>
    public required string Id { get; init; }
    public required string GroupId { get; init; }
    public required string GroupName { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    public required string Programme { get; init; }
    public required int BudgetYear { get; init; }
    public IReadOnlyList<AidItemResponse> Items { get; init; } = [];
    /// <summary>Sum of quantity x unit value over the items.</summary>
    public required long TotalValueIdr { get; init; }
    public DateOnly? HandedOverOn { get; init; }
    public string? HandoverDocumentNumber { get; init; }
    public AidDocumentInfo? HandoverDocument { get; init; }
    public required AidStatus Status { get; init; }
    public string? Notes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}
