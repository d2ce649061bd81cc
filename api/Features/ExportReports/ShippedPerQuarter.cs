using MedanUmkm.Api.Domain;
using FluentValidation;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>Cases shipped per calendar quarter (the date they moved to shipped), with their estimated value.</summary>
public static class ShippedPerQuarter
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/shipped-per-quarter", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ShippedPerQuarter))
        .WithSummary("Export cases shipped per quarter, with their estimated value")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Year" example="2026">Only this year; all years when absent.</param>
    public sealed record Query(int? Year = null) : IQuery<IReadOnlyList<QuarterRow>>;

    /// <param name="Quarter" example="2026-Q3">Year and quarter.</param>
    /// <param name="Year">Calendar year.</param>
    /// <param name="QuarterOfYear">1 to 4.</param>
    /// <param name="CasesShipped">Cases that moved to shipped in the quarter.</param>
    /// <param name="EstimatedValueIdr">Their estimated value in rupiah.</param>
    /// <param name="EstimatedValueUsd">Their estimated value in US dollars.</param>
    public sealed record QuarterRow(string Quarter, int Year, int QuarterOfYear, int CasesShipped, long EstimatedValueIdr, decimal EstimatedValueUsd);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
    }

    public sealed class Row
    {
        public int ExportCaseId { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public long EstimatedValueIdr { get; init; }
        public long EstimatedValueUsdCents { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<QuarterRow>>
    {
        private const string Sql = """
            SELECT t.ExportCaseId, t.OccurredAt, c.EstimatedValueIdr, c.EstimatedValueUsdCents
            FROM ExportCaseTimeline t
            JOIN ExportCases c ON c.Id = t.ExportCaseId
            WHERE t.Kind = 'stage_changed' AND t.ToStage = 'shipped'
            """;

        public async ValueTask<IReadOnlyList<QuarterRow>> Handle(Query query, CancellationToken ct)
        {
            // A case ships once: its first move to shipped counts.
            var shipped = (await db.QueryAsync<Row>(Sql, null, ct))
                .GroupBy(r => r.ExportCaseId).Select(g => g.MinBy(r => r.OccurredAt)!)
                .Select(r => (Row: r, Day: OfficeTime.DateOf(r.OccurredAt)))
                .Where(r => query.Year is null || r.Day.Year == query.Year);
            // Years and quarters are WIB ones: a shipment at 31 December 20:00 UTC counts in Q1 of the next year.
            return shipped
                .GroupBy(r => (r.Day.Year, Q: OfficeTime.QuarterNumber(r.Day)), r => r.Row)
                .OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Q)
                .Select(g => new QuarterRow($"{g.Key.Year}-Q{g.Key.Q}", g.Key.Year, g.Key.Q, g.Count(),
                    g.Sum(r => r.EstimatedValueIdr), g.Sum(r => r.EstimatedValueUsdCents) / 100m))
                .ToList();
        }
    }
}
