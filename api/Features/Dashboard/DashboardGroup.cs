using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Dashboard;

/// <summary>/api/v1/dashboard: the office's figures in one call.</summary>
public sealed class DashboardGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        GetDashboard.Map(app);
        GetReadinessByKecamatan.Map(app);
    }
}
