using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// /api/v1/export-cases: export assistance cases, their timeline and their document checklist. Each use
/// case maps its own route; the document routes carry their own version (the document's, not the case's).
/// </summary>
public sealed class ExportCasesGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export-cases").WithTags("Export cases").Versioned("ExportCase", "ExportCases");
        ListExportCases.Map(group);
        GetExportCase.Map(group);
        OpenExportCase.Map(group);
        UpdateExportCase.Map(group);
        ChangeExportCaseStage.Map(group);
        GetExportCaseTimeline.Map(group);
        AddExportCaseNote.Map(group);
        ListExportCaseDocuments.Map(group);
        GetExportCaseChecklist.Map(group);
        RecordExportShipmentCharges.Map(group);
        ListExportCasePlots.Map(group);
        AddExportCasePlot.Map(group);
        ExportCasePlotsGeoJson.Map(group);

        var documents = group.MapGroup("/{id}/documents").Versioned("ExportCaseDocument", "ExportCaseDocuments", "documentId");
        GetExportCaseDocument.Map(documents);
        UpdateExportCaseDocument.Map(documents);
        UploadExportCaseDocumentFile.Map(documents);
        DownloadExportCaseDocumentFile.Map(documents);

        var plots = group.MapGroup("/{id}/plots").Versioned("ExportCasePlot", "ExportCasePlots", "plotId");
        UpdateExportCasePlot.Map(plots);
        DeleteExportCasePlot.Map(plots);
    }
}
