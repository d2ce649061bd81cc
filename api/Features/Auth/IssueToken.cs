using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>Signs a staff member in: e-mail and password for a short-lived bearer token. Repeated failures lock the account.</summary>
public static class IssueToken
{
    /// <param name="Email" example="officer@medanumkm.go.id">E-mail of the staff account.</param>
    /// <param name="Password" example="Officer#12345">Password.</param>
    public sealed record Command(string Email, string Password) : ICommand<TokenResponse>;

    /// <param name="Id" example="2">User id.</param>
    /// <param name="Email" example="officer@medanumkm.go.id">E-mail.</param>
    /// <param name="Name" example="Siti Nurhaliza">Display name.</param>
    /// <param name="Role" example="officer">admin, officer or viewer.</param>
    public sealed record UserSummary(string Id, string Email, string Name, string Role);

    /// <param name="AccessToken">JWT to send as Authorization: Bearer.</param>
    /// <param name="TokenType" example="Bearer">Always Bearer.</param>
    /// <param name="ExpiresAt">When the token stops working.</param>
    /// <param name="User">Who signed in.</param>
    public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, UserSummary User);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
        }
    }

    private sealed class UserRow
    {
        public int Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public bool IsActive { get; init; }
        public int FailedLoginCount { get; init; }
        public DateTimeOffset? LockoutEndAt { get; init; }
        public string SecurityStamp { get; init; } = "";
    }

    public sealed class Handler(DbSession db, AuditTrail audit, IPasswordHasher<UserAccount> hasher, TokenService tokens,
        IOptions<AuthOptions> options, TimeProvider clock) : ICommandHandler<Command, TokenResponse>
    {
        private const string FindSql = """
            SELECT Id, Email, Name, Role, PasswordHash, IsActive, FailedLoginCount, LockoutEndAt, SecurityStamp
            FROM Users WHERE Email = @Email
            """;
        private const string FailSql = "UPDATE Users SET FailedLoginCount = @Count, LockoutEndAt = @LockoutEndAt WHERE Id = @Id";
        private const string SuccessSql = "UPDATE Users SET FailedLoginCount = 0, LockoutEndAt = NULL, LastLoginAt = @Now, PasswordHash = @PasswordHash WHERE Id = @Id";

        // A dummy hash so that an unknown e-mail costs as much time as a wrong password.
        private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), "not-a-real-password");

        public async ValueTask<TokenResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindSql, new { Email = command.Email.Trim().ToLowerInvariant() }, ct);
            if (user is null)
            {
                hasher.VerifyHashedPassword(new UserAccount(), DummyHash, command.Password);
                throw Invalid();
            }
            if (user.LockoutEndAt is { } until && until > now)
                throw new UnauthorizedException($"Too many failed sign-ins. The account is locked until {until:yyyy-MM-dd HH:mm} UTC.");

            var result = hasher.VerifyHashedPassword(new UserAccount(), user.PasswordHash, command.Password);
            if (result == PasswordVerificationResult.Failed || !user.IsActive)
            {
                if (result == PasswordVerificationResult.Failed)
                {
                    var count = user.FailedLoginCount + 1;
                    var locked = count >= options.Value.MaxFailedLogins ? now.AddMinutes(options.Value.LockoutMinutes) : (DateTimeOffset?)null;
                    await db.ExecuteAsync(FailSql, new { user.Id, Count = locked is null ? count : 0, LockoutEndAt = locked }, ct);
                    await audit.RecordAsync("user", user.Id.ToString(), locked is null ? "sign_in_failed" : "locked_out",
                        new { failedLogins = user.FailedLoginCount, lockedUntil = user.LockoutEndAt },
                        new { failedLogins = count, lockedUntil = locked }, ct);
                    // The failure count must survive the 401 that follows, so commit it now.
                    await db.CommitAsync(ct);
                }
                throw Invalid();
            }

            var hash = result == PasswordVerificationResult.SuccessRehashNeeded
                ? hasher.HashPassword(new UserAccount(), command.Password) : user.PasswordHash;
            await db.ExecuteAsync(SuccessSql, new { user.Id, Now = now, PasswordHash = hash }, ct);
            await audit.RecordAsync("user", user.Id.ToString(), "signed_in",
                new { failedLogins = user.FailedLoginCount }, new { failedLogins = 0 }, ct);
            var (token, expires) = tokens.Issue(user.Id, user.Email, user.Name, user.Role, user.SecurityStamp);
            return new TokenResponse(token, "Bearer", expires, new UserSummary(user.Id.ToString(), user.Email, user.Name, user.Role));
        }

        private static UnauthorizedException Invalid() => new("E-mail or password is wrong, or the account is disabled.");
    }
}
