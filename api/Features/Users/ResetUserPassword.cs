using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Users;

/// <summary>
/// An admin sets a new password for a user (who forgot theirs). The security stamp rotates, so
/// the user's existing tokens stop working; a sign-in lockout is cleared.
/// </summary>
public static class ResetUserPassword
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/reset-password", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(UserSql.ParseId(id), version, body), ct))
        .WithName(nameof(ResetUserPassword))
        .CannotConflict()
        .WithSummary("Set a new password for a user (If-Match required)")
        .WithDescription(PasswordPolicy.Description + " Ends the user's current tokens and clears a lockout.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="NewPassword" example="Sementara2026">At least 10 characters with letters and digits; not a common password, not containing the e-mail.</param>
    public sealed record Body(string NewPassword);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<UserResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body.NewPassword).StrongPassword().OverridePropertyName("newPassword");
    }

    public sealed class Handler(DbSession db, AuditTrail audit, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
        RefreshTokens refreshTokens, SignInBackoff backoff) : ICommandHandler<Command, UserResponse>
    {
        private const string UpdateSql = """
            UPDATE Users SET PasswordHash = @PasswordHash, SecurityStamp = @Stamp, FailedLoginCount = 0, LockoutEndAt = NULL,
                UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<UserResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await UserSql.LoadForUpdateAsync(db, command.Id, command.ExpectedVersion, ct);
            if (PasswordPolicy.ContainsEmail(command.Body.NewPassword, before.Email))
                throw new FieldValidationException("newPassword", PasswordPolicy.ContainsEmailMessage, PasswordPolicy.ContainsEmailCode);
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Stamp = UserSql.NewStamp(), Now = now,
                PasswordHash = hasher.HashPassword(new UserAccount(), command.Body.NewPassword),
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("User", command.Id.ToString(CultureInfo.InvariantCulture));
            await refreshTokens.RevokeAllForUserAsync(db, command.Id, ct);
            await backoff.ClearAccountAsync(db, before.Email, ct);
            var after = (await UserSql.LoadAsync(db, command.Id, ct)).ToResponse(now);
            // The password itself never reaches the trail: the field is masked on both sides.
            await audit.RecordAsync("user", after.Id, "password_reset", new { password = "old" }, new { password = "new" }, ct);
            return after;
        }
    }
}
