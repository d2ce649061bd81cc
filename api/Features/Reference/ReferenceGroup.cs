using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>/api/v1/reference: the reference lists (kecamatan, kelurahan, KBLI, open catalogue categories). Each use case maps its own route.</summary>
public sealed class ReferenceGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reference").WithTags("Reference");
        ListKecamatan.Map(group);
        ListKelurahan.Map(group);
        ListUnmatchedKelurahan.Map(group);
        ListKbli.Map(group);
        ListOpenCategories.Map(group);
        SetOpenCategories.Map(group);
    }
}
