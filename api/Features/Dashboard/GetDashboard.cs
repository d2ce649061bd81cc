using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Dashboard;

/// <summary>
/// The office's dashboard in one call, every figure computed by SQL aggregation in one round trip:
/// fostered businesses, e-katalog coverage against the 1,825 target, the listing funnel,
/// readiness (most common missing requirement), businesses per kecamatan and scale, this
/// quarter's trainings and attendance, open export cases by stage and overdue. Optionally for one
/// kecamatan.
/// </summary>
public static class GetDashboard
{
    /// <summary>
    /// Mapped on /api/v1 itself (no group of its own): its place among the routes mapped that way
    /// keeps the document's order of other areas' routes as it was.
    /// </summary>
    public static void Map(IEndpointRouteBuilder api) => api
        .MapGet("/dashboard", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithTags("Dashboard")
        .WithName(nameof(GetDashboard))
        .WithSummary("The office's dashboard in one call (optionally for one kecamatan)")
        .RequireAuthorization(Policies.DashboardRead);

    /// <param name="Kecamatan" example="12.71.01">Limit every figure to one kecamatan.</param>
    public sealed record Query(string? Kecamatan = null) : IQuery<Response>;

    /// <param name="Listed" example="200">Active businesses listed in the e-katalog.</param>
    /// <param name="Target" example="1825">Businesses the office aims to list: the 1,825 registered city-wide; for one kecamatan, its active fostered businesses.</param>
    /// <param name="SharePercent" example="11">listed / target, in percent (one decimal; 0 when the target is 0).</param>
    /// <param name="TargetLinePercent" example="25">This year's listing goal as a share of the target (the chart's target line).</param>
    /// <param name="YearTarget" example="456">This year's listing goal in businesses: target x target line, rounded.</param>
    /// <param name="YearTargetSharePercent" example="43.9">listed / this year's goal, in percent (one decimal; 0 when the goal is 0; above 100 once it is passed).</param>
    public sealed record Coverage(int Listed, int Target, double SharePercent, double TargetLinePercent, int YearTarget, double YearTargetSharePercent);

    /// <param name="Status" example="listed">E-katalog status.</param>
    /// <param name="Count" example="200">Businesses in that status.</param>
    public sealed record FunnelStep(EkatalogStatus Status, int Count);

    public sealed record KecamatanCount(string Code, string Name, int Businesses, int Listed);

    public sealed record ScaleCount(BusinessScale Scale, int Count);

    /// <param name="Code" example="kswp">Readiness requirement code (as in ?missing= of /ekatalog-readiness).</param>
    /// <param name="Count" example="312">Active, not yet listed businesses missing it.</param>
    public sealed record MissingCount(string Code, int Count);

    /// <param name="ReadyNotListed">Active businesses that meet every requirement but are not listed yet.</param>
    /// <param name="AlmostReady">Active, not listed businesses missing exactly one requirement.</param>
    /// <param name="MostCommonMissing" example="kswp">The requirement most often missing (null when none is).</param>
    /// <param name="MissingByRequirement">Per requirement, how many not-yet-listed businesses miss it, most first.</param>
    public sealed record ReadinessSummary(int ReadyNotListed, int AlmostReady, string? MostCommonMissing, IReadOnlyList<MissingCount> MissingByRequirement);

    /// <param name="Code" example="halal">Requirement code.</param>
    /// <param name="EffectiveFrom" example="2026-10-17">When the coming version takes effect.</param>
    /// <param name="BusinessesBlocked" example="412">Active businesses that meet the requirement today but will miss it from that date.</param>
    public sealed record UpcomingRule(string Code, DateOnly EffectiveFrom, int BusinessesBlocked);

    /// <param name="Quarter" example="2026-Q4">The current quarter (Asia/Jakarta).</param>
    /// <param name="Sessions">Sessions this quarter, cancelled ones excluded.</param>
    /// <param name="Registrations">Confirmed seats this quarter.</param>
    /// <param name="Attended">Confirmed seats recorded as attended.</param>
    /// <param name="Absent">Confirmed seats recorded as absent.</param>
    /// <param name="AttendanceRatePercent">attended / (attended + absent); null before any attendance is recorded.</param>
    public sealed record TrainingSummary(string Quarter, int Sessions, int Registrations, int Attended, int Absent, double? AttendanceRatePercent);

    public sealed record StageCount(ExportCases.ExportStage Stage, int Count);

    /// <param name="Open">Cases in an open stage.</param>
    /// <param name="Overdue">Open cases longer in their stage than its target.</param>
    /// <param name="ByStage">Open cases per stage, in workflow order.</param>
    public sealed record ExportCaseSummary(int Open, int Overdue, IReadOnlyList<StageCount> ByStage);

    /// <param name="Kecamatan">The kecamatan filter applied, if any.</param>
    /// <param name="FosteredBusinesses">Active fostered businesses.</param>
    /// <param name="InactiveBusinesses">Businesses no longer fostered.</param>
    /// <param name="Coverage">Listed in the e-katalog against the target.</param>
    /// <param name="Funnel">not_started, preparing, submitted, listed (then rejected and delisted).</param>
    /// <param name="ByKecamatan">Businesses and listed per kecamatan (all 21, zero included).</param>
    /// <param name="ByScale">Businesses per scale.</param>
    /// <param name="Readiness">E-katalog readiness of the businesses not yet listed.</param>
    /// <param name="Training">This quarter's trainings (sessions held in the kecamatan when filtered).</param>
    /// <param name="ExportCases">Open export assistance cases (of businesses in the kecamatan when filtered).</param>
    /// <param name="Upcoming">Coming e-katalog rule versions and how many businesses each will block.</param>
    public sealed record Response(
        string? Kecamatan,
        int FosteredBusinesses,
        int InactiveBusinesses,
        Coverage Coverage,
        IReadOnlyList<FunnelStep> Funnel,
        IReadOnlyList<KecamatanCount> ByKecamatan,
        IReadOnlyList<ScaleCount> ByScale,
        ReadinessSummary Readiness,
        TrainingSummary Training,
        ExportCaseSummary ExportCases,
        IReadOnlyList<UpcomingRule> Upcoming);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Kecamatan).Must(KecamatanRules.Codes.Contains!)
            .When(q => q.Kecamatan is not null).WithText("kecamatan_code_format");
    }

    private sealed class StatusCount
    {
        public string Key { get; init; } = "";
        public int Count { get; init; }
    }

    /// <summary>One group of businesses with the same status, e-katalog status, scale and kecamatan.</summary>
    private sealed class BusinessGroupRow
    {
        public string Status { get; init; } = "";
        public string EkatalogStatus { get; init; } = "";
        public string Scale { get; init; } = "";
        public string KecamatanCode { get; init; } = "";
        public int Count { get; init; }
    }

    private sealed class MaskCount
    {
        public int Mask { get; init; }
        public int Count { get; init; }
    }

    private sealed class KecamatanName
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
    }

    private sealed class TrainingRow
    {
        public int Sessions { get; init; }
        public int Registrations { get; init; }
        public int Attended { get; init; }
        public int Absent { get; init; }
    }

    public sealed class Handler(DbSession db, IOptions<ExportCases.ExportCaseOptions> exportOptions, IOptions<DashboardOptions> dashboardOptions, TimeProvider clock,
        DashboardCache cache, DataVersion dataVersion)
        : IQueryHandler<Query, Response>
    {
        // One round trip of aggregates; the kecamatan condition is only present when a kecamatan
        // is asked for (never the catch-all "@p IS NULL OR ..." that keeps indexes unused).
        private static readonly ExportCases.ExportStage[] OpenStages =
            Enum.GetValues<ExportCases.ExportStage>().Where(ExportCases.StageFlow.IsOpen).ToArray();

        internal static string Sql(bool byKecamatan)
        {
            var b = byKecamatan ? " AND KecamatanCode = @Kecamatan" : "";
            var k = byKecamatan ? "WHERE k.Code = @Kecamatan" : "";
            var rb = byKecamatan ? " AND b.KecamatanCode = @Kecamatan" : "";
            var ts = byKecamatan ? " AND s.KecamatanCode = @Kecamatan" : "";
            // Export cases need their business only for the kecamatan (every case has one: foreign key).
            var cb = byKecamatan ? " JOIN Businesses b ON b.Id = c.BusinessId" : "";
            // Overdue: per open stage, entered at or before that stage's cutoff (targets from configuration).
            var overdue = string.Join(" OR ", OpenStages.Select((_, i) => $"(c.Stage = @Stage{i} AND c.StageEnteredAt <= @Cutoff{i})"));
            var open = string.Join(", ", OpenStages.Select((_, i) => $"@Stage{i}"));
            return $"""
                SELECT Status, EkatalogStatus, Scale, KecamatanCode, COUNT(*) AS "Count" FROM Businesses
                WHERE 1 = 1{b} GROUP BY Status, EkatalogStatus, Scale, KecamatanCode;
                SELECT k.Code, k.Name FROM Kecamatan k {k} ORDER BY k.Code;
                SELECT ReadinessMask AS Mask, COUNT(*) AS "Count" FROM Businesses
                WHERE Status = 'active' AND EkatalogStatus <> 'listed' AND ReadinessMask IS NOT NULL{b}
                GROUP BY EkatalogStatus, ReadinessMask;
                SELECT (SELECT COUNT(*) FROM TrainingSessions s WHERE s.Quarter = @Quarter AND s.Status <> 'cancelled'{ts}) AS Sessions,
                       COUNT(*) AS Registrations,
                       COALESCE(SUM(CASE WHEN g.Attended = 1 THEN 1 ELSE 0 END), 0) AS Attended,
                       COALESCE(SUM(CASE WHEN g.Attended = 0 THEN 1 ELSE 0 END), 0) AS Absent
                FROM TrainingSessions s JOIN TrainingRegistrations g ON g.SessionId = s.Id AND g.Status = 'confirmed'
                WHERE s.Quarter = @Quarter AND s.Status <> 'cancelled'{ts};
                SELECT c.Stage AS "Key", COUNT(*) AS "Count" FROM ExportCases c{cb}
                WHERE c.Stage IN ({open}){rb} GROUP BY c.Stage;
                SELECT COUNT(*) FROM ExportCases c{cb}
                WHERE ({overdue}){rb};
                SELECT r.UpcomingMissing AS "Key", COUNT(*) AS "Count" FROM BusinessReadiness r JOIN Businesses b ON b.Id = r.BusinessId
                WHERE b.Status = 'active' AND r.UpcomingMissing IS NOT NULL AND r.UpcomingMissing <> '|'{rb}
                GROUP BY r.UpcomingMissing;
                """;
        }

        private static readonly string AllSql = Sql(false);
        private static readonly string KecamatanSql = Sql(true);

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var options = dashboardOptions.Value;
            var now = clock.GetUtcNow();
            // Read before computing: a write committed meanwhile moves it on, so this result is not reused after it.
            var version = dataVersion.Current;
            var maxAge = TimeSpan.FromSeconds(Math.Max(0, options.CacheSeconds));
            if (cache.TryGet(query.Kecamatan, version, now, maxAge) is { } cached) return cached;
            var response = await ComputeAsync(query, options, now, ct);
            if (maxAge > TimeSpan.Zero) cache.Set(query.Kecamatan, version, now, response);
            return response;
        }

        /// <summary>Listed against the whole target and against this year's part of it (issue #18: 200 is 11 % of 1,825 and 44 % of 456).</summary>
        internal static Coverage CoverageOf(int listed, int target, double targetLinePercent)
        {
            var yearTarget = (int)Math.Round(target * targetLinePercent / 100, MidpointRounding.AwayFromZero);
            return new Coverage(listed, target, Percent(listed, target), targetLinePercent, yearTarget, Percent(listed, yearTarget));
        }

        private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);

        private async Task<Response> ComputeAsync(Query query, DashboardOptions options, DateTimeOffset now, CancellationToken ct)
        {
            var targets = exportOptions.Value.Targets;
            var args = new Dapper.DynamicParameters(new { query.Kecamatan, Quarter = OfficeTime.QuarterOf(now) });
            for (var i = 0; i < OpenStages.Length; i++)
            {
                args.Add($"Stage{i}", EnumText.Of(OpenStages[i]));
                // A stage without a target is never overdue: a cutoff before any case existed.
                args.Add($"Cutoff{i}", targets.TryGetValue(OpenStages[i], out var days)
                    ? ExportCases.StageClock.OverdueCutoff(now, days) : DateTimeOffset.UnixEpoch);
            }

            await using var grid = await db.QueryMultipleAsync(query.Kecamatan is null ? AllSql : KecamatanSql, args, ct);
            // The businesses in one pass (an index-only scan of IX_Businesses_Status_Ekatalog), counted here by
            // each dimension, instead of four statements that each visited every business row.
            var groups = (await grid.ReadAsync<BusinessGroupRow>()).ToList();
            var names = (await grid.ReadAsync<KecamatanName>()).ToList();
            var activeGroups = groups.Where(g => g.Status == "active").ToList();
            var status = groups.GroupBy(g => g.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var ekatalog = activeGroups.GroupBy(g => g.EkatalogStatus).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var scale = activeGroups.GroupBy(g => g.Scale).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var kecamatan = names.Select(k => new KecamatanCount(k.Code, k.Name,
                activeGroups.Where(g => g.KecamatanCode == k.Code).Sum(g => g.Count),
                activeGroups.Where(g => g.KecamatanCode == k.Code && g.EkatalogStatus == "listed").Sum(g => g.Count))).ToList();
            // Not yet listed businesses grouped by which requirements they miss (and e-katalog status, the
            // order of IX_Businesses_Status_Ekatalog_Readiness, so no sort): counted per requirement here.
            var masks = (await grid.ReadAsync<MaskCount>()).ToList();
            var training = await grid.ReadSingleAsync<TrainingRow>();
            var stages = (await grid.ReadAsync<StatusCount>()).ToDictionary(r => r.Key, r => r.Count);
            var overdue = await grid.ReadSingleAsync<int>();
            var upcomingRows = (await grid.ReadAsync<StatusCount>()).ToList();
            var blocked = upcomingRows
                .SelectMany(r => Ekatalog.Readiness.Unpipe(r.Key).Select(token => (token, r.Count)))
                .GroupBy(x => x.token).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
            var today = OfficeTime.DateOf(now);
            var catalogue = await Requirements.RequirementCatalogue.LoadAsync(db, Ekatalog.Readiness.Scope, ct);
            var upcoming = catalogue.Rows.Where(v => v.EffectiveFrom > today)
                .Select(v => (v.Code, v.EffectiveFrom)).Distinct().OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Code)
                .Select(v => new UpcomingRule(v.Code, v.EffectiveFrom, blocked.GetValueOrDefault($"{v.Code}@{v.EffectiveFrom:yyyy-MM-dd}")))
                .ToList();

            var listed = ekatalog.GetValueOrDefault(EnumText.Of(EkatalogStatus.Listed));
            // City-wide the goal is every registered fostered business (1,825); one kecamatan's share
            // of that goal is its own active fostered businesses, not the city's total.
            var target = query.Kecamatan is null ? options.ListingTarget : status.GetValueOrDefault("active");
            var missing = Ekatalog.Readiness.Codes.All
                .Select((c, i) => new MissingCount(c, masks.Where(m => Ekatalog.Readiness.IsMissing(m.Mask, i)).Sum(m => m.Count)))
                .OrderByDescending(m => m.Count).ThenBy(m => Array.IndexOf(Ekatalog.Readiness.Codes.All, m.Code)).ToList();
            var marked = training.Attended + training.Absent;
            return new Response(
                query.Kecamatan,
                status.GetValueOrDefault("active"),
                status.GetValueOrDefault("inactive"),
                CoverageOf(listed, target, options.TargetLinePercent),
                Enum.GetValues<EkatalogStatus>().Select(s => new FunnelStep(s, ekatalog.GetValueOrDefault(EnumText.Of(s)))).ToList(),
                kecamatan,
                Enum.GetValues<BusinessScale>().Select(s => new ScaleCount(s, scale.GetValueOrDefault(EnumText.Of(s)))).ToList(),
                new ReadinessSummary(masks.Where(m => m.Mask == 0).Sum(m => m.Count),
                    masks.Where(m => System.Numerics.BitOperations.PopCount((uint)m.Mask) == 1).Sum(m => m.Count),
                    missing[0].Count > 0 ? missing[0].Code : null, missing),
                new TrainingSummary(OfficeTime.QuarterOf(now), training.Sessions, training.Registrations, training.Attended,
                    training.Absent, marked == 0 ? null : Math.Round(100.0 * training.Attended / marked, 1)),
                new ExportCaseSummary(stages.Values.Sum(), overdue,
                    OpenStages.Select(st => new StageCount(st, stages.GetValueOrDefault(EnumText.Of(st)))).ToList()),
                upcoming);
        }
    }
}

