using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Dashboard;

/// <summary>Route table of /api/v1/dashboard.</summary>
public sealed class DashboardEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", async ([AsParameters] GetDashboard.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithTags("Dashboard")
            .WithName(nameof(GetDashboard))
            .WithSummary("The office's dashboard in one call (optionally for one kecamatan)")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);
    }
}
