using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Adds a production plot to an EU-bound coffee, rubber or palm oil case: a GeoJSON point or polygon (or
/// latitude and longitude), checked with NetTopologySuite; a polygon's area is computed, a point's declared
/// (at most 4 ha, above that the polygon is required).
/// </summary>
public static class AddExportCasePlot
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/plots", async (string id, [FromBody] PlotInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(ExportCaseSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/export-cases/{id}/plots/{created.Id}", created);
            })
        .WithName(nameof(AddExportCasePlot))
        .WithSummary("Add a production plot (GeoJSON point or polygon, WGS84)")
        .WithDescription("400 with the field and a code: plot_polygon_required (a point above 4 ha), plot_self_intersection, plot_ring_not_closed, " +
                         "plot_out_of_range, plot_geometry_type, plot_point_area_required. 409 plot_not_eudr when the case is not EU-bound coffee, rubber or palm oil.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.ExportCasesWrite);

    public sealed record Command(int CaseId, PlotInput Body) : ICommand<ExportCasePlotResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PlotInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCasePlotResponse>
    {
        private const string InsertSql = """
            INSERT INTO ExportCasePlots (ExportCaseId, ProducerName, ProductionPlace, CountryCode, Region, ProductionFrom, ProductionTo,
                GeometryType, Geometry, AreaHa, CreatedAt, UpdatedAt, Version)
            VALUES (@CaseId, @ProducerName, @ProductionPlace, @CountryCode, @Region, @ProductionFrom, @ProductionTo,
                @GeometryType, @Geometry, @AreaHa, @Now, @Now, 1)
            """;

        public async ValueTask<ExportCasePlotResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, command.CaseId, now, options.Value.Targets, ct);
            ExportCaseSql.EnsureOpen(c);
            ExportPlotSql.EnsureEudrCase(c);
            var input = command.Body;
            var (plot, area) = ExportPlotSql.Check(input);
            var id = await db.InsertAsync(InsertSql, new
            {
                command.CaseId, ProducerName = input.ProducerName.Trim(), ProductionPlace = input.ProductionPlace.Trim(),
                CountryCode = input.CountryCode ?? "ID", Region = input.Region.Trim(), input.ProductionFrom, input.ProductionTo,
                GeometryType = plot.Type, Geometry = plot.GeoJson, AreaHa = area, Now = now,
            }, ct);
            var created = await ExportPlotSql.LoadAsync(db, command.CaseId, id, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.CaseId, now, "plot_added", null, null, null, null, ct, detail: created.ProductionPlace);
            await audit.RecordAsync("export_case_plot", created.Id, "added", null, created, ct);
            return created;
        }
    }
}
