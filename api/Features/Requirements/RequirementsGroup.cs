using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>/api/v1/requirements: the requirements catalogue and its dated versions. Each use case maps its own route.</summary>
public sealed class RequirementsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/requirements").WithTags("Requirements");
        ListRequirements.Map(group);
        GetRequirement.Map(group);
        AddRequirementVersion.Map(group);
    }
}
