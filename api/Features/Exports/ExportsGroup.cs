using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Exports;

/// <summary>/api/v1/exports: downloads of lists as files. Each use case maps its own route.</summary>
public sealed class ExportsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/exports").WithTags("Exports");
        ExportBusinesses.Map(group);
    }
}
