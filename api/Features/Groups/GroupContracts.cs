using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>What binds a group together.</summary>
public enum GroupKind { SectorCluster, KelurahanGroup, Cooperative, Other }

public enum GroupStatus { Active, Inactive }

/// <summary>The fields a client sends to create or update a group.</summary>
/// <param name="Name" example="Kelompok Kopi Medan Johor">Group name.</param>
/// <param name="Kind" example="sector_cluster">sector_cluster, kelurahan_group, cooperative or other.</param>
/// <param name="KecamatanCode" example="12.71.11">Kecamatan where the group is based.</param>
/// <param name="LeaderBusinessId" example="42">The leading business; it becomes a member if it is not one yet.</param>
/// <param name="FormedOn" example="2023-05-02">Date the group was formed.</param>
/// <param name="Status" example="active">active or inactive (default active).</param>
public sealed record GroupInput(
    string Name, GroupKind? Kind, string KecamatanCode, string LeaderBusinessId, DateOnly FormedOn, GroupStatus? Status);

/// <summary>A group of businesses: the only recipient of equipment and goods aid.</summary>
public sealed record GroupResponse : IVersioned
{
    /// <example>7</example>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required GroupKind Kind { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    public required string LeaderBusinessId { get; init; }
    public required string LeaderBusinessName { get; init; }
    public required DateOnly FormedOn { get; init; }
    public required GroupStatus Status { get; init; }
    public required int MemberCount { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>A member business of a group.</summary>
public sealed record GroupMemberResponse
{
    public required string BusinessId { get; init; }
    public required string Name { get; init; }
    public required string Nib { get; init; }
    public required string KecamatanCode { get; init; }
    public required string Sector { get; init; }
    public required string BusinessStatus { get; init; }
    public required bool IsLeader { get; init; }
    public required DateTimeOffset JoinedAt { get; init; }
}
