using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>An AidDistributions row (with group, kecamatan and handover document) as read by <see cref="AidSql.Select"/>.</summary>
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
                  ?? throw new NotFoundException("Aid distribution", id.ToString(CultureInfo.InvariantCulture));
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
        var id = int.TryParse(groupId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 0;
        var status = id == 0 ? null
            : await db.QuerySingleOrDefaultAsync<string>("SELECT Status FROM BusinessGroups WHERE Id = @Id", new { Id = id }, ct);
        if (status is null) throw new FieldValidationException("groupId", ServerTexts.Get("aid.group_not_found", ("groupId", groupId)));
        if (status != "active")
            throw new ConflictException("group_inactive", ServerTexts.Get("aid.group_inactive", ("groupId", groupId)));
        return id;
    }
}
