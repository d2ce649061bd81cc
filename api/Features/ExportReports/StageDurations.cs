using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>
/// How long cases spend in each stage: the median of completed stays (from the timeline's stage
/// moves), against the target, and the cases in the stage now with the longest current stay.
/// </summary>
public static class StageDurations
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/stage-durations", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(StageDurations))
        .WithSummary("Median days per stage against its target, and where cases are stuck now")
        .RequireAuthorization(Policies.ReportsRead);

    public sealed record Query : IQuery<IReadOnlyList<StageRow>>;

    /// <param name="Stage">An open stage.</param>
    /// <param name="CompletedStays">Stays in the stage that have ended (the case moved on).</param>
    /// <param name="MedianDays">Median length of those stays in days (one decimal); null without any.</param>
    /// <param name="TargetDays">The stage's target.</param>
    /// <param name="CurrentCases">Open cases in the stage now.</param>
    /// <param name="OverdueCases">Of those, overdue.</param>
    /// <param name="LongestCurrentDays">Longest current stay in whole days; null when the stage is empty.</param>
    public sealed record StageRow(ExportStage Stage, int CompletedStays, double? MedianDays, int? TargetDays,
        int CurrentCases, int OverdueCases, int? LongestCurrentDays);

    public sealed class MoveRow
    {
        public int ExportCaseId { get; init; }
        public string? ToStage { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options) : IQueryHandler<Query, IReadOnlyList<StageRow>>
    {
        private const string Sql = """
            SELECT t.ExportCaseId, t.ToStage, t.OccurredAt
            FROM ExportCaseTimeline t
            WHERE t.Kind IN ('opened', 'stage_changed')
            ORDER BY t.ExportCaseId, t.Id
            """;

        public async ValueTask<IReadOnlyList<StageRow>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var targets = options.Value.Targets;
            var moves = await db.QueryAsync<MoveRow>(Sql, null, ct);
            var completed = new Dictionary<ExportStage, List<double>>();
            var current = new Dictionary<ExportStage, List<StageClock>>();
            foreach (var perCase in moves.GroupBy(m => m.ExportCaseId))
            {
                var list = perCase.ToList();
                for (var i = 0; i < list.Count; i++)
                {
                    var stage = EnumText.Parse<ExportStage>(list[i].ToStage!);
                    if (i + 1 < list.Count)
                    {
                        if (!completed.TryGetValue(stage, out var stays)) completed[stage] = stays = [];
                        stays.Add((list[i + 1].OccurredAt - list[i].OccurredAt).TotalDays);
                    }
                    else if (StageFlow.IsOpen(stage))
                    {
                        if (!current.TryGetValue(stage, out var now_)) current[stage] = now_ = [];
                        now_.Add(StageClock.Of(stage, list[i].OccurredAt, now, targets));
                    }
                }
            }
            return StageFlow.Forward.Where(StageFlow.IsOpen).Select(stage =>
            {
                var stays = completed.GetValueOrDefault(stage) ?? [];
                var here = current.GetValueOrDefault(stage) ?? [];
                return new StageRow(stage, stays.Count, Median(stays), targets.TryGetValue(stage, out var t) ? t : null,
                    here.Count, here.Count(c => c.IsOverdue), here.Count == 0 ? null : here.Max(c => c.DaysInStage));
            }).ToList();
        }

        public static double? Median(IReadOnlyList<double> values)
        {
            if (values.Count == 0) return null;
            var sorted = values.Order().ToList();
            var mid = sorted.Count / 2;
            var median = sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            return Math.Round(median, 1);
        }
    }
}
