using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>Where one e-katalog requirement stands.</summary>
public enum RequirementStatus { Met, Missing, Expiring }

/// <summary>One line of the readiness checklist.</summary>
/// <param name="Code" example="halal">Requirement code (see <see cref="Readiness.Codes"/>); the same code is used by ?missing=.</param>
/// <param name="Title" example="Halal certificate for food products">What is required.</param>
/// <param name="Status" example="missing">met, missing, or expiring (met now, but expires within 30 days).</param>
/// <param name="Reason" example="Food products without a halal certificate: Keripik Ubi Balado.">Why, in words an officer can act on.</param>
/// <param name="ExpiresOn" example="2026-12-01">For expiring requirements: the date it stops being met.</param>
public sealed record ReadinessRequirement(string Code, string Title, RequirementStatus Status, string Reason, DateOnly? ExpiresOn = null);

/// <summary>The computed readiness of one business.</summary>
public sealed record ReadinessResult(int BusinessId, IReadOnlyList<ReadinessRequirement> Requirements, DateOnly? StaleOn)
{
    public bool IsReady => Requirements.All(r => r.Status != RequirementStatus.Missing);
    public IReadOnlyList<string> Missing => Requirements.Where(r => r.Status == RequirementStatus.Missing).Select(r => r.Code).ToList();
    public IReadOnlyList<string> Expiring => Requirements.Where(r => r.Status == RequirementStatus.Expiring).Select(r => r.Code).ToList();
}

/// <summary>
/// The e-katalog readiness checklist of a business, computed from its data, and the denormalised
/// <c>BusinessReadiness</c> row that lists and filters use. Every write that changes an input
/// (business, KBLI, products, photos, KSWP) calls <see cref="RecomputeAsync(DbSession, TimeProvider, int, CancellationToken)"/>
/// in its own transaction.
/// </summary>
public static class Readiness
{
    /// <summary>Requirement codes, in checklist order.</summary>
    public static class Codes
    {
        public const string Nib = "nib";
        public const string Npwp = "npwp";
        public const string BusinessActive = "business_active";
        public const string Kbli = "kbli";
        public const string Kswp = "kswp";
        public const string Product = "product";
        public const string Halal = "halal";
        public const string PirtBpom = "pirt_bpom";
        public static readonly string[] All = [Nib, Npwp, BusinessActive, Kbli, Kswp, Product, Halal, PirtBpom];
    }

    /// <summary>A certificate or confirmation ending within this many days is "expiring".</summary>
    public const int ExpiringWithinDays = 30;

    /// <summary>A KSWP confirmation is current for this many months after its check date.</summary>
    public const int KswpValidMonths = 12;

    public sealed class BusinessFacts
    {
        public int Id { get; init; }
        public string Nib { get; init; } = "";
        public string? Npwp { get; init; }
        public string Status { get; init; } = "";
    }

    public sealed class KbliFacts
    {
        public int BusinessId { get; init; }
        public string Code { get; init; } = "";
    }

    public sealed class ProductFacts
    {
        public int Id { get; init; }
        public int BusinessId { get; init; }
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public string? Description { get; init; }
        public long? PriceIdr { get; init; }
        public bool IsFood { get; init; }
        public bool IsActive { get; init; }
        public string? HalalCertificateNumber { get; init; }
        public DateOnly? HalalCertificateExpiresOn { get; init; }
        public string? PirtNumber { get; init; }
        public string? BpomNumber { get; init; }
        public int PhotoCount { get; init; }
    }

    public sealed class KswpFacts
    {
        public int BusinessId { get; init; }
        public string Status { get; init; } = "";
        public DateOnly CheckedOn { get; init; }
    }

