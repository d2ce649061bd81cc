using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Removes a production plot (If-Match on the plot).</summary>
public static class DeleteExportCasePlot
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{plotId}", async (string id, string plotId, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(ExportCaseSql.ParseId(id), ExportPlotSql.ParsePlotId(plotId), version), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(DeleteExportCasePlot))
        .WithSummary("Delete a production plot (If-Match required)")
        .RequireAuthorization(Policies.ExportCasesWrite);

    public sealed record Command(int CaseId, int PlotId, int ExpectedVersion) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            await UpdateExportCasePlot.Handler.ClaimAsync(db, command.CaseId, command.PlotId, command.ExpectedVersion, now, ct);
            var c = await ExportCaseSql.LoadAsync(db, command.CaseId, now, options.Value.Targets, ct);
            ExportCaseSql.EnsureOpen(c);
            var before = await ExportPlotSql.LoadAsync(db, command.CaseId, command.PlotId, ct);
            await db.ExecuteAsync("DELETE FROM ExportCasePlots WHERE Id = @Id", new { Id = command.PlotId }, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.CaseId, now, "plot_deleted", null, null, null, null, ct, detail: before.ProductionPlace);
            await audit.RecordAsync("export_case_plot", before.Id, "deleted", before, null, ct);
            return Unit.Value;
        }
    }
}
