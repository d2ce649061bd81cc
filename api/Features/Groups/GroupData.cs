using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>A BusinessGroups row as read by <see cref="GroupSql.Select"/>.</summary>
public sealed class GroupRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public int LeaderBusinessId { get; init; }
    public string LeaderBusinessName { get; init; } = "";
    public DateOnly FormedOn { get; init; }
    public string Status { get; init; } = "";
    public int MemberCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

public sealed class GroupMemberRow
{
    public int BusinessId { get; init; }
    public string Name { get; init; } = "";
    public string Nib { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string Sector { get; init; } = "";
    public string BusinessStatus { get; init; } = "";
    public int IsLeader { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
}

[Mapper]
public static partial class GroupMapper
{
    public static partial GroupResponse ToResponse(GroupRow row);

    public static GroupMemberResponse ToMember(GroupMemberRow row) => new()
    {
        BusinessId = row.BusinessId.ToString(CultureInfo.InvariantCulture), Name = row.Name, Nib = row.Nib, KecamatanCode = row.KecamatanCode,
        Sector = row.Sector, BusinessStatus = row.BusinessStatus, IsLeader = row.IsLeader != 0, JoinedAt = row.JoinedAt,
    };

    private static GroupKind ToKind(string s) => EnumText.Parse<GroupKind>(s);
    private static GroupStatus ToStatus(string s) => EnumText.Parse<GroupStatus>(s);
}

/// <summary>SQL and reads shared by the group use cases.</summary>
public static class GroupSql
{
    public const string Select = """
        SELECT g.Id, g.Name, g.Kind, g.KecamatanCode, k.Name AS KecamatanName, g.LeaderBusinessId,
               lb.Name AS LeaderBusinessName, g.FormedOn, g.Status,
               (SELECT COUNT(*) FROM BusinessGroupMembers m WHERE m.GroupId = g.Id) AS MemberCount,
               g.CreatedAt, g.UpdatedAt, g.Version
        FROM BusinessGroups g
        JOIN Kecamatan k ON k.Code = g.KecamatanCode
        JOIN Businesses lb ON lb.Id = g.LeaderBusinessId
        """;

    private const string ById = Select + "\nWHERE g.Id = @Id";

    public const string SelectMembers = """
        SELECT b.Id AS BusinessId, b.Name, b.Nib, b.KecamatanCode, b.Sector, b.Status AS BusinessStatus,
               CASE WHEN g.LeaderBusinessId = b.Id THEN 1 ELSE 0 END AS IsLeader, m.JoinedAt
        FROM BusinessGroupMembers m
        JOIN BusinessGroups g ON g.Id = m.GroupId
        JOIN Businesses b ON b.Id = m.BusinessId
        WHERE m.GroupId = @GroupId
        ORDER BY IsLeader DESC, b.Name, b.Id
        """;

    private const string InsertMember = "INSERT INTO BusinessGroupMembers (GroupId, BusinessId, JoinedAt) VALUES (@GroupId, @BusinessId, @Now)";

    public static int ParseId(string id) => RouteIds.Parse(id, "Group");

    public static async Task<GroupResponse> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        GroupMapper.ToResponse(await db.QuerySingleOrDefaultAsync<GroupRow>(ById, new { Id = id }, ct)
                               ?? throw new NotFoundException("Group", id.ToString(CultureInfo.InvariantCulture)));

    public static async Task<List<GroupMemberResponse>> MembersAsync(DbSession db, int groupId, CancellationToken ct) =>
        (await db.QueryAsync<GroupMemberRow>(SelectMembers, new { GroupId = groupId }, ct)).Select(GroupMapper.ToMember).ToList();

    /// <summary>The business (404 as a field error of the body when unknown) and a 409 when it is deactivated.</summary>
    public static async Task<int> RequireActiveBusinessAsync(DbSession db, string field, string businessId, CancellationToken ct)
    {
        var id = int.TryParse(businessId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 0;
        var status = id == 0 ? null
            : await db.QuerySingleOrDefaultAsync<string>("SELECT Status FROM Businesses WHERE Id = @Id", new { Id = id }, ct);
        if (status is null) throw new FieldValidationException(field, ServerTexts.Get("business_not_found_field", ("businessId", businessId)));
        if (status != EnumText.Of(BusinessStatus.Active))
            throw new ConflictException("business_inactive",
                ServerTexts.Get("group.business_inactive", ("businessId", businessId)));
        return id;
    }

    public static async Task<bool> IsMemberAsync(DbSession db, int groupId, int businessId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM BusinessGroupMembers WHERE GroupId = @GroupId AND BusinessId = @BusinessId",
            new { GroupId = groupId, BusinessId = businessId }, ct) > 0;

    public static Task AddMemberAsync(DbSession db, int groupId, int businessId, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(InsertMember, new { GroupId = groupId, BusinessId = businessId, Now = now }, ct);
}
