using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Features.Users;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>
/// The signed-in user changes their own password. The security stamp rotates, which ends every
/// token and browser session of the user (other devices included); the response carries a fresh token for this one.
/// Only the password changes: nothing else in the body (a role, say) is read.
/// </summary>
public static class ChangePassword
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/change-password", async ([FromBody] Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var signedIn = await sender.Send(command with { KeepBrowserSession = SessionCookie.Read(http.Request) is not null }, ct);
                if (signedIn.Refresh is not null) SessionCookie.Append(http.Response, signedIn.Refresh);
                return TypedResults.Ok(signedIn.Response);
            })
        .WithName(nameof(ChangePassword))
        .WithSummary("Change your own password; returns a fresh token")
        .WithDescription("The new password needs at least 10 characters with letters and digits. Every other token and browser session of the user stops working.")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .RequireAuthorization(Policies.StaffRead)
        .RequireRateLimiting(RateLimiting.LoginPolicy);

    /// <param name="CurrentPassword" example="Officer#12345">The password in use now.</param>
    /// <param name="NewPassword" example="Baru2026medan">At least 10 characters with letters and digits; not the current one, not a common password, not containing the e-mail.</param>
    /// <param name="KeepBrowserSession">Set by the route when the request carried the refresh cookie: the browser gets a new one.</param>
    public sealed record Command(string CurrentPassword, string NewPassword,
        [property: System.Text.Json.Serialization.JsonIgnore] bool KeepBrowserSession = false) : ICommand<IssueToken.SignedIn>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(200);
            RuleFor(c => c.NewPassword).StrongPassword()
                .NotEqual(c => c.CurrentPassword).WithText("password_unchanged");
        }
    }

    private sealed class UserRow
    {
        public int Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string PasswordHash { get; init; } = "";
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, IPasswordHasher<UserAccount> hasher,
        TokenService tokens, RefreshTokens refreshTokens, TimeProvider clock) : ICommandHandler<Command, IssueToken.SignedIn>
    {
        private const string FindSql = "SELECT Id, Email, Name, Role, PasswordHash FROM Users WHERE Id = @Id AND IsActive = 1";
        private const string UpdateSql = """
            UPDATE Users SET PasswordHash = @PasswordHash, SecurityStamp = @Stamp, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id
            """;

        public async ValueTask<IssueToken.SignedIn> Handle(Command command, CancellationToken ct)
        {
            // The policy admits staff users only; a missing row means the account was just disabled.
            var userId = actor.UserId ?? throw new UnauthorizedException(ServerTexts.Get("password_change_needs_user"));
            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindSql, new { Id = userId }, ct)
                       ?? throw new UnauthorizedException(ServerTexts.Get("account_disabled"));
            if (hasher.VerifyHashedPassword(new UserAccount(), user.PasswordHash, command.CurrentPassword) == PasswordVerificationResult.Failed)
                throw new FieldValidationException("currentPassword", ServerTexts.Get("current_password_wrong"));
            if (PasswordPolicy.ContainsEmail(command.NewPassword, user.Email))
                throw new FieldValidationException("newPassword", PasswordPolicy.ContainsEmailMessage, PasswordPolicy.ContainsEmailCode);
            var stamp = UserSql.NewStamp();
            await db.ExecuteAsync(UpdateSql, new
            {
                user.Id, Stamp = stamp, Now = clock.GetUtcNow(),
                PasswordHash = hasher.HashPassword(new UserAccount(), command.NewPassword),
            }, ct);
            await audit.RecordAsync("user", user.Id.ToString(CultureInfo.InvariantCulture), "password_changed", new { password = "old" }, new { password = "new" }, ct);
            // Every browser session of the user ends (other devices included); this browser starts a new one.
            await refreshTokens.RevokeAllForUserAsync(db, user.Id, ct);
            var refresh = command.KeepBrowserSession ? await refreshTokens.StartFamilyAsync(db, user.Id, stamp, ct) : null;
            return IssueToken.SignedIn.Issue(tokens, user.Id, user.Email, user.Name, user.Role, stamp, refresh);
        }
    }
}
