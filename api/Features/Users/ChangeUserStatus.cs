using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Users;

/// <summary>
/// Disables or enables a user. Both rotate the security stamp, so a disabled user's tokens stop
/// working at once (browser sessions included). An admin cannot disable themself, and the last active admin cannot be disabled.
/// Enabling also clears a sign-in lockout.
/// </summary>
public static class ChangeUserStatus
{
    public static void Map(RouteGroupBuilder group)
    {
        Map(group, "/{id}/disable", false, "DisableUser",
            "Disable a user (If-Match required)", "Ends the user's current tokens. You cannot disable yourself or the last active admin (409).");
        Map(group, "/{id}/enable", true, "EnableUser",
            "Enable a disabled user (If-Match required)", "Also clears a sign-in lockout.");
    }

    private static void Map(RouteGroupBuilder group, string pattern, bool active, string name, string summary, string description) => group
        .MapPost(pattern, (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(UserSql.ParseId(id), version, active), ct))
        .WithName(name)
        .WithSummary(summary)
        .WithDescription(description)
        .RequireAuthorization(Policies.Admin);

    public sealed record Command(int Id, int ExpectedVersion, bool Active) : ICommand<UserResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock,
        RefreshTokens refreshTokens, SignInBackoff backoff) : ICommandHandler<Command, UserResponse>
    {
        private const string UpdateSql = """
            UPDATE Users SET IsActive = @Active, SecurityStamp = @Stamp, FailedLoginCount = 0, LockoutEndAt = NULL,
                UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<UserResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await UserSql.LoadForUpdateAsync(db, command.Id, command.ExpectedVersion, ct);
            var state = command.Active ? "enabled" : "disabled";
            if (before.IsActive == command.Active)
                throw new ConflictException($"already_{state}", ServerTexts.Get($"user.already_{state}", ("id", before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            if (!command.Active)
            {
                UserSql.EnsureNotSelf(actor, command.Id, "own_account");
                await UserSql.EnsureAnotherActiveAdminAsync(db, before, ct);
            }
            var changed = await db.ExecuteAsync(UpdateSql,
                new { command.Id, command.ExpectedVersion, command.Active, Stamp = UserSql.NewStamp(), Now = now }, ct);
            if (changed == 0) throw new PreconditionFailedException("User", command.Id.ToString(CultureInfo.InvariantCulture));
            // Disabling ends the browser sessions too; either change lets every address try again.
            if (!command.Active) await refreshTokens.RevokeAllForUserAsync(db, command.Id, ct);
            await backoff.ClearAccountAsync(db, before.Email, ct);
            var after = (await UserSql.LoadAsync(db, command.Id, ct)).ToResponse(now);
            await audit.RecordAsync("user", after.Id, state, before.ToResponse(now), after, ct);
            return after;
        }
    }
}
