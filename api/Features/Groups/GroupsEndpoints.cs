using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Route table of /api/v1/groups and /api/v1/businesses/{id}/groups.</summary>
public sealed class GroupsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/groups").WithTags("Groups");

        group.MapGet("/", async ([AsParameters] ListGroups.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListGroups))
            .WithSummary("List groups of businesses")
            .WithDescription("Paging, sort, q over the name, and filters by kecamatan, kind and status.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var found = await sender.Send(new GetGroup.Query(GroupSql.ParseId(id)), ct);
                ETags.Set(http, found.Version);
                return TypedResults.Ok(found);
            })
            .WithName(nameof(GetGroup))
            .WithSummary("Read one group (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/", async ([FromBody] GroupInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new CreateGroup.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/groups/{created.Id}", created);
            })
            .WithName(nameof(CreateGroup))
            .WithSummary("Form a group; the leader becomes its first member")
            .WithDescription("A deactivated leader business is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPut("/{id}", async (string id, [FromBody] GroupInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var groupId = GroupSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Group", id, "BusinessGroups", groupId);
                var updated = await sender.Send(new UpdateGroup.Command(groupId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateGroup))
            .WithSummary("Update a group (If-Match required)")
            .WithDescription("A new leader that is not yet a member joins the group.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapDelete("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var groupId = GroupSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Group", id, "BusinessGroups", groupId);
                await sender.Send(new DeleteGroup.Command(groupId, version), ct);
                return TypedResults.NoContent();
            })
            .WithName(nameof(DeleteGroup))
            .WithSummary("Delete a group recorded by mistake (If-Match required)")
            .WithDescription("A group with aid on record is a 409: deactivate it instead.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}/members", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListGroupMembers.Query(GroupSql.ParseId(id)), ct)))
            .WithName(nameof(ListGroupMembers))
            .WithSummary("Member businesses of a group, leader first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/{id}/members", async (string id, [FromBody] AddGroupMember.Body body, ISender sender, CancellationToken ct) =>
            {
                var member = await sender.Send(new AddGroupMember.Command(GroupSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/groups/{id}/members/{member.BusinessId}", member);
            })
            .WithName(nameof(AddGroupMember))
            .WithSummary("Add a business to a group")
            .WithDescription("A business already in the group, or a deactivated business, is a 409. A business may belong to several groups.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapDelete("/{id}/members/{businessId}", async (string id, string businessId, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new RemoveGroupMember.Command(GroupSql.ParseId(id), businessId), ct);
                return TypedResults.NoContent();
            })
            .WithName(nameof(RemoveGroupMember))
            .WithSummary("Remove a business from a group")
            .WithDescription("The leader cannot be removed (409): make another member the leader first.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        app.MapGroup("/businesses").WithTags("Groups")
            .MapGet("/{id}/groups", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBusinessGroups.Query(BusinessSql.ParseId(id)), ct)))
            .WithName(nameof(ListBusinessGroups))
            .WithSummary("Groups a business belongs to")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);
    }
}
