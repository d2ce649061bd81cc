using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Riok.Mapperly.Abstractions;

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
public sealed record AidResponse
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

public sealed class AidRow
{
    public int Id { get; init; }
    public int GroupId { get; init; }
    public string GroupName { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public string Programme { get; init; } = "";
    public int BudgetYear { get; init; }
    public long TotalValueIdr { get; init; }
    public DateOnly? HandedOverOn { get; init; }
    public string? HandoverDocumentNumber { get; init; }
    public string Status { get; init; } = "";
    public string? Notes { get; init; }
    public string? DocFileName { get; init; }
    public string? DocContentType { get; init; }
    public int? DocSizeBytes { get; init; }
    public DateTimeOffset? DocUploadedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

public sealed class AidItemRow
{
    public int AidDistributionId { get; init; }
    public string Name { get; init; } = "";
    public int Quantity { get; init; }
    public string Unit { get; init; } = "";
    public long UnitValueIdr { get; init; }
}

[Mapper]
public static partial class AidMapper
{
    [MapperIgnoreTarget(nameof(AidResponse.Items))]
    [MapperIgnoreTarget(nameof(AidResponse.HandoverDocument))]
    [MapperIgnoreSource(nameof(AidRow.DocFileName))]
    [MapperIgnoreSource(nameof(AidRow.DocContentType))]
    [MapperIgnoreSource(nameof(AidRow.DocSizeBytes))]
    [MapperIgnoreSource(nameof(AidRow.DocUploadedAt))]
    private static partial AidResponse Map(AidRow row);

    public static AidResponse ToResponse(AidRow row, IEnumerable<AidItemRow> items) => Map(row) with
    {
        Items = items.Select(i => new AidItemResponse(i.Name, i.Quantity, i.Unit, i.UnitValueIdr, i.Quantity * i.UnitValueIdr)).ToList(),
        HandoverDocument = row.DocFileName is null ? null
            : new AidDocumentInfo(row.DocFileName, row.DocContentType!, row.DocSizeBytes ?? 0, row.DocUploadedAt!.Value),
    };

    private static AidStatus ToStatus(string s) => EnumText.Parse<AidStatus>(s);
}

/// <summary>SQL and reads shared by the aid use cases.</summary>
public static class AidSql
{
    public const string Select = """
        SELECT a.Id, a.GroupId, g.Name AS GroupName, g.KecamatanCode, k.Name AS KecamatanName, a.Programme, a.BudgetYear,
               a.TotalValueIdr, a.HandedOverOn, a.HandoverDocumentNumber, a.Status, a.Notes,
               d.FileName AS DocFileName, d.ContentType AS DocContentType, d.SizeBytes AS DocSizeBytes, d.UploadedAt AS DocUploadedAt,
               a.CreatedAt, a.UpdatedAt, a.Version
        FROM AidDistributions a
        JOIN BusinessGroups g ON g.Id = a.GroupId
        JOIN Kecamatan k ON k.Code = g.KecamatanCode
        LEFT JOIN AidHandoverDocuments d ON d.AidDistributionId = a.Id
        """;

    private const string ById = Select + "\nWHERE a.Id = @Id";
    private const string ItemsByIds = "SELECT AidDistributionId, Name, Quantity, Unit, UnitValueIdr FROM AidItems WHERE AidDistributionId IN @Ids ORDER BY AidDistributionId, Position";
    private const string InsertItem = "INSERT INTO AidItems (AidDistributionId, Position, Name, Quantity, Unit, UnitValueIdr) VALUES (@AidDistributionId, @Position, @Name, @Quantity, @Unit, @UnitValueIdr)";

    public static int ParseId(string id) => RouteIds.Parse(id, "Aid distribution");

    public static async Task<AidResponse> LoadAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<AidRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Aid distribution", id.ToString());
        return (await ToResponsesAsync(db, [row], ct))[0];
    }

    public static async Task<List<AidResponse>> ToResponsesAsync(DbSession db, IReadOnlyList<AidRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var items = (await db.QueryAsync<AidItemRow>(ItemsByIds, new { Ids = rows.Select(r => r.Id).ToArray() }, ct))
            .ToLookup(i => i.AidDistributionId);
        return rows.Select(r => AidMapper.ToResponse(r, items[r.Id])).ToList();
    }

    public static long Total(IEnumerable<AidItemInput> items) => items.Sum(i => i.Quantity * i.UnitValueIdr);

    public static async Task WriteItemsAsync(DbSession db, int id, IReadOnlyList<AidItemInput> items, CancellationToken ct)
    {
        await db.ExecuteAsync("DELETE FROM AidItems WHERE AidDistributionId = @Id", new { Id = id }, ct);
        await db.ExecuteAsync(InsertItem, items.Select((i, n) => new
        {
            AidDistributionId = id, Position = n, Name = i.Name.Trim(), i.Quantity, Unit = i.Unit.Trim(), i.UnitValueIdr,
        }), ct);
    }

    /// <summary>The receiving group's id; 400 when unknown, 409 when the group is inactive.</summary>
    public static async Task<int> RequireActiveGroupAsync(DbSession db, string groupId, CancellationToken ct)
    {
        var id = int.TryParse(groupId, System.Globalization.NumberStyles.None, null, out var v) && v > 0 ? v : 0;
        var status = id == 0 ? null
            : await db.QuerySingleOrDefaultAsync<string>("SELECT Status FROM BusinessGroups WHERE Id = @Id", new { Id = id }, ct);
        if (status is null) throw new FieldValidationException("groupId", $"Group '{groupId}' does not exist.");
        if (status != "active")
            throw new ConflictException("group_inactive", $"Group {id} is inactive; aid can only be planned for an active group.", "Group inactive");
        return id;
    }
}

/// <summary>Rules for <see cref="AidInput"/>.</summary>
public sealed class AidInputValidator : AbstractValidator<AidInput>
{
    public const long MaxUnitValueIdr = 10_000_000_000;

    public AidInputValidator(TimeProvider clock)
    {
        RuleFor(a => a.GroupId).NotEmpty();
        RuleFor(a => a.Programme).NotEmpty().Length(2, 100);
        RuleFor(a => a.BudgetYear).FromUntilThisYear(2000, clock, yearsAhead: 1)
            .WithMessage(_ => $"budgetYear must be between 2000 and {OfficeTime.Today(clock).Year + 1}.");
        RuleFor(a => a.Items).NotNull().Must(i => i.Count is >= 1 and <= 50).WithMessage("Give between 1 and 50 items.");
        RuleForEach(a => a.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Name).NotEmpty().Length(2, 200);
            i.RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
            i.RuleFor(x => x.Unit).NotEmpty().MaximumLength(30);
            i.RuleFor(x => x.UnitValueIdr).InclusiveBetween(1, MaxUnitValueIdr)
                .WithMessage("unitValueIdr must be a whole rupiah amount between 1 and 10,000,000,000.");
        });
        RuleFor(a => a.HandedOverOn).FromUntilToday(new DateOnly(2000, 1, 1), clock, yearsAhead: 1)
            .When(a => a.HandedOverOn is not null).WithMessage("handedOverOn must be a date between 2000-01-01 and a year from today.");
        RuleFor(a => a.HandoverDocumentNumber).MaximumLength(100);
        RuleFor(a => a.Notes).MaximumLength(1000);
    }
}
