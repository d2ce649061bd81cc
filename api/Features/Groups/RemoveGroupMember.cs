using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Removes a business from a group. The leader cannot leave: choose another leader first.</summary>
public static class RemoveGroupMember
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{id}/members/{businessId}", async (string id, string businessId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(GroupSql.ParseId(id), businessId), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(RemoveGroupMember))
        .WithSummary("Remove a business from a group")
        .WithDescription("The leader cannot be removed (409): make another member the leader first.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(int GroupId, string BusinessId) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit) : ICommandHandler<Command, Unit>
    {
        private const string DeleteSql = "DELETE FROM BusinessGroupMembers WHERE GroupId = @GroupId AND BusinessId = @BusinessId";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var group = await GroupSql.LoadAsync(db, command.GroupId, ct);
            var businessId = int.TryParse(command.BusinessId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            if (businessId == 0 || !await GroupSql.IsMemberAsync(db, command.GroupId, businessId, ct))
                throw new NotFoundException("Group member", command.BusinessId);
            if (group.LeaderBusinessId == businessId.ToString(CultureInfo.InvariantCulture))
                throw new ConflictException("leader_must_be_member",
                    ServerTexts.Get("group.leader_must_be_member", ("businessId", businessId.ToString(CultureInfo.InvariantCulture)), ("groupId", group.Id)));
            await db.ExecuteAsync(DeleteSql, new { command.GroupId, BusinessId = businessId }, ct);
            await audit.RecordAsync("group", group.Id, "member_removed", new { BusinessId = businessId.ToString(CultureInfo.InvariantCulture) }, null, ct);
            return Unit.Value;
        }
    }
}
