using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>An integration's API key, without its secret (shown once, at creation, and stored only as a hash).</summary>
/// <param name="Id" example="3">Key id.</param>
/// <param name="Name" example="SIDT-KUMKM sync">What the key is for.</param>
/// <param name="Prefix" example="a1b2c3d4e5f6">The public part of the key (mu_{prefix}_...), to recognise it.</param>
/// <param name="Scopes">catalog:read, businesses:read, businesses:write, personal-data:read, metrics:read.</param>
/// <param name="Status" example="active">active, expired or revoked.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="CreatedByUserId" example="1">Admin who created it.</param>
/// <param name="ExpiresAt">When the key stops working by itself (null: never).</param>
/// <param name="RevokedAt">When the key was revoked.</param>
/// <param name="LastUsedAt">Last use, recorded to the minute.</param>
/// <param name="Version" example="1">Version; also sent as the ETag.</param>
public sealed record ApiKeyResponse(
    string Id, string Name, string Prefix, IReadOnlyList<string> Scopes, string Status, DateTimeOffset CreatedAt,
    string CreatedByUserId, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, int Version);

public sealed class ApiKeyRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Prefix { get; init; } = "";
    public string Scopes { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public int CreatedByUserId { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
    public int Version { get; init; }

    public ApiKeyResponse ToResponse(DateTimeOffset now) => new(
        Id.ToString(), Name, Prefix, Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "active",
        CreatedAt, CreatedByUserId.ToString(), ExpiresAt, RevokedAt, LastUsedAt, Version);
}

public static class ApiKeySql
{
    public const string Select = """
        SELECT k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.CreatedByUserId, k.ExpiresAt, k.RevokedAt, k.LastUsedAt, k.Version
        FROM ApiKeys k
        """;

    private const string ById = Select + "\nWHERE k.Id = @Id";

    public static readonly string[] Statuses = ["active", "expired", "revoked"];

    public static int ParseId(string id) => RouteIds.Parse(id, "API key");

    public static async Task<ApiKeyRow> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<ApiKeyRow>(ById, new { Id = id }, ct)
        ?? throw new NotFoundException("API key", id.ToString());
}
