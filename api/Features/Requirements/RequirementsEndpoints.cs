using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>Route table of the requirements catalogue (/api/v1/requirements).</summary>
public sealed class RequirementsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/requirements").WithTags("Requirements");

        group.MapGet("/", async ([AsParameters] ListRequirements.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListRequirements))
            .WithSummary("Requirements of a scope (ekatalog, export, loan) with their legal basis and versions")
            .WithDescription("Each requirement's version in force today, the coming versions and the whole history. scope defaults to ekatalog.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Authenticated);

        group.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetRequirement.Query(code), ct)))
            .WithName(nameof(GetRequirement))
            .WithSummary("One requirement with every version, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Authenticated);

        group.MapPost("/{code}/versions", async (string code, [FromBody] AddRequirementVersion.Input body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new AddRequirementVersion.Command(code, body), ct);
                return TypedResults.Created($"/api/v1/requirements/{result.Code}", result);
            })
            .WithName(nameof(AddRequirementVersion))
            .WithSummary("Add a version of a requirement (admin); it takes effect on effectiveFrom")
            .WithDescription("Fields left out are copied from the version in force on effectiveFrom; note says why. Audited; " +
                             "e-katalog readiness is recomputed for every business (GET .../ekatalog-readiness?asOf= shows either side of the date).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Admin);
    }
}
