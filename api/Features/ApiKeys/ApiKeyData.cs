using System.Globalization;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>An ApiKeys row without its hash.</summary>
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
        Id.ToString(CultureInfo.InvariantCulture), Name, Prefix, Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        RevokedAt is not null ? "revoked" : ExpiresAt <= now ? "expired" : "active",
        CreatedAt, CreatedByUserId.ToString(CultureInfo.InvariantCulture), ExpiresAt, RevokedAt, LastUsedAt, Version);
}

/// <summary>SQL and reads shared by the API key use cases.</summary>
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
        ?? throw new NotFoundException("API key", id.ToString(CultureInfo.InvariantCulture));
}
