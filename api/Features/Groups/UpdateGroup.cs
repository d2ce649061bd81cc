using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Replaces a group's fields (If-Match). A new leader that is not yet a member joins the group.</summary>
public static class UpdateGroup
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, ExpectedVersion version, GroupInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(GroupSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateGroup))
        .WithSummary("Update a group (If-Match required)")
        .WithDescription("A new leader that is not yet a member joins the group.")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(int Id, int ExpectedVersion, GroupInput Body) : ICommand<GroupResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new GroupInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, GroupResponse>
    {
        private const string UpdateSql = """
            UPDATE BusinessGroups SET Name = @Name, Kind = @Kind, KecamatanCode = @KecamatanCode,
                LeaderBusinessId = @LeaderBusinessId, FormedOn = @FormedOn, Status = @Status, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<GroupResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await GroupSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Group", before.Id);
            var input = command.Body;
            var now = clock.GetUtcNow();
            var leaderId = input.LeaderBusinessId == before.LeaderBusinessId
                ? int.Parse(before.LeaderBusinessId, CultureInfo.InvariantCulture)
                : await GroupSql.RequireActiveBusinessAsync(db, "leaderBusinessId", input.LeaderBusinessId, ct);
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Name = input.Name.Trim(), Kind = EnumText.Of(input.Kind!.Value),
                input.KecamatanCode, LeaderBusinessId = leaderId, input.FormedOn,
                Status = EnumText.Of(input.Status ?? before.Status), Now = now,
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("Group", before.Id);
            if (!await GroupSql.IsMemberAsync(db, command.Id, leaderId, ct))
                await GroupSql.AddMemberAsync(db, command.Id, leaderId, now, ct);
            var after = await GroupSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("group", after.Id, "updated", before, after, ct);
            return after;
        }
    }
}
