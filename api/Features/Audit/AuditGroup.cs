using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Audit;

/// <summary>/api/v1/audit-events (admins only; read-only: the trail is append-only).</summary>
public sealed class AuditGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) => ListAuditEvents.Map(app.MapGroup("/audit-events").WithTags("Audit"));
}
