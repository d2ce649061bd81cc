using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>Route table of /api/v1/reference.</summary>
public sealed class ReferenceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reference").WithTags("Reference");
        group.MapGet("/kecamatan", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return TypedResults.Ok(await sender.Send(new ListKecamatan.Query(), ct));
            })
            .WithName(nameof(ListKecamatan))
            .WithSummary("Medan's 21 kecamatan")
            .RequireAuthorization(Policies.BusinessesRead);
    }
}
