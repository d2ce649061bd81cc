using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Audit;

/// <summary>Route table of /api/v1/audit-events (admins only; read-only: the trail is append-only).</summary>
public sealed class AuditEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/audit-events").WithTags("Audit")
            .MapGet("/", async ([AsParameters] ListAuditEvents.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListAuditEvents))
            .WithSummary("List audit events, newest first")
            .WithDescription("Filters: entityType, entityId, actorType, actorId, from (inclusive), to (exclusive). Every write of the API leaves one event, with the changed fields before and after; personal data is masked.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);
    }
}
