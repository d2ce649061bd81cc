using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The case's EUDR production plots, oldest first.</summary>
public static class ListExportCasePlots
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/plots", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ExportCaseSql.ParseId(id)), ct))
        .WithName(nameof(ListExportCasePlots))
        .WithSummary("The case's production plots (EUDR geolocation) with geometry and area")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int Id) : IQuery<IReadOnlyList<ExportCasePlotResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<ExportCasePlotResponse>>
    {
        public async ValueTask<IReadOnlyList<ExportCasePlotResponse>> Handle(Query query, CancellationToken ct)
        {
            if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCases WHERE Id = @Id", new { query.Id }, ct) == 0)
                throw new NotFoundException("ExportCase", ExportCaseSql.IdText(query.Id));
            return (await db.QueryAsync<ExportPlotSql.Row>(ExportPlotSql.OfCase, new { CaseId = query.Id }, ct)).Select(ExportPlotSql.ToResponse).ToList();
        }
    }
}
