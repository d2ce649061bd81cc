using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>Production plots mapped (EUDR geolocation) per commodity: plots, points, polygons, hectares and cases.</summary>
public static class PlotsByCommodity
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/plots-by-commodity", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(PlotsByCommodity))
        .WithSummary("Production plots mapped per commodity: plots, points, polygons, hectares and cases with plots")
        .RequireAuthorization(Policies.ReportsRead);

    public sealed record Query : IQuery<IReadOnlyList<Row>>;

    /// <param name="Commodity">coffee, rubber, palm_oil or palm_oil_derivative (every EUDR commodity, zero included).</param>
    /// <param name="Plots">Plots recorded.</param>
    /// <param name="Points">Of those, points (up to 4 ha).</param>
    /// <param name="Polygons">Of those, polygons.</param>
    /// <param name="AreaHa">Hectares mapped.</param>
    /// <param name="Cases">Cases with at least one plot.</param>
    public sealed record Row(string Commodity, int Plots, int Points, int Polygons, decimal AreaHa, int Cases);

    public sealed class SqlRow
    {
        public string Commodity { get; init; } = "";
        public string GeometryType { get; init; } = "";
        public int Plots { get; init; }
        public decimal AreaHa { get; init; }
        public int Cases { get; init; }
    }

    private const string Sql = """
        SELECT c.Commodity, p.GeometryType, COUNT(*) AS Plots, SUM(p.AreaHa) * 1.0 AS AreaHa, COUNT(DISTINCT p.ExportCaseId) AS Cases
        FROM ExportCasePlots p
        JOIN ExportCases c ON c.Id = p.ExportCaseId
        GROUP BY c.Commodity, p.GeometryType
        """;

    private const string CasesSql = """
        SELECT c.Commodity, COUNT(DISTINCT p.ExportCaseId) AS Cases
        FROM ExportCasePlots p
        JOIN ExportCases c ON c.Id = p.ExportCaseId
        GROUP BY c.Commodity
        """;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Row>>
    {
        public async ValueTask<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct)
        {
            var rows = (await db.QueryAsync<SqlRow>(Sql, null, ct)).ToList();
            var cases = (await db.QueryAsync<SqlRow>(CasesSql, null, ct)).ToDictionary(r => r.Commodity, r => r.Cases);
            string[] commodities = ["coffee", "rubber", "palm_oil", "palm_oil_derivative"];
            return commodities.Select(c =>
            {
                var of = rows.Where(r => r.Commodity == c).ToList();
                return new Row(c, of.Sum(r => r.Plots), of.Where(r => r.GeometryType == "point").Sum(r => r.Plots),
                    of.Where(r => r.GeometryType == "polygon").Sum(r => r.Plots), decimal.Round(of.Sum(r => r.AreaHa), 4), cases.GetValueOrDefault(c));
            }).ToList();
        }
    }
}
