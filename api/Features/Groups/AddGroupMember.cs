using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Adds a business to a group. Twice is a 409; so is a deactivated business.</summary>
public static class AddGroupMember
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/members", async (string id, Body body, ISender sender, CancellationToken ct) =>
            {
                var member = await sender.Send(new Command(GroupSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/groups/{id}/members/{member.BusinessId}", member);
            })
        .WithName(nameof(AddGroupMember))
        .WithSummary("Add a business to a group")
        .WithDescription("A business already in the group, or a deactivated business, is a 409. A business may belong to several groups.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="BusinessId" example="42">The business joining the group.</param>
    public sealed record Body(string BusinessId);

    public sealed record Command(int GroupId, Body Body) : ICommand<GroupMemberResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body.BusinessId).NotEmpty().OverridePropertyName("businessId");
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, GroupMemberResponse>
    {
        public async ValueTask<GroupMemberResponse> Handle(Command command, CancellationToken ct)
        {
            var group = await GroupSql.LoadAsync(db, command.GroupId, ct);
            var businessId = await GroupSql.RequireActiveBusinessAsync(db, "businessId", command.Body.BusinessId, ct);
            if (await GroupSql.IsMemberAsync(db, command.GroupId, businessId, ct))
                throw new ConflictException("already_member", ServerTexts.Get("group.already_member", ("businessId", command.Body.BusinessId), ("groupId", group.Id)));
            await GroupSql.AddMemberAsync(db, command.GroupId, businessId, clock.GetUtcNow(), ct);
            var member = (await GroupSql.MembersAsync(db, command.GroupId, ct)).Single(m => m.BusinessId == businessId.ToString(CultureInfo.InvariantCulture));
            await audit.RecordAsync("group", group.Id, "member_added", null, new { member.BusinessId, member.Name }, ct);
            return member;
        }
    }
}
