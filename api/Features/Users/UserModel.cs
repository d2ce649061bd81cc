using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Features.Users;

/// <summary>A staff account. The password hash and security stamp never leave the server.</summary>
/// <param name="Id" example="2">User id.</param>
/// <param name="Email" example="officer@medanumkm.go.id">Sign-in e-mail (lower case).</param>
/// <param name="Name" example="Siti Nurhaliza">Display name.</param>
/// <param name="Role" example="officer">admin, officer or viewer.</param>
/// <param name="IsActive" example="true">False when disabled: the user cannot sign in and existing tokens stop working.</param>
/// <param name="LockedUntil">Set while some address must wait before trying this account again after repeated failed sign-ins
/// (the latest such time); other addresses, the owner's among them, can still sign in. POST /users/{id}/unlock clears it.</param>
/// <param name="LastLoginAt">Last successful sign-in.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version" example="1">Version; also sent as the ETag.</param>
public sealed record UserResponse(
    string Id, string Email, string Name, string Role, bool IsActive, DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version);

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
        Id.ToString(), Email, Name, Role, IsActive, LockoutEndAt > now ? LockoutEndAt : null,
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
        ?? throw new NotFoundException("User", id.ToString());

    /// <summary>Loads the user for a change, checking the If-Match version (412 when stale).</summary>
    public static async Task<UserRow> LoadForUpdateAsync(DbSession db, int id, int expectedVersion, CancellationToken ct)
    {
        var user = await LoadAsync(db, id, ct);
        if (user.Version != expectedVersion) throw new PreconditionFailedException("User", id.ToString());
        return user;
    }

    /// <summary>409 when the change would take the admin role or access away from the caller themself.</summary>
    public static void EnsureNotSelf(CurrentActor actor, int userId, string code, string detail)
    {
        if (actor.UserId == userId) throw new ConflictException(code, detail);
    }

    /// <summary>409 when <paramref name="user"/> is the last active admin and the change would remove them.</summary>
    public static async Task EnsureAnotherActiveAdminAsync(DbSession db, UserRow user, CancellationToken ct)
    {
        if (user.Role != Roles.Admin || !user.IsActive) return;
        if (await db.ExecuteScalarAsync<int>(OtherActiveAdmins, new { user.Id }, ct) == 0)
            throw new ConflictException("last_admin", "This is the last active admin; make another user admin first.");
    }

    /// <summary>A new security stamp: tokens carrying the old one stop working at once.</summary>
    public static string NewStamp() => Guid.NewGuid().ToString("N");
}

public static class PasswordPolicy
{
    public const string Description =
        "At least 10 characters, with at least one letter and one digit; not a commonly used password and not containing the e-mail's name part.";

    /// <summary>The problem <c>code</c> when a password is on the common-passwords list.</summary>
    public const string CommonCode = "common_password";

    /// <summary>The problem <c>code</c> when a password contains the user's e-mail name part.</summary>
    public const string ContainsEmailCode = "password_contains_email";

    public const string CommonMessage = "This password is one of the most commonly used passwords; choose another.";
    public const string ContainsEmailMessage = "The password must not contain the e-mail address or its name part.";

    /// <summary>
    /// At least 10 characters (at most 200), with letters and digits, and not on the common-passwords list
    /// (an embedded resource: the most frequent leaked passwords, see common-passwords.txt for its source).
    /// </summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(10, 200).WithMessage("Password must have 10 to 200 characters.")
            .Must(p => p is null || (p.Any(char.IsLetter) && p.Any(char.IsDigit)))
            .WithMessage("Password must contain at least one letter and one digit.")
            .Must(p => p is null || !IsCommon(p))
            .WithMessage(CommonMessage).WithErrorCode(CommonCode);

    /// <summary>Whether the password, compared case-insensitively, is on the common-passwords list.</summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    /// <summary>
    /// Whether the password contains the e-mail's name part (the text before '@', when it has 3 or more
    /// characters), compared case-insensitively: "rahmat.h@..." refuses "Rahmat.h2026!".
    /// </summary>
    public static bool ContainsEmail(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrWhiteSpace(email)) return false;
        var at = email.IndexOf('@');
        var local = (at >= 0 ? email[..at] : email).Trim();
        return local.Length >= 3 && password.Contains(local, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Adds the e-mail rule to a password rule: 400 with code password_contains_email.</summary>
    public static IRuleBuilderOptions<T, string> NotContainingEmail<T>(this IRuleBuilderOptions<T, string> rule, Func<T, string?> email) =>
        rule.Must((x, p) => !ContainsEmail(p, email(x))).WithMessage(ContainsEmailMessage).WithErrorCode(ContainsEmailCode);

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("MedanUmkm.Api.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common-passwords list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim());
        return set;
    });
}
