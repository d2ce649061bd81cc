using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Replaces a production plot (If-Match on the plot); the same checks as adding one.</summary>
public static class UpdateExportCasePlot
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{plotId}", (string id, string plotId, ExpectedVersion version, [FromBody] PlotInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ExportCaseSql.ParseId(id), ExportPlotSql.ParsePlotId(plotId), version, body), ct))
        .WithName(nameof(UpdateExportCasePlot))
        .WithSummary("Replace a production plot (If-Match required)")
        .RequireAuthorization(Policies.ExportCasesWrite);

    public sealed record Command(int CaseId, int PlotId, int ExpectedVersion, PlotInput Body) : ICommand<ExportCasePlotResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new PlotInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCasePlotResponse>
    {
        private const string ClaimSql = """
            UPDATE ExportCasePlots SET Version = Version + 1, UpdatedAt = @Now
            WHERE Id = @Id AND ExportCaseId = @CaseId AND Version = @ExpectedVersion
            """;

        private const string UpdateSql = """
            UPDATE ExportCasePlots SET ProducerName = @ProducerName, ProductionPlace = @ProductionPlace, CountryCode = @CountryCode,
                Region = @Region, ProductionFrom = @ProductionFrom, ProductionTo = @ProductionTo, GeometryType = @GeometryType,
                Geometry = @Geometry, AreaHa = @AreaHa
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCasePlotResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            await ClaimAsync(db, command.CaseId, command.PlotId, command.ExpectedVersion, now, ct);
            var c = await ExportCaseSql.LoadAsync(db, command.CaseId, now, options.Value.Targets, ct);
            ExportCaseSql.EnsureOpen(c);
            var before = await ExportPlotSql.LoadAsync(db, command.CaseId, command.PlotId, ct);
            var input = command.Body;
            var (plot, area) = ExportPlotSql.Check(input);
            await db.ExecuteAsync(UpdateSql, new
            {
                Id = command.PlotId, ProducerName = input.ProducerName.Trim(), ProductionPlace = input.ProductionPlace.Trim(),
                CountryCode = input.CountryCode ?? "ID", Region = input.Region.Trim(), input.ProductionFrom, input.ProductionTo,
                GeometryType = plot.Type, Geometry = plot.GeoJson, AreaHa = area,
            }, ct);
            var after = await ExportPlotSql.LoadAsync(db, command.CaseId, command.PlotId, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.CaseId, now, "plot_updated", null, null, null, null, ct, detail: after.ProductionPlace);
            await audit.RecordAsync("export_case_plot", after.Id, "updated", before, after, ct);
            return after;
        }

        /// <summary>Bumps the plot's version if still the one read (first write of the command); 404 or 412 otherwise.</summary>
        public static async Task ClaimAsync(DbSession db, int caseId, int plotId, int expectedVersion, DateTimeOffset now, CancellationToken ct)
        {
            if (await db.ExecuteAsync(ClaimSql, new { Id = plotId, CaseId = caseId, ExpectedVersion = expectedVersion, Now = now }, ct) == 1) return;
            var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCasePlots WHERE Id = @Id AND ExportCaseId = @CaseId",
                new { Id = plotId, CaseId = caseId }, ct);
            var text = plotId.ToString(CultureInfo.InvariantCulture);
            throw exists == 0 ? new NotFoundException("ExportCasePlot", text) : new PreconditionFailedException("ExportCasePlot", text);
        }
    }
}
