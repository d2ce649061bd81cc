using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// Attendance per session and per quarter for sessions starting between from and to (Jakarta dates; both optional).
/// attendanceRate = attended / (attended + absent), over confirmed seats whose attendance was recorded; cancelled
/// sessions are left out.
/// </summary>
public static class GetAttendanceReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/attendance", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(GetAttendanceReport))
        .WithSummary("Attendance rate per session and per quarter")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="From" example="2026-01-01">First Jakarta date (inclusive).</param>
    /// <param name="To" example="2026-12-31">Last Jakarta date (inclusive).</param>
    public sealed record Query(string? From = null, string? To = null) : IQuery<Response>, ITrainingDateRange;

    public sealed record Counts(int Confirmed, int Attended, int Absent, int NotRecorded, double? AttendanceRate);

    public sealed record SessionLine(string SessionId, string Title, TrainingTopic Topic, string Quarter, DateTimeOffset StartsAt,
        TrainingStatus Status, int Capacity, Counts Counts);

    public sealed record QuarterLine(string Quarter, int Sessions, Counts Counts);

    public sealed record Response(DateOnly? From, DateOnly? To, IReadOnlyList<SessionLine> Sessions, IReadOnlyList<QuarterLine> Quarters, Counts Overall);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddDateRangeRules();
    }

    public sealed class Row
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Topic { get; init; } = "";
        public string Quarter { get; init; } = "";
        public DateTimeOffset StartsAt { get; init; }
        public string Status { get; init; } = "";
        public int Capacity { get; init; }
        public int Confirmed { get; init; }
        public int Attended { get; init; }
        public int Absent { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, Response>
    {
        private const string Select = """
            SELECT s.Id, s.Title, s.Topic, s.Quarter, s.StartsAt, s.Status, s.Capacity,
                   COALESCE(SUM(CASE WHEN r.Status = 'confirmed' THEN 1 ELSE 0 END), 0) AS Confirmed,
                   COALESCE(SUM(CASE WHEN r.Status = 'confirmed' AND r.Attended = 1 THEN 1 ELSE 0 END), 0) AS Attended,
                   COALESCE(SUM(CASE WHEN r.Status = 'confirmed' AND r.Attended = 0 THEN 1 ELSE 0 END), 0) AS Absent
            FROM TrainingSessions s
            LEFT JOIN TrainingRegistrations r ON r.SessionId = s.Id
            """;

        private const string GroupOrder = """
            GROUP BY s.Id, s.Title, s.Topic, s.Quarter, s.StartsAt, s.Status, s.Capacity
            ORDER BY s.StartsAt, s.Id
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var from = OfficeTime.ParseDate(query.From);
            var to = OfficeTime.ParseDate(query.To);
            var conditions = new List<string> { "s.Status <> 'cancelled'" };
            if (from is not null) conditions.Add("s.StartsAt >= @FromUtc");
            if (to is not null) conditions.Add("s.StartsAt < @ToUtc");
            var sql = $"{Select}\nWHERE {string.Join(" AND ", conditions)}\n{GroupOrder}";
            var rows = await db.QueryAsync<Row>(sql, new
            {
                FromUtc = from is { } f ? OfficeTime.StartOfDayUtc(f) : (DateTimeOffset?)null,
                ToUtc = to is { } t ? OfficeTime.StartOfDayUtc(t.AddDays(1)) : (DateTimeOffset?)null,
            }, ct);

            var sessions = rows.Select(r => new SessionLine(r.Id.ToString(CultureInfo.InvariantCulture), r.Title, EnumText.Parse<TrainingTopic>(r.Topic), r.Quarter,
                OfficeTime.ToOffice(r.StartsAt), EnumText.Parse<TrainingStatus>(r.Status), r.Capacity,
                Sum([r]))).ToList();
            var quarters = rows.GroupBy(r => r.Quarter).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new QuarterLine(g.Key, g.Count(), Sum(g))).ToList();
            return new Response(from, to, sessions, quarters, Sum(rows));
        }

        private static Counts Sum(IEnumerable<Row> rows)
        {
            int confirmed = 0, attended = 0, absent = 0;
            foreach (var r in rows)
            {
                confirmed += r.Confirmed;
                attended += r.Attended;
                absent += r.Absent;
            }
            var recorded = attended + absent;
            return new Counts(confirmed, attended, absent, confirmed - recorded,
                recorded == 0 ? null : Math.Round((double)attended / recorded, 4));
        }
    }
}
