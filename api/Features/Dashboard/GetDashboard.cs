using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Dashboard;

/// <summary>
/// The office's dashboard in one call, every figure computed by SQL aggregation: fostered
/// businesses, e-katalog coverage against the 1,825 target, the listing funnel, businesses per
/// kecamatan and scale. Optionally for one kecamatan.
/// </summary>
public static class GetDashboard
{
    /// <param name="Kecamatan" example="12.71.01">Limit every figure to one kecamatan.</param>
    public sealed record Query(string? Kecamatan = null) : IQuery<Response>;

    /// <param name="Target" example="1825">Fostered businesses the office aims to list (the registered total).</param>
    /// <param name="TargetLinePercent" example="30">This year's listing goal as a share of the target (the chart's target line).</param>
    public sealed record Coverage(int Listed, int Target, double SharePercent, double TargetLinePercent);

    /// <param name="Status" example="listed">E-katalog status.</param>
    /// <param name="Count" example="200">Businesses in that status.</param>
    public sealed record FunnelStep(EkatalogStatus Status, int Count);

    public sealed record KecamatanCount(string Code, string Name, int Businesses, int Listed);

    public sealed record ScaleCount(BusinessScale Scale, int Count);

    /// <param name="Kecamatan">The kecamatan filter applied, if any.</param>
    /// <param name="FosteredBusinesses">Active fostered businesses.</param>
    /// <param name="InactiveBusinesses">Businesses no longer fostered.</param>
    /// <param name="Coverage">Listed in the e-katalog against the target.</param>
    /// <param name="Funnel">not_started, preparing, submitted, listed (then rejected and delisted).</param>
    /// <param name="ByKecamatan">Businesses and listed per kecamatan (all 21, zero included).</param>
    /// <param name="ByScale">Businesses per scale.</param>
    public sealed record Response(
        string? Kecamatan,
        int FosteredBusinesses,
        int InactiveBusinesses,
        Coverage Coverage,
        IReadOnlyList<FunnelStep> Funnel,
        IReadOnlyList<KecamatanCount> ByKecamatan,
        IReadOnlyList<ScaleCount> ByScale);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!)
            .When(q => q.Kecamatan is not null).WithMessage("kecamatan must be a code such as 12.71.01.");
    }

    private sealed class StatusCount
    {
        public string Key { get; init; } = "";
        public int Count { get; init; }
    }

    private sealed class KecamatanRow
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public int Businesses { get; init; }
        public int Listed { get; init; }
    }

    public sealed class Handler(DbSession db, IConfiguration config) : IQueryHandler<Query, Response>
    {
        // One round trip of aggregates; the kecamatan condition is only present when a kecamatan
        // is asked for (never the catch-all "@p IS NULL OR ..." that keeps indexes unused).
        internal static string Sql(bool byKecamatan)
        {
            var b = byKecamatan ? " AND KecamatanCode = @Kecamatan" : "";
            var k = byKecamatan ? "WHERE k.Code = @Kecamatan" : "";
            return $"""
                SELECT Status AS "Key", COUNT(*) AS "Count" FROM Businesses WHERE 1 = 1{b} GROUP BY Status;
                SELECT EkatalogStatus AS "Key", COUNT(*) AS "Count" FROM Businesses WHERE Status = 'active'{b} GROUP BY EkatalogStatus;
                SELECT Scale AS "Key", COUNT(*) AS "Count" FROM Businesses WHERE Status = 'active'{b} GROUP BY Scale;
                SELECT k.Code, k.Name, COUNT(b.Id) AS Businesses,
                       SUM(CASE WHEN b.EkatalogStatus = 'listed' THEN 1 ELSE 0 END) AS Listed
                FROM Kecamatan k LEFT JOIN Businesses b ON b.KecamatanCode = k.Code AND b.Status = 'active'
                {k}
                GROUP BY k.Code, k.Name ORDER BY k.Code;
                """;
        }

        private static readonly string AllSql = Sql(false);
        private static readonly string KecamatanSql = Sql(true);

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            await using var grid = await db.QueryMultipleAsync(query.Kecamatan is null ? AllSql : KecamatanSql, new { query.Kecamatan }, ct);
            var status = (await grid.ReadAsync<StatusCount>()).ToDictionary(r => r.Key, r => r.Count);
            var ekatalog = (await grid.ReadAsync<StatusCount>()).ToDictionary(r => r.Key, r => r.Count);
            var scale = (await grid.ReadAsync<StatusCount>()).ToDictionary(r => r.Key, r => r.Count);
            var kecamatan = (await grid.ReadAsync<KecamatanRow>()).ToList();

            var listed = ekatalog.GetValueOrDefault(EnumText.Of(EkatalogStatus.Listed));
            var options = config.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
            var target = options.ListingTarget;
            return new Response(
                query.Kecamatan,
                status.GetValueOrDefault("active"),
                status.GetValueOrDefault("inactive"),
                new Coverage(listed, target, target == 0 ? 0 : Math.Round(100.0 * listed / target, 1), options.TargetLinePercent),
                Enum.GetValues<EkatalogStatus>().Select(s => new FunnelStep(s, ekatalog.GetValueOrDefault(EnumText.Of(s)))).ToList(),
                kecamatan.Select(k => new KecamatanCount(k.Code, k.Name, k.Businesses, k.Listed)).ToList(),
                Enum.GetValues<BusinessScale>().Select(s => new ScaleCount(s, scale.GetValueOrDefault(EnumText.Of(s)))).ToList());
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
}