    private const string BusinessesSql = "SELECT Id, Nib, Npwp, Status FROM Businesses WHERE Id IN @Ids";
    private const string KbliSql = "SELECT BusinessId, Code FROM BusinessKbli WHERE BusinessId IN @Ids";
    private const string ProductsSql = """
        SELECT p.Id, p.BusinessId, p.Name, p.Category, p.Description, p.PriceIdr, p.IsFood, p.IsActive,
               p.HalalCertificateNumber, p.HalalCertificateExpiresOn, p.PirtNumber, p.BpomNumber,
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
    private const string DeleteSql = "DELETE FROM BusinessReadiness WHERE BusinessId IN @Ids";
    private const string InsertSql = """
        INSERT INTO BusinessReadiness (BusinessId, IsReady, MissingCodes, MissingCount, ExpiringCodes, StaleOn, ComputedAt)
        VALUES (@BusinessId, @IsReady, @MissingCodes, @MissingCount, @ExpiringCodes, @StaleOn, @ComputedAt)
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
        foreach (var chunk in businessIds.Distinct().Chunk(Batch))
        {
            var results = await EvaluateAsync(db, chunk, today, ct);
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
                    r.StaleOn,
                    ComputedAt = now,
                }), ct);
                await db.ExecuteAsync(MaskSql, results.Select(r => new { r.BusinessId, Mask = Mask(r.Missing) }), ct);
            }
            all.AddRange(results);
        }
        return all;
    }

    /// <summary>'|halal|kswp|' ('|' for none): a code matches with LIKE '%|code|%'.</summary>
    public static string Pipe(IEnumerable<string> codes) => "|" + string.Concat(codes.Select(c => c + "|"));

    /// <summary>Bit i set when requirement <c>Codes.All[i]</c> is missing (Businesses.ReadinessMask).</summary>
    public static int Mask(IEnumerable<string> missing) =>
        missing.Aggregate(0, (mask, code) => mask | 1 << Array.IndexOf(Codes.All, code));

    /// <summary>Whether requirement <c>Codes.All[codeIndex]</c> is missing in a mask.</summary>
    public static bool IsMissing(int mask, int codeIndex) => (mask & 1 << codeIndex) != 0;

    public static IReadOnlyList<string> Unpipe(string? text) =>
        (text ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Computes readiness from the stored data (no writes).</summary>
    public static async Task<IReadOnlyList<ReadinessResult>> EvaluateAsync(DbSession db, IReadOnlyCollection<int> ids, DateOnly today, CancellationToken ct)
    {
        var args = new { Ids = ids.ToArray() };
        var businesses = await db.QueryAsync<BusinessFacts>(BusinessesSql, args, ct);
        var kbli = (await db.QueryAsync<KbliFacts>(KbliSql, args, ct)).ToLookup(k => k.BusinessId, k => k.Code);
        var products = (await db.QueryAsync<ProductFacts>(ProductsSql, args, ct)).ToLookup(p => p.BusinessId);
        var kswp = (await db.QueryAsync<KswpFacts>(KswpSql, args, ct)).GroupBy(k => k.BusinessId).ToDictionary(g => g.Key, g => g.First());
        return businesses
            .Select(b => Evaluate(b, kbli[b.Id].ToList(), products[b.Id].ToList(), kswp.GetValueOrDefault(b.Id), today))
            .ToList();
    }

    /// <summary>The checklist for one business; pure, so every rule is testable in isolation.</summary>
    public static ReadinessResult Evaluate(BusinessFacts business, IReadOnlyList<string> kbliCodes,
        IReadOnlyList<ProductFacts> products, KswpFacts? latestKswp, DateOnly today)
    {
        var list = new List<ReadinessRequirement>();
        var changesOn = new List<DateOnly>();
        var expiringLimit = today.AddDays(ExpiringWithinDays);
        var active = products.Where(p => p.IsActive).ToList();

        list.Add(Identifiers.IsValidNib(business.Nib)
            ? Met(Codes.Nib, "Valid NIB", $"NIB {business.Nib} is a valid 13-digit number.")
            : Missing(Codes.Nib, "Valid NIB", "The NIB is not a valid 13-digit number."));

        list.Add(Identifiers.IsValidNpwp(business.Npwp)
            ? Met(Codes.Npwp, "NPWP recorded", "The business's NPWP is recorded.")
            : Missing(Codes.Npwp, "NPWP recorded", "No NPWP (tax id) is recorded for the business."));

        list.Add(business.Status == EnumText.Of(BusinessStatus.Active)
            ? Met(Codes.BusinessActive, "Business active", "The business is active (fostered).")
            : Missing(Codes.BusinessActive, "Business active", "The business is inactive; reactivate it first."));

        list.Add(KbliRequirement(kbliCodes, active));
        list.Add(KswpRequirement(latestKswp, today, expiringLimit, changesOn));
        list.Add(ProductRequirement(active));

        var food = active.Where(p => p.IsFood).ToList();
        list.Add(HalalRequirement(food, today, expiringLimit, changesOn));
        var withoutLicence = food.Where(p => string.IsNullOrWhiteSpace(p.PirtNumber) && string.IsNullOrWhiteSpace(p.BpomNumber)).ToList();
        list.Add(food.Count == 0
            ? Met(Codes.PirtBpom, "PIRT or BPOM for food products", "No active food products.")
            : withoutLicence.Count == 0
                ? Met(Codes.PirtBpom, "PIRT or BPOM for food products", "Every active food product has a PIRT or BPOM number.")
                : Missing(Codes.PirtBpom, "PIRT or BPOM for food products",
                    $"Food products without a PIRT or BPOM number: {Names(withoutLicence)}."));

        var staleOn = changesOn.Where(d => d > today).DefaultIfEmpty().Min();
        return new ReadinessResult(business.Id, list, staleOn == default ? null : staleOn);
    }

    private static ReadinessRequirement KbliRequirement(IReadOnlyList<string> kbliCodes, List<ProductFacts> active)
    {
        const string title = "KBLI matching each product's category";
        if (kbliCodes.Count == 0)
            return Missing(Codes.Kbli, title, "The business licence has no KBLI code.");
        var unmatched = active
            .Select(p => (Product: p, Category: EnumText.TryParse<ProductCategory>(p.Category, out var c) ? c : ProductCategory.Other))
            .Where(x => !kbliCodes.Any(k => ProductCategories.Matches(x.Category, k)))
            .GroupBy(x => x.Category)
            .ToList();
        if (unmatched.Count == 0)
            return Met(Codes.Kbli, title, active.Count == 0
                ? "The business has KBLI codes; no active product to match yet."
                : "Every active product's category is covered by a KBLI of the business.");
        var parts = unmatched.Select(g =>
            $"{EnumText.Of(g.Key)} needs KBLI {ProductCategories.Describe(g.Key)} ({Names(g.Select(x => x.Product))})");
        return Missing(Codes.Kbli, title, $"No KBLI of the business covers: {string.Join("; ", parts)}.");
    }

    private static ReadinessRequirement KswpRequirement(KswpFacts? kswp, DateOnly today, DateOnly expiringLimit, List<DateOnly> changesOn)
    {
        const string title = "Tax status confirmation (KSWP) current";
        if (kswp is null)
            return Missing(Codes.Kswp, title, "No tax status confirmation (KSWP) is recorded.");
        if (kswp.Status != "valid")
            return Missing(Codes.Kswp, title, $"The latest KSWP (checked {kswp.CheckedOn:yyyy-MM-dd}) says the tax status is invalid.");
        var until = kswp.CheckedOn.AddMonths(KswpValidMonths);
        if (until <= today)
            return Missing(Codes.Kswp, title, $"The latest KSWP was checked on {kswp.CheckedOn:yyyy-MM-dd}, more than {KswpValidMonths} months ago; check it again.");
        changesOn.Add(until);
        changesOn.Add(until.AddDays(-ExpiringWithinDays));
        return until <= expiringLimit
            ? new ReadinessRequirement(Codes.Kswp, title, RequirementStatus.Expiring,
                $"The KSWP checked on {kswp.CheckedOn:yyyy-MM-dd} stops being current on {until:yyyy-MM-dd}; check it again before then.", until)
            : Met(Codes.Kswp, title, $"Valid KSWP checked on {kswp.CheckedOn:yyyy-MM-dd} (current until {until:yyyy-MM-dd}).");
    }

    private static ReadinessRequirement ProductRequirement(List<ProductFacts> active)
    {
        const string title = "An active product with price, photo and description";
        if (active.Count == 0)
            return Missing(Codes.Product, title, "The business has no active product.");
        if (active.Any(Complete))
            return Met(Codes.Product, title, $"{active.Count(Complete)} active product(s) have a price, a photo and a description.");
        var lacks = active.Take(3).Select(p =>
        {
            var what = new List<string>();
            if (p.PriceIdr is null or <= 0) what.Add("price");
            if (p.PhotoCount == 0) what.Add("photo");
            if (string.IsNullOrWhiteSpace(p.Description)) what.Add("description");
            return $"{p.Name} lacks {string.Join(", ", what)}";
        });
        return Missing(Codes.Product, title, $"No active product has a price, a photo and a description: {string.Join("; ", lacks)}.");
    }

    private static bool Complete(ProductFacts p) =>
        p.PriceIdr > 0 && p.PhotoCount > 0 && !string.IsNullOrWhiteSpace(p.Description);

    private static ReadinessRequirement HalalRequirement(List<ProductFacts> food, DateOnly today, DateOnly expiringLimit, List<DateOnly> changesOn)
    {
        const string title = "Halal certificate for food products, not expired";
        if (food.Count == 0) return Met(Codes.Halal, title, "No active food products.");
        var none = food.Where(p => string.IsNullOrWhiteSpace(p.HalalCertificateNumber) || p.HalalCertificateExpiresOn is null).ToList();
        var expired = food.Except(none).Where(p => p.HalalCertificateExpiresOn < today).ToList();
        if (none.Count > 0 || expired.Count > 0)
        {
            var parts = new List<string>();
            if (none.Count > 0) parts.Add($"without a halal certificate: {Names(none)}");
            if (expired.Count > 0)
                parts.Add("with an expired halal certificate: " + string.Join(", ", expired.Select(p => $"{p.Name} (expired {p.HalalCertificateExpiresOn:yyyy-MM-dd})")));
            return Missing(Codes.Halal, title, $"Food products {string.Join("; ", parts)}.");
        }
        foreach (var p in food)
        {
            changesOn.Add(p.HalalCertificateExpiresOn!.Value.AddDays(1));
            changesOn.Add(p.HalalCertificateExpiresOn!.Value.AddDays(-ExpiringWithinDays));
        }
        var soonest = food.MinBy(p => p.HalalCertificateExpiresOn)!;
        return soonest.HalalCertificateExpiresOn <= expiringLimit
            ? new ReadinessRequirement(Codes.Halal, title, RequirementStatus.Expiring,
                $"The halal certificate of {soonest.Name} expires on {soonest.HalalCertificateExpiresOn:yyyy-MM-dd}; renew it.",
                soonest.HalalCertificateExpiresOn)
            : Met(Codes.Halal, title, "Every active food product has a valid halal certificate.");
    }

    private static string Names(IEnumerable<ProductFacts> products)
    {
        var names = products.Select(p => p.Name).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + $" and {names.Count - 3} more";
    }

    private static ReadinessRequirement Met(string code, string title, string reason) => new(code, title, RequirementStatus.Met, reason);
    private static ReadinessRequirement Missing(string code, string title, string reason) => new(code, title, RequirementStatus.Missing, reason);
}