/// <summary>Configuration section <c>Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";
    /// <summary>Businesses the office aims to list in the e-katalog: all 1,825 it fosters.</summary>
    public int ListingTarget { get; set; } = 1825;
    /// <summary>This year's goal as a share of the target, drawn as the target line.</summary>
    public double TargetLinePercent { get; set; } = 25;
    /// <summary>
    /// How long a computed dashboard may be served again while nothing was written through this
    /// process (any write here makes the next request compute afresh); bounds what writes by other
    /// processes can leave unseen. 0 turns the cache off.
    /// </summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>
/// The last dashboard computed per kecamatan filter (22 entries at most), reused while
/// <see cref="DataVersion"/> has not moved and it is younger than <see cref="DashboardOptions.CacheSeconds"/>.
/// At 100,000 businesses one computation aggregates ~200,000 index entries (docs/performance.md);
/// the office's screens ask for the same figures again and again between writes.
/// </summary>
public sealed class DashboardCache
{
    private sealed record Entry(long Version, DateTimeOffset ComputedAt, GetDashboard.Response Response);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new();

    public GetDashboard.Response? TryGet(string? kecamatan, long version, DateTimeOffset now, TimeSpan maxAge) =>
        _entries.TryGetValue(kecamatan ?? "", out var e) && e.Version == version && now - e.ComputedAt < maxAge && now >= e.ComputedAt
            ? e.Response : null;

    public void Set(string? kecamatan, long version, DateTimeOffset now, GetDashboard.Response response) =>
        _entries[kecamatan ?? ""] = new Entry(version, now, response);
}

public sealed class DashboardServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<DashboardCache>();
        services.AddOptions<DashboardOptions>().Bind(config.GetSection(DashboardOptions.Section))
            .Validate(o => o.ListingTarget >= 0, "Dashboard:ListingTarget must not be negative.")
            .Validate(o => o.TargetLinePercent is >= 0 and <= 100, "Dashboard:TargetLinePercent must be between 0 and 100.")
            .ValidateOnStart();
    }
}
