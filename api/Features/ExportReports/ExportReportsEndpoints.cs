using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>Route table of /api/v1/export-reports.</summary>
public sealed class ExportReportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export-reports").WithTags("Export reports");

        group.MapGet("/open-cases-by-stage", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new OpenCasesByStage.Query(), ct)))
            .WithName(nameof(OpenCasesByStage))
            .WithSummary("Open export cases per stage and commodity, with the overdue count per stage")
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/stage-durations", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new StageDurations.Query(), ct)))
            .WithName(nameof(StageDurations))
            .WithSummary("Median days per stage against its target, and where cases are stuck now")
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/shipped-per-quarter", async ([AsParameters] ShippedPerQuarter.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ShippedPerQuarter))
            .WithSummary("Export cases shipped per quarter, with their estimated value")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/value-by-commodity", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ExportValueByCommodity.Query(), ct)))
            .WithName(nameof(ExportValueByCommodity))
            .WithSummary("Export value assisted per commodity (all cases not rejected or withdrawn, and shipped ones)")
            .RequireAuthorization(Policies.StaffRead);
    }
}
