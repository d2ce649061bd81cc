using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>/api/v1/imports: spreadsheet imports and their history. Each use case maps its own route.</summary>
public sealed class ImportsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/imports").WithTags("Imports").Versioned("Import", "ImportJobs");
        StartImport.Map(group);
        ListImports.Map(group);
        GetImport.Map(group);
        CommitImport.Map(group);
        GetImportTemplate.Map(group, app.MapGroup("/import-templates").WithTags("Imports"));
        GetImportErrors.Map(group);
    }
}
