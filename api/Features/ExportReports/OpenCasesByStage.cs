using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>Open cases per stage and commodity, with how many are overdue in each stage.</summary>
public static class OpenCasesByStage
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/open-cases-by-stage", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(OpenCasesByStage))
        .WithSummary("Open export cases per stage and commodity, with the overdue count per stage")
        .RequireAuthorization(Policies.ReportsRead);

    public sealed record Query : IQuery<Response>;

    /// <param name="Stage">An open stage.</param>
    /// <param name="Total">Open cases in the stage.</param>
    /// <param name="Overdue">Of those, longer in the stage than its target.</param>
    /// <param name="TargetDays">The stage's target.</param>
    /// <param name="ByCommodity">Counts per commodity (every commodity present, zero included).</param>
    public sealed record StageRow(ExportStage Stage, int Total, int Overdue, int? TargetDays, IReadOnlyDictionary<string, int> ByCommodity);

    public sealed record Response(IReadOnlyList<StageRow> Items, int TotalOpen, int TotalOverdue);

    public sealed class Row
    {
        public string Stage { get; init; } = "";
        public string Commodity { get; init; } = "";
        public DateTimeOffset StageEnteredAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options) : IQueryHandler<Query, Response>
    {
        private static readonly string Sql = $"""
            SELECT c.Stage, c.Commodity, c.StageEnteredAt
            FROM ExportCases c
            WHERE c.Stage IN ({string.Join(", ", Enum.GetValues<ExportStage>().Where(StageFlow.IsOpen).Select(s => $"'{EnumText.Of(s)}'"))})
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var targets = options.Value.Targets;
            var rows = (await db.QueryAsync<Row>(Sql, null, ct))
                .Select(r => (Stage: EnumText.Parse<ExportStage>(r.Stage), r.Commodity, r.StageEnteredAt)).ToList();
            var items = StageFlow.Forward.Where(StageFlow.IsOpen).Select(stage =>
            {
                var inStage = rows.Where(r => r.Stage == stage).ToList();
                return new StageRow(stage, inStage.Count,
                    inStage.Count(r => StageClock.Of(stage, r.StageEnteredAt, now, targets).IsOverdue),
                    targets.TryGetValue(stage, out var t) ? t : null,
                    EnumText.All<Commodity>().ToDictionary(c => c, c => inStage.Count(r => r.Commodity == c)));
            }).ToList();
            return new Response(items, items.Sum(i => i.Total), items.Sum(i => i.Overdue));
        }
    }
}
