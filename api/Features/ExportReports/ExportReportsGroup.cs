using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>/api/v1/export-reports: reports over the export cases. Each use case maps its own route.</summary>
public sealed class ExportReportsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export-reports").WithTags("Export reports");
        OpenCasesByStage.Map(group);
        StageDurations.Map(group);
        ShippedPerQuarter.Map(group);
        ExportValueByCommodity.Map(group);
        CasesByDestinationGroup.Map(group);
        PlotsByCommodity.Map(group);
    }
}
