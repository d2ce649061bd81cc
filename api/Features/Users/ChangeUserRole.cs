using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Users;

/// <summary>
/// Gives a user another role. The security stamp rotates, so tokens issued for the old role stop
/// working. An admin cannot demote themself, and the last active admin cannot be demoted.
/// </summary>
public static class ChangeUserRole
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}/role", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(UserSql.ParseId(id), version, body), ct))
        .WithName(nameof(ChangeUserRole))
        .WithSummary("Change a user's role (If-Match required)")
        .WithDescription("Ends the user's current tokens. Your own role, and the role of the last active admin, cannot be changed (409).")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Role" example="viewer">admin, officer or viewer.</param>
    public sealed record Body(string Role);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<UserResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body.Role).NotEmpty().Must(r => Roles.All.Contains(r))
            .WithText("must_be_one_of", ("allowed", Roles.All))
            .OverridePropertyName("role");
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, UserResponse>
    {
        private const string UpdateSql = """
            UPDATE Users SET Role = @Role, SecurityStamp = @Stamp, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<UserResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await UserSql.LoadForUpdateAsync(db, command.Id, command.ExpectedVersion, ct);
            if (before.Role == command.Body.Role)
                throw new ConflictException("role_unchanged", ServerTexts.Get("role_unchanged", ("id", before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("role", before.Role)));
            UserSql.EnsureNotSelf(actor, command.Id, "own_role");
            if (command.Body.Role != Roles.Admin) await UserSql.EnsureAnotherActiveAdminAsync(db, before, ct);
            var changed = await db.ExecuteAsync(UpdateSql,
                new { command.Id, command.ExpectedVersion, command.Body.Role, Stamp = UserSql.NewStamp(), Now = now }, ct);
            if (changed == 0) throw new PreconditionFailedException("User", command.Id.ToString(CultureInfo.InvariantCulture));
            var after = (await UserSql.LoadAsync(db, command.Id, ct)).ToResponse(now);
            await audit.RecordAsync("user", after.Id, "role_changed", before.ToResponse(now), after, ct);
            return after;
        }
    }
}
