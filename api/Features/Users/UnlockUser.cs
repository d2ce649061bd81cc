using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Users;

/// <summary>
/// An admin lifts the sign-in back-off of an account: every address that had to wait after
/// failed sign-ins for it may try again at once. Audited; the account itself does not change
/// (no version bump, no If-Match), and the answer is the account as it is now.
/// </summary>
public static class UnlockUser
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/unlock", (string id, ISender sender, CancellationToken ct) => sender.Send(new Command(UserSql.ParseId(id)), ct))
        .WithName(nameof(UnlockUser))
        .WithSummary("Lift a user's sign-in back-off")
        .WithDescription("Every address that must wait after repeated failed sign-ins for this account may try again at once. " +
            "Audited. Needs no If-Match: the account itself does not change.")
        .RequireAuthorization(Policies.Admin);

    public sealed record Command(int Id) : ICommand<UserResponse>;

    private const string ClearLegacySql = "UPDATE Users SET FailedLoginCount = 0, LockoutEndAt = NULL WHERE Id = @Id";

    public sealed class Handler(DbSession db, AuditTrail audit, SignInBackoff backoff, TimeProvider clock) : ICommandHandler<Command, UserResponse>
    {
        public async ValueTask<UserResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await UserSql.LoadAsync(db, command.Id, ct);
            var cleared = await backoff.ClearAccountAsync(db, before.Email, ct);
            await db.ExecuteAsync(ClearLegacySql, new { command.Id }, ct);
            var after = (await UserSql.LoadAsync(db, command.Id, ct)).ToResponse(now);
            await audit.RecordAsync("user", after.Id, "unlocked",
                new { lockedUntil = before.ToResponse(now).LockedUntil }, new { lockedUntil = after.LockedUntil, clearedAddresses = cleared }, ct);
            return after;
        }
    }
}
