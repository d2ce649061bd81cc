using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>/api/v1/groups (groups of businesses, the recipients of aid) and /api/v1/businesses/{id}/groups. Each use case maps its own route.</summary>
public sealed class GroupsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/groups").WithTags("Groups").Versioned("Group", "BusinessGroups");
        ListGroups.Map(group);
        GetGroup.Map(group);
        CreateGroup.Map(group);
        UpdateGroup.Map(group);
        DeleteGroup.Map(group);
        ListGroupMembers.Map(group);
        AddGroupMember.Map(group);
        RemoveGroupMember.Map(group);

        ListBusinessGroups.Map(app.MapGroup("/businesses").WithTags("Groups"));
    }
}
