using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Deletes a group recorded by mistake (If-Match). A group that has aid records is kept: deactivate it instead.</summary>
public static class DeleteGroup
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{id}", async (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(GroupSql.ParseId(id), version), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(DeleteGroup))
        .WithSummary("Delete a group recorded by mistake (If-Match required)")
        .WithDescription("A group with aid on record is a 409: deactivate it instead.")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(int Id, int ExpectedVersion) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit) : ICommandHandler<Command, Unit>
    {
        private const string CountAid = "SELECT COUNT(*) FROM AidDistributions WHERE GroupId = @Id";
        private const string DeleteMembers = "DELETE FROM BusinessGroupMembers WHERE GroupId = @Id";
        private const string DeleteSql = "DELETE FROM BusinessGroups WHERE Id = @Id AND Version = @ExpectedVersion";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var before = await GroupSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Group", before.Id);
            var aid = await db.ExecuteScalarAsync<int>(CountAid, new { command.Id }, ct);
            if (aid > 0)
                throw new ConflictException("group_has_aid",
                    ServerTexts.Get("group.has_aid", ("id", before.Id), ("count", aid)));
            await db.ExecuteAsync(DeleteMembers, new { command.Id }, ct);
            if (await db.ExecuteAsync(DeleteSql, new { command.Id, command.ExpectedVersion }, ct) == 0)
                throw new PreconditionFailedException("Group", before.Id);
            await audit.RecordAsync("group", before.Id, "deleted", before, null, ct);
            return Unit.Value;
        }
    }
}
