using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Dashboard;

/// <summary>
/// Where the e-katalog blockers are: per kecamatan, how many active, not yet listed businesses miss
/// each readiness requirement (issue #18's kecamatan x missing-requirement table, on the dashboard and
/// on "Menuju e-katalog", each cell leading to /ekatalog-readiness?missing=&amp;kecamatan=). Counted from
/// the businesses' denormalised readiness masks in one aggregate, as the dashboard's per-requirement totals are.
/// </summary>
public static class GetReadinessByKecamatan
{
    public static void Map(IEndpointRouteBuilder api) => api
        .MapGet("/dashboard/readiness-by-kecamatan", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithTags("Dashboard")
        .WithName(nameof(GetReadinessByKecamatan))
        .WithSummary("Not yet listed businesses per kecamatan and missing e-katalog requirement")
        .RequireAuthorization(Policies.DashboardRead);

    public sealed record Query : IQuery<Response>;

    /// <param name="Code" example="12.71.01">Kecamatan code.</param>
    /// <param name="Name" example="Medan Kota">Kecamatan name.</param>
    /// <param name="NotListed" example="87">Active businesses not yet listed whose readiness is known.</param>
    /// <param name="Missing">Per requirement (in the order of <c>requirements</c>), how many of them miss it.</param>
    public sealed record Row(string Code, string Name, int NotListed, IReadOnlyList<int> Missing);

    /// <param name="Requirements" example="[&quot;nib&quot;,&quot;npwp&quot;]">Requirement codes, the columns (as in ?missing= of /ekatalog-readiness).</param>
    /// <param name="Rows">All 21 kecamatan in code order, zero rows included.</param>
    /// <param name="Totals">Per requirement, the city's total (the sum of the column).</param>
    public sealed record Response(IReadOnlyList<string> Requirements, IReadOnlyList<Row> Rows, IReadOnlyList<int> Totals);

    private sealed class MaskRow
    {
        public string KecamatanCode { get; init; } = "";
        public int Mask { get; init; }
        public int Count { get; init; }
    }

    private sealed class KecamatanName
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, Response>
    {
        internal const string Sql = """
            SELECT KecamatanCode, ReadinessMask AS Mask, COUNT(*) AS "Count" FROM Businesses
            WHERE Status = 'active' AND EkatalogStatus <> 'listed' AND ReadinessMask IS NOT NULL
            GROUP BY KecamatanCode, ReadinessMask;
            SELECT k.Code, k.Name FROM Kecamatan k ORDER BY k.Code;
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            await using var grid = await db.QueryMultipleAsync(Sql, null, ct);
            var masks = (await grid.ReadAsync<MaskRow>()).ToList();
            var names = (await grid.ReadAsync<KecamatanName>()).ToList();
            var codes = Ekatalog.Readiness.Codes.All;
            var rows = names.Select(k =>
            {
                var own = masks.Where(m => m.KecamatanCode == k.Code).ToList();
                return new Row(k.Code, k.Name, own.Sum(m => m.Count),
                    codes.Select((_, i) => own.Where(m => Ekatalog.Readiness.IsMissing(m.Mask, i)).Sum(m => m.Count)).ToList());
            }).ToList();
            var totals = codes.Select((_, i) => rows.Sum(r => r.Missing[i])).ToList();
            return new Response(codes, rows, totals);
        }
    }
}
