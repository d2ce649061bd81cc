using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>/api/v1/businesses: the fostered businesses. Each use case maps its own route.</summary>
public sealed class BusinessesGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/businesses").WithTags("Businesses").Versioned("Business", "Businesses");
        ListBusinesses.Map(group);
        GetBusiness.Map(group);
        RegisterBusiness.Map(group);
        UpdateBusiness.Map(group);
        ChangeBusinessStatus.Map(group);
    }
}
