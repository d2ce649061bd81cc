using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>
/// Export value assisted per commodity: cases and estimated value of every case not rejected or
/// withdrawn, and of those that have shipped.
/// </summary>
public static class ExportValueByCommodity
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/value-by-commodity", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(ExportValueByCommodity))
        .WithSummary("Export value assisted per commodity (all cases not rejected or withdrawn, and shipped ones)")
        .RequireAuthorization(Policies.ReportsRead);

    public sealed record Query : IQuery<IReadOnlyList<CommodityRow>>;

    /// <param name="Commodity">The commodity.</param>
    /// <param name="Cases">All cases of the commodity.</param>
    /// <param name="OpenCases">Still open.</param>
    /// <param name="ShippedCases">Shipped, in post-export or closed.</param>
    /// <param name="AssistedValueIdr">Estimated value of cases not rejected or withdrawn.</param>
    /// <param name="AssistedValueUsd">The same in US dollars.</param>
    /// <param name="ShippedValueIdr">Estimated value of shipped cases.</param>
    /// <param name="ShippedValueUsd">The same in US dollars.</param>
    public sealed record CommodityRow(Commodity Commodity, int Cases, int OpenCases, int ShippedCases,
        long AssistedValueIdr, decimal AssistedValueUsd, long ShippedValueIdr, decimal ShippedValueUsd);

    public sealed class Row
    {
        public string Commodity { get; init; } = "";
        public string Stage { get; init; } = "";
        public int Cases { get; init; }
        public long ValueIdr { get; init; }
        public long ValueUsdCents { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<CommodityRow>>
    {
        private const string Sql = """
            SELECT c.Commodity, c.Stage, COUNT(*) AS Cases, SUM(c.EstimatedValueIdr) AS ValueIdr, SUM(c.EstimatedValueUsdCents) AS ValueUsdCents
            FROM ExportCases c
            GROUP BY c.Commodity, c.Stage
            """;

        public async ValueTask<IReadOnlyList<CommodityRow>> Handle(Query query, CancellationToken ct)
        {
            var rows = (await db.QueryAsync<Row>(Sql, null, ct))
                .Select(r => (Commodity: EnumText.Parse<Commodity>(r.Commodity), Stage: EnumText.Parse<ExportStage>(r.Stage), r.Cases, r.ValueIdr, r.ValueUsdCents))
                .ToList();
            return Enum.GetValues<Commodity>().Select(commodity =>
            {
                var mine = rows.Where(r => r.Commodity == commodity).ToList();
                var assisted = mine.Where(r => r.Stage is not (ExportStage.Rejected or ExportStage.Withdrawn)).ToList();
                var shipped = mine.Where(r => StageFlow.HasShipped(r.Stage)).ToList();
                return new CommodityRow(commodity, mine.Sum(r => r.Cases), mine.Where(r => StageFlow.IsOpen(r.Stage)).Sum(r => r.Cases),
                    shipped.Sum(r => r.Cases), assisted.Sum(r => r.ValueIdr), assisted.Sum(r => r.ValueUsdCents) / 100m,
                    shipped.Sum(r => r.ValueIdr), shipped.Sum(r => r.ValueUsdCents) / 100m);
            }).ToList();
        }
    }
}
