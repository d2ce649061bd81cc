using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Users;

/// <summary>A Users row without its secrets.</summary>
public sealed class UserRow
{
    public int Id { get; init; }
    public string Email { get; init; } = "";
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public bool IsActive { get; init; }
    public DateTimeOffset? LockoutEndAt { get; init; }
    public DateTimeOffset? LastLoginAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public UserResponse ToResponse(DateTimeOffset now) => new(
        Id.ToString(CultureInfo.InvariantCulture), Email, Name, Role, IsActive, LockoutEndAt > now ? LockoutEndAt : null,
        LastLoginAt, CreatedAt, UpdatedAt, Version);
}

/// <summary>SQL and rules shared by the user use cases.</summary>
public static class UserSql
{
    public const string Select = """
        SELECT u.Id, u.Email, u.Name, u.Role, u.IsActive,
               (SELECT MAX(f.BlockedUntil) FROM SignInFailures f WHERE f.Email = u.Email) AS LockoutEndAt,
               u.LastLoginAt, u.CreatedAt, u.UpdatedAt, u.Version
        FROM Users u
        """;

    private const string ById = Select + "\nWHERE u.Id = @Id";

    private const string OtherActiveAdmins = "SELECT COUNT(*) FROM Users WHERE Role = 'admin' AND IsActive = 1 AND Id <> @Id";

    /// <summary>Parses a route id; anything that is not one of ours is simply not found.</summary>
    public static int ParseId(string id) => RouteIds.Parse(id, "User");

    public static async Task<UserRow> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<UserRow>(ById, new { Id = id }, ct)
        ?? throw new NotFoundException("User", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Loads the user for a change, checking the If-Match version (412 when stale).</summary>
    public static async Task<UserRow> LoadForUpdateAsync(DbSession db, int id, int expectedVersion, CancellationToken ct)
    {
        var user = await LoadAsync(db, id, ct);
        if (user.Version != expectedVersion) throw new PreconditionFailedException("User", id.ToString(CultureInfo.InvariantCulture));
        return user;
    }

    /// <summary>409 when the change would take the admin role or access away from the caller themself.</summary>
    public static void EnsureNotSelf(CurrentActor actor, int userId, string code)
    {
        if (actor.UserId == userId) throw new ConflictException(code, ServerTexts.Get(code));
    }

    /// <summary>409 when <paramref name="user"/> is the last active admin and the change would remove them.</summary>
    public static async Task EnsureAnotherActiveAdminAsync(DbSession db, UserRow user, CancellationToken ct)
    {
        if (user.Role != Roles.Admin || !user.IsActive) return;
        if (await db.ExecuteScalarAsync<int>(OtherActiveAdmins, new { user.Id }, ct) == 0)
            throw new ConflictException("last_admin", ServerTexts.Get("last_admin"));
    }

    /// <summary>A new security stamp: tokens carrying the old one stop working at once.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");
}
