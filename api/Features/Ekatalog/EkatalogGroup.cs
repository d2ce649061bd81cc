using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// E-katalog readiness, tax status (KSWP) and the listing workflow of a business (/api/v1/businesses/{id}/...),
/// and the readiness list (/api/v1/ekatalog-readiness). Each use case maps its own route.
/// </summary>
public sealed class EkatalogGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        // The list first: it was mapped on the root before, and root routes came before group routes.
        ListReadiness.Map(app.MapGroup("/ekatalog-readiness").WithTags("E-katalog"));
        var business = app.MapGroup("/businesses/{id}").WithTags("E-katalog").Versioned("Business", "Businesses");
        GetReadiness.Map(business);
        RecordTaxStatus.Map(business);
        ListTaxStatus.Map(business);
        TransitionEkatalog.Map(business);
        ListEkatalogTransitions.Map(business);
    }
}
