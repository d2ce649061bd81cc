using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Forms a group; its leader business becomes its first member.</summary>
public static class CreateGroup
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (GroupInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/groups/{created.Id}", created);
            })
        .WithName(nameof(CreateGroup))
        .WithSummary("Form a group; the leader becomes its first member")
        .WithDescription("A deactivated leader business is a 409.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(GroupInput Body) : ICommand<GroupResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new GroupInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, GroupResponse>
    {
        private const string InsertSql = """
            INSERT INTO BusinessGroups (Name, Kind, KecamatanCode, LeaderBusinessId, FormedOn, Status, CreatedAt, UpdatedAt, Version)
            VALUES (@Name, @Kind, @KecamatanCode, @LeaderBusinessId, @FormedOn, @Status, @Now, @Now, 1)
            """;

        public async ValueTask<GroupResponse> Handle(Command command, CancellationToken ct)
        {
            var input = command.Body;
            var leaderId = await GroupSql.RequireActiveBusinessAsync(db, "leaderBusinessId", input.LeaderBusinessId, ct);
            var now = clock.GetUtcNow();
            var id = await db.InsertAsync(InsertSql, new
            {
                Name = input.Name.Trim(), Kind = EnumText.Of(input.Kind!.Value), input.KecamatanCode, LeaderBusinessId = leaderId,
                input.FormedOn, Status = EnumText.Of(input.Status ?? GroupStatus.Active), Now = now,
            }, ct);
            await GroupSql.AddMemberAsync(db, id, leaderId, now, ct);
            var created = await GroupSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("group", created.Id, "created", null, created, ct);
            return created;
        }
    }
}
