using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Exports;

/// <summary>A download written while it is produced: name, media type and the writer.</summary>
public sealed record ExportFile(string FileName, string ContentType, Func<Stream, CancellationToken, Task> WriteAsync);

/// <summary>Route table of /api/v1/exports.</summary>
public sealed class ExportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/exports").WithTags("Exports");

        group.MapGet("/businesses", async ([AsParameters] ExportBusinesses.Query query, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(query, ct);
                return TypedResults.Stream(stream => file.WriteAsync(stream, ct), file.ContentType, file.FileName);
            })
            .WithName(nameof(ExportBusinesses))
            .WithSummary("Download the business list as CSV or XLSX (same filters and sort as the list)")
            .WithDescription("format=csv|xlsx plus q, kecamatan, scale, sector, status, ekatalogStatus and sort as in GET /api/v1/businesses. NIK, phone, address and e-mail are masked for roles that may not see personal data.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);
    }
}
