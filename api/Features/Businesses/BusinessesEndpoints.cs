using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Route table of /api/v1/businesses.</summary>
public sealed class BusinessesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/businesses").WithTags("Businesses");

        group.MapGet("/", async ([AsParameters] ListBusinesses.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListBusinesses))
            .WithSummary("List fostered businesses")
            .WithDescription("Paging, sort, free text (q) over name, owner and NIB, and filters by kecamatan, scale, sector, status and e-katalog status.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var business = await sender.Send(new GetBusiness.Query(BusinessSql.ParseId(id)), ct);
                ETags.Set(http, business.Version);
                return TypedResults.Ok(business);
            })
            .WithName(nameof(GetBusiness))
            .WithSummary("Read one business (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapPost("/", async ([FromBody] BusinessInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RegisterBusiness.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/businesses/{created.Id}", created);
            })
            .WithName(nameof(RegisterBusiness))
            .WithSummary("Register a fostered business")
            .WithDescription("Scale is derived from capital or annual sales (PP 7/2021). A NIB already registered is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.BusinessesWrite);

        group.MapPut("/{id}", async (string id, [FromBody] BusinessInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var businessId = BusinessSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Business", id, "Businesses", businessId);
                var updated = await sender.Send(new UpdateBusiness.Command(businessId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateBusiness))
            .WithSummary("Update a business (If-Match required)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.BusinessesWrite);

        MapStatusChange(group, "/{id}/deactivate", BusinessStatus.Inactive, "DeactivateBusiness", "Deactivate a business (If-Match required)");
        MapStatusChange(group, "/{id}/reactivate", BusinessStatus.Active, "ReactivateBusiness", "Reactivate a business (If-Match required)");
    }

    private static void MapStatusChange(RouteGroupBuilder group, string pattern, BusinessStatus status, string name, string summary) =>
        group.MapPost(pattern, async Task<Ok<BusinessResponse>> (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var businessId = BusinessSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Business", id, "Businesses", businessId);
                var changed = await sender.Send(new ChangeBusinessStatus.Command(businessId, version, status), ct);
                ETags.Set(http, changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.BusinessesWrite);
}
