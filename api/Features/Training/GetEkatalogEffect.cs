using MedanUmkm.Api.Domain;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// Do trained businesses go on to be listed in the e-katalog? Among businesses that attended a session starting in
/// [from, to] (first such attendance = T), the share listed within 6 months after T, against the share of the other
/// active businesses listed within 6 months after "from". Businesses already listed at T (or at "from") are left out
/// of each group. Defaults: the last 8 quarters (Jakarta) up to today.
/// </summary>
/// <remarks>
/// The listing date is the business's first transition to 'listed' in the e-katalog history (EkatalogTransitions),
/// so later edits of the business do not move it; the response names that source (listingDateSource).
/// </remarks>
public static class GetEkatalogEffect
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/ekatalog-effect", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(GetEkatalogEffect))
        .WithSummary("Share of trained vs. untrained businesses listed in the e-katalog within 6 months")
        .WithDescription("Listing date is approximated by the business's last update while its e-katalog status is listed (listingDateSource says so) until the e-katalog transition history exists.")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="From" example="2025-01-01">First Jakarta date of attendance (inclusive).</param>
    /// <param name="To" example="2026-12-31">Last Jakarta date of attendance (inclusive).</param>
    public sealed record Query(string? From = null, string? To = null) : IQuery<Response>, ITrainingDateRange;

    public sealed record Group(
        int Businesses, int AlreadyListed, int Eligible, int ListedWithin6Months, int StillObserving, double? ShareListed);

    /// <param name="From">First Jakarta date of the attendance window.</param>
    /// <param name="To">Last Jakarta date of the attendance window.</param>
    /// <param name="Trained">Businesses that attended a session in the window.</param>
    /// <param name="NotTrained">The other active businesses.</param>
    /// <param name="Difference">trained.shareListed - notTrained.shareListed.</param>
    /// <param name="ListingDateSource" example="ekatalog_transitions">Where the listing date comes from.</param>
    public sealed record Response(DateOnly From, DateOnly To, Group Trained, Group NotTrained, double? Difference, string ListingDateSource);

    public const int Months = 6;
    public const string ListingDateSource = "ekatalog_transitions";

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddDateRangeRules();
    }

    public sealed class Row
    {
        public int BusinessId { get; init; }
        public DateTimeOffset? FirstAttendedAt { get; init; }
        public DateTimeOffset? ListedAt { get; init; }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        /// <summary>One row per active business: its first attended session in the window, and when it was first listed.</summary>
        public const string ListingSql = """
            SELECT b.Id AS BusinessId,
                   (SELECT MIN(s.StartsAt) FROM TrainingRegistrations r JOIN TrainingSessions s ON s.Id = r.SessionId
                    WHERE r.BusinessId = b.Id AND r.Attended = 1 AND s.StartsAt >= @FromUtc AND s.StartsAt < @ToUtc) AS FirstAttendedAt,
                   (SELECT MIN(t.OccurredAt) FROM EkatalogTransitions t
                    WHERE t.BusinessId = b.Id AND t.ToStatus = 'listed') AS ListedAt
            FROM Businesses b
            WHERE b.Status = 'active'
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var today = OfficeTime.Today(clock);
            var to = OfficeTime.ParseDate(query.To) ?? today;
            var from = OfficeTime.ParseDate(query.From) ?? OfficeTime.QuarterStart(today, 7);
            var fromUtc = OfficeTime.StartOfDayUtc(from);
            var rows = await db.QueryAsync<Row>(ListingSql, new { FromUtc = fromUtc, ToUtc = OfficeTime.StartOfDayUtc(to.AddDays(1)) }, ct);
            var now = clock.GetUtcNow();
            var trained = Measure(rows.Where(r => r.FirstAttendedAt is not null).Select(r => (r.FirstAttendedAt!.Value, r.ListedAt)), now);
            var notTrained = Measure(rows.Where(r => r.FirstAttendedAt is null).Select(r => (fromUtc, r.ListedAt)), now);
            return new Response(from, to, trained, notTrained,
                trained.ShareListed is { } a && notTrained.ShareListed is { } b ? Math.Round(a - b, 4) : null, ListingDateSource);
        }

        /// <summary>Each business with its reference date T: listed at or before T is left out; listed in (T, T+6 months] counts.</summary>
        private static Group Measure(IEnumerable<(DateTimeOffset Since, DateTimeOffset? ListedAt)> businesses, DateTimeOffset now)
        {
            int count = 0, already = 0, listed = 0, observing = 0;
            foreach (var (since, listedAt) in businesses)
            {
                count++;
                if (listedAt is { } l && l <= since) { already++; continue; }
                if (listedAt is { } m && m <= since.AddMonths(Months)) listed++;
                else if (since.AddMonths(Months) > now) observing++;
            }
            var eligible = count - already;
            return new Group(count, already, eligible, listed, observing, eligible == 0 ? null : Math.Round((double)listed / eligible, 4));
        }
    }
}
