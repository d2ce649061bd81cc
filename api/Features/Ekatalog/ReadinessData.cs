using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Observability;
using MedanUmkm.Api.Features.Requirements;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>Readiness data access: loads the facts the rules read and writes the <c>BusinessReadiness</c> rows (and the mask on the business row).</summary>
public static partial class Readiness
{
    private const string BusinessesSql = """
        SELECT Id, Nib, Npwp, Status, Scale, Sector, LegalForm, PkpStatus, InaprocVerifiedOn, OssVerifiedOn, OssVerifiedBy,
               DeedNumber, DeedDate
        FROM Businesses WHERE Id IN @Ids
        """;
    private const string KbliSql = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN @Ids";
    private const string ProductsSql = """
        SELECT p.Id, p.BusinessId, p.Name, p.Category, p.Description, p.PriceIdr, p.IsFood, p.IsFoodOverride, p.HalalScheme,
               p.IsNonHalal, p.IsActive, p.HalalCertificateNumber, p.HalalCertificateExpiresOn, p.PirtNumber, p.BpomNumber,
               (SELECT COUNT(*) FROM ProductPhotos ph WHERE ph.ProductId = p.Id) AS PhotoCount
        FROM Products p
        WHERE p.BusinessId IN @Ids
        ORDER BY p.BusinessId, p.Name, p.Id
        """;
    private const string KswpSql = """
        SELECT BusinessId, Status, CheckedOn FROM TaxStatusChecks
        WHERE BusinessId IN @Ids
        ORDER BY BusinessId, CheckedOn DESC, Id DESC
        """;
    public const string OpenCategoriesSql = "SELECT Category FROM OpenCatalogCategories";
    private const string DeleteSql = "DELETE FROM BusinessReadiness WHERE BusinessId IN @Ids";
    private const string InsertSql = """
        INSERT INTO BusinessReadiness (BusinessId, IsReady, MissingCodes, MissingCount, ExpiringCodes, UpcomingMissing, StaleOn, ComputedAt)
        VALUES (@BusinessId, @IsReady, @MissingCodes, @MissingCount, @ExpiringCodes, @UpcomingMissing, @StaleOn, @ComputedAt)
        """;

    // The dashboard counts missing requirements from this copy on the business row (its covering index),
    // written in the same transaction as the BusinessReadiness row (migration 70).
    private const string MaskSql = "UPDATE Businesses SET ReadinessMask = @Mask WHERE Id = @BusinessId";

    /// <summary>Largest id list per statement (SQL Server allows 2,100 parameters).</summary>
    private const int Batch = 500;

    /// <summary>Recomputes one business's readiness row, in the caller's transaction.</summary>
    public static async Task<ReadinessResult?> RecomputeAsync(DbSession db, TimeProvider clock, int businessId, CancellationToken ct)
    {
        var results = await RecomputeManyAsync(db, clock.GetUtcNow(), [businessId], ct);
        return results.Count == 0 ? null : results[0];
    }

    /// <summary>Recomputes the rows of many businesses (batched), in the caller's transaction.</summary>
    public static async Task<IReadOnlyList<ReadinessResult>> RecomputeManyAsync(
        DbSession db, DateTimeOffset now, IReadOnlyCollection<int> businessIds, CancellationToken ct)
    {
        var all = new List<ReadinessResult>(businessIds.Count);
        var today = OfficeTime.DateOf(now);
        var context = await LoadContextAsync(db, ct);
        foreach (var chunk in businessIds.Distinct().Chunk(Batch))
        {
            var results = await EvaluateAsync(db, context, chunk, today, "en", withUpcoming: true, ct);
            await db.ExecuteAsync(DeleteSql, new { Ids = chunk }, ct);
            if (results.Count > 0)
            {
                await db.ExecuteAsync(InsertSql, results.Select(r => new
                {
                    r.BusinessId,
                    r.IsReady,
                    MissingCodes = Pipe(r.Missing),
                    MissingCount = r.Missing.Count,
                    ExpiringCodes = Pipe(r.Expiring),
                    UpcomingMissing = Pipe(r.UpcomingMissing),
                    r.StaleOn,
                    ComputedAt = now,
                }), ct);
                await db.ExecuteAsync(MaskSql, results.Select(r => new { r.BusinessId, Mask = Mask(r.Missing) }), ct);
            }
            all.AddRange(results);
            Telemetry.ReadinessRecomputes.Add(results.Count);
        }
        return all;
    }

    /// <summary>Sets every business's ReadinessMask from its BusinessReadiness row, every code of <see cref="Codes.All"/> (scale data generator).</summary>
    public static readonly string FillReadinessMaskSql =
        "UPDATE Businesses SET ReadinessMask = (SELECT " +
        string.Join(" + ", Codes.All.Select((c, i) => $"(CASE WHEN r.MissingCodes LIKE '%|{c}|%' THEN {1 << i} ELSE 0 END)")) +
        " FROM BusinessReadiness r WHERE r.BusinessId = Businesses.Id)";

    public static async Task<Context> LoadContextAsync(DbSession db, CancellationToken ct) => new(
        await RequirementCatalogue.LoadAsync(db, Scope, ct),
        (await db.QueryAsync<string>(OpenCategoriesSql, null, ct)).ToHashSet());

    /// <summary>Computes readiness from the stored data as of a date (no writes).</summary>
    public static async Task<IReadOnlyList<ReadinessResult>> EvaluateAsync(DbSession db, IReadOnlyCollection<int> ids, DateOnly asOf, CancellationToken ct, string lang = "id") =>
        await EvaluateAsync(db, await LoadContextAsync(db, ct), ids, asOf, lang, withUpcoming: false, ct);

    private static async Task<IReadOnlyList<ReadinessResult>> EvaluateAsync(DbSession db, Context context, IReadOnlyCollection<int> ids,
        DateOnly asOf, string lang, bool withUpcoming, CancellationToken ct)
    {
        var args = new { Ids = ids.ToArray() };
        var businesses = await db.QueryAsync<BusinessFacts>(BusinessesSql, args, ct);
        var kbli = (await db.QueryAsync<KbliFacts>(KbliSql, args, ct)).ToLookup(k => k.BusinessId);
        var products = (await db.QueryAsync<ProductFacts>(ProductsSql, args, ct)).ToLookup(p => p.BusinessId);
        var kswp = (await db.QueryAsync<KswpFacts>(KswpSql, args, ct)).GroupBy(k => k.BusinessId).ToDictionary(g => g.Key, g => g.First());
        return businesses.Select(b =>
        {
            var k = kbli[b.Id].ToList();
            var p = products[b.Id].ToList();
            var t = kswp.GetValueOrDefault(b.Id);
            var result = Evaluate(b, k, p, t, context, asOf, lang);
            return withUpcoming ? result with { UpcomingMissing = UpcomingMissing(b, k, p, t, context, asOf, result) } : result;
        }).ToList();
    }
}
