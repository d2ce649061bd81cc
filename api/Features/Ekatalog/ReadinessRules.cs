using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The computed readiness of one business.</summary>
public sealed record ReadinessResult(int BusinessId, IReadOnlyList<ReadinessRequirement> Requirements, DateOnly? StaleOn)
{
    public bool IsReady => Requirements.All(r => r.Status != RequirementStatus.Missing);
    public IReadOnlyList<string> Missing => Requirements.Where(r => r.Status == RequirementStatus.Missing).Select(r => r.Code).ToList();
    public IReadOnlyList<string> Expiring => Requirements.Where(r => r.Status == RequirementStatus.Expiring).Select(r => r.Code).ToList();
    /// <summary>Codes that are not missing now but will be from a coming rule version: "code@yyyy-MM-dd".</summary>
    public IReadOnlyList<string> UpcomingMissing { get; init; } = [];
}

/// <summary>
/// The e-katalog readiness checklist of a business, evaluated against the requirements catalogue
/// (migration 150: each code's version in force on the date gives level, scope, legal basis and
/// parameters; the check itself is code, per requirement), and the denormalised
/// <c>BusinessReadiness</c> row that lists and filters use. Every write that changes an input
/// (business, KBLI, products, photos, KSWP, rule versions) recomputes in its own transaction.
/// This part holds the rules: pure (no I/O), so every requirement is testable in isolation;
/// <c>ReadinessData.cs</c> loads the facts and writes the rows.
/// </summary>
public static partial class Readiness
{
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
        public const string LegalForm = "legal_form";
        public const string Deed = "deed";
        public const string PkpStatus = "pkp_status";
        public const string InaprocAccount = "inaproc_account";
        public const string OssVerified = "oss_verified";
        public const string CategoryOpen = "category_open";
        public static readonly string[] All =
            [Nib, Npwp, BusinessActive, Kbli, Kswp, Product, Halal, PirtBpom, LegalForm, Deed, PkpStatus, InaprocAccount, OssVerified, CategoryOpen];
    }

    public const string Scope = RequirementScopes.Ekatalog;

    /// <summary>A certificate or confirmation ending within this many days is "expiring".</summary>
    public const int ExpiringWithinDays = 30;

    /// <summary>Annual return deadlines (UU KUP art. 3(3)): individuals 31 March, entities 30 April (month-day), unless a rule version says otherwise.</summary>
    public const string IndividualDeadline = "03-31";
    public const string EntityDeadline = "04-30";

    public sealed class BusinessFacts
    {
        public int Id { get; init; }
        public string Nib { get; init; } = "";
        public string? Npwp { get; init; }
        public string Status { get; init; } = "";
        public string Scale { get; init; } = "micro";
        public string Sector { get; init; } = "";
        public string? LegalForm { get; init; }
        public string? PkpStatus { get; init; }
        public DateOnly? InaprocVerifiedOn { get; init; }
        public DateOnly? OssVerifiedOn { get; init; }
        public string? OssVerifiedBy { get; init; }
        public string? DeedNumber { get; init; }
        public DateOnly? DeedDate { get; init; }
    }

    public sealed class KbliFacts
    {
        public int BusinessId { get; init; }
        public string Code { get; init; } = "";
        public string KbliVersion { get; init; } = "2020";
    }

    public sealed class ProductFacts
    {
        public int Id { get; init; }
        public int BusinessId { get; init; }
        public string Name { get; init; } = "";
        public string Category { get; init; } = "";
        public string? Description { get; init; }
        public long? PriceIdr { get; init; }
        /// <summary>Stored food flag (override or category); the checklist decides from <see cref="IsFoodOverride"/> and the rule's categories.</summary>
        public bool IsFood { get; init; }
        public bool? IsFoodOverride { get; init; }
        public string? HalalScheme { get; init; }
        public bool IsNonHalal { get; init; }
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

    /// <summary>Everything the checklist reads besides one business's own rows.</summary>
    public sealed record Context(RequirementCatalogue Catalogue, IReadOnlySet<string> OpenCategories);

    /// <summary>'|halal|kswp|' ('|' for none): a code matches with LIKE '%|code|%'.</summary>
    public static string Pipe(IEnumerable<string> codes) => "|" + string.Concat(codes.Select(c => c + "|"));

    /// <summary>Bit i set when requirement <c>Codes.All[i]</c> is missing (Businesses.ReadinessMask).</summary>
    public static int Mask(IEnumerable<string> missing) =>
        missing.Aggregate(0, (mask, code) => mask | 1 << Array.IndexOf(Codes.All, code));

    /// <summary>Whether requirement <c>Codes.All[codeIndex]</c> is missing in a mask.</summary>
    public static bool IsMissing(int mask, int codeIndex) => (mask & 1 << codeIndex) != 0;

    public static IReadOnlyList<string> Unpipe(string? text) =>
        (text ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"code@date" for each coming rule version under which a requirement met today would be missing.</summary>
    public static IReadOnlyList<string> UpcomingMissing(BusinessFacts b, IReadOnlyList<KbliFacts> kbli, IReadOnlyList<ProductFacts> products,
        KswpFacts? kswp, Context context, DateOnly asOf, ReadinessResult now)
    {
        var list = new List<string>();
        foreach (var v in context.Catalogue.Rows.Where(v => v.EffectiveFrom > asOf).OrderBy(v => v.EffectiveFrom))
        {
            if (now.Missing.Contains(v.Code)) continue;
            var then = Evaluate(b, kbli, products, kswp, context, v.EffectiveFrom, "en");
            var token = $"{v.Code}@{v.EffectiveFrom:yyyy-MM-dd}";
            if (then.Missing.Contains(v.Code) && !list.Contains(token)) list.Add(token);
        }
        return list;
    }

    /// <summary>Convenience for tests and tools: the checklist with English texts.</summary>
    public static ReadinessResult Evaluate(BusinessFacts business, IReadOnlyList<KbliFacts> kbli, IReadOnlyList<ProductFacts> products,
        KswpFacts? latestKswp, Context context, DateOnly asOf) => Evaluate(business, kbli, products, latestKswp, context, asOf, "en");

    /// <summary>The checklist for one business as of a date; pure, so every rule is testable in isolation.</summary>
    public static ReadinessResult Evaluate(BusinessFacts business, IReadOnlyList<KbliFacts> kbli, IReadOnlyList<ProductFacts> products,
        KswpFacts? latestKswp, Context context, DateOnly asOf, string lang)
    {
        var list = new List<ReadinessRequirement>();
        var changesOn = new List<DateOnly>();
        var active = products.Where(p => p.IsActive).ToList();
        var english = lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var language = english ? TextLanguage.English : TextLanguage.Indonesian;

        foreach (var code in Codes.All)
        {
            var version = context.Catalogue.InForce(code, asOf);
            var upcoming = context.Catalogue.Upcoming(code, asOf);
            Outcome outcome;
            var status = RequirementStatus.NotApplicable;
            if (version is null || !Applies(version, business))
            {
                // Not in force for this business today: advisory when a coming version will make it required.
                var next = upcoming.FirstOrDefault(v => Applies(v, business));
                if (next is null)
                    outcome = version is null ? new Outcome(RequirementStatus.NotApplicable, "not_in_force", [])
                        : new Outcome(RequirementStatus.NotApplicable, "outside_scope", OutOfScope(version, business));
                else
                {
                    var o = Check(code, next, business, kbli, active, latestKswp, context, asOf, changesOn, language);
                    outcome = o.Status == RequirementStatus.Missing
                        ? o with { Status = RequirementStatus.Advisory, Code = "required_from", Params = With(o.Params, "date", next.EffectiveFrom) }
                        : o;
                }
                status = outcome.Status;
            }
            else
            {
                outcome = Check(code, version, business, kbli, active, latestKswp, context, asOf, changesOn, language);
                status = outcome.Status == RequirementStatus.Missing && version.IsAdvisory ? RequirementStatus.Advisory : outcome.Status;
            }
            var shown = version ?? (upcoming.Count > 0 ? upcoming[0] : null) ?? context.Catalogue.VersionsOf(code).LastOrDefault();
            list.Add(new ReadinessRequirement(
                code,
                shown is null ? code : english ? shown.TitleEn : shown.TitleId,
                status,
                ReasonText(outcome.Code, outcome.Params, language),
                status == RequirementStatus.Expiring ? outcome.ExpiresOn : null)
            {
                ReasonCode = outcome.Code,
                ReasonParams = outcome.Params,
                Level = version is null || version.IsAdvisory ? RequirementLevel.Advisory : RequirementLevel.Required,
                RequirementVersion = version?.VersionNo,
                LegalBasis = shown?.LegalBasis,
                LegalArticle = shown?.LegalArticle,
                NextStep = status is RequirementStatus.Met or RequirementStatus.NotApplicable || shown is null ? null
                    : english ? shown.NextStepEn : shown.NextStepId,
            });
        }

        // A rule version taking effect changes the result too.
        changesOn.AddRange(context.Catalogue.ChangeDates());
        var staleOn = changesOn.Where(d => d > asOf).DefaultIfEmpty().Min();
        return new ReadinessResult(business.Id, list, staleOn == default ? null : staleOn);
    }

    /// <summary>The catalogue code of a reason code's text (ekatalog.texts.json): "halal_missing" -> "readiness.halal_missing".</summary>
    public static string TextCode(string reasonCode) => "readiness." + reasonCode;

    /// <summary>A reason in words, in <paramref name="language"/> ("id" or "en"), from the server-text catalogue.</summary>
    public static string ReasonText(string reasonCode, IReadOnlyDictionary<string, string> parameters, string language)
    {
        var text = ServerTexts.Format(TextCode(reasonCode), language, parameters.ToDictionary(p => p.Key, p => (object?)p.Value));
        // "Required from {date}": the parameters of the check that will fail then, in brackets.
        if (reasonCode == "required_from" && parameters.Count > 1)
            text += " (" + string.Join("; ", parameters.Where(p => p.Key != "date").Select(p => p.Value)) + ")";
        return text;
    }

    private sealed record Outcome(RequirementStatus Status, string Code, Dictionary<string, string> Params, DateOnly? ExpiresOn = null);

    private static Dictionary<string, string> With(Dictionary<string, string> p, string key, DateOnly date) =>
        new(p) { [key] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };

    private static string LegalFormOf(BusinessFacts b) => b.LegalForm ?? "perorangan";

    /// <summary>Whether a version's business-level scope (sector, scale, legal form) includes the business.</summary>
    public static bool Applies(RequirementVersionRow v, BusinessFacts b) =>
        (v.SectorList.Count == 0 || v.SectorList.Contains(b.Sector))
        && (v.ScaleList.Count == 0 || v.ScaleList.Contains(b.Scale))
        && (v.LegalFormList.Count == 0 || v.LegalFormList.Contains(LegalFormOf(b)));

    private static Dictionary<string, string> OutOfScope(RequirementVersionRow v, BusinessFacts b)
    {
        var p = new Dictionary<string, string>();
        if (v.ScaleList.Count > 0 && !v.ScaleList.Contains(b.Scale)) p["scale"] = b.Scale;
        if (v.LegalFormList.Count > 0 && !v.LegalFormList.Contains(LegalFormOf(b))) p["legalForm"] = LegalFormOf(b);
        if (v.SectorList.Count > 0 && !v.SectorList.Contains(b.Sector)) p["sector"] = b.Sector;
        return p;
    }

    /// <summary>Whether a product counts as food for a rule: its override, else whether its category is among the rule's (default food_beverage).</summary>
    public static bool IsFoodFor(ProductFacts p, RequirementVersionRow v) =>
        p.IsFoodOverride ?? (v.CategoryList.Count == 0 ? p.Category == "food_beverage" : v.CategoryList.Contains(p.Category));

    private static Outcome Check(string code, RequirementVersionRow v, BusinessFacts b, IReadOnlyList<KbliFacts> kbli,
        List<ProductFacts> active, KswpFacts? kswp, Context context, DateOnly asOf, List<DateOnly> changesOn, string language) => code switch
    {
        Codes.Nib => Identifiers.IsValidNib(b.Nib) ? Met("nib_met", ("nib", b.Nib)) : Miss("nib_invalid"),
        Codes.Npwp => Identifiers.IsValidNpwp(b.Npwp) ? Met("npwp_met") : Miss("npwp_none"),
        Codes.BusinessActive => b.Status == EnumText.Of(BusinessStatus.Active) ? Met("business_active_met") : Miss("business_inactive"),
        Codes.Kbli => KbliCheck(kbli, active, language),
        Codes.Kswp => KswpCheck(kswp, b, v, asOf, changesOn),
        Codes.Product => ProductCheck(active, language),
        Codes.Halal => HalalCheck(active.Where(p => IsFoodFor(p, v)).ToList(), asOf, changesOn),
        Codes.PirtBpom => PirtCheck(active.Where(p => IsFoodFor(p, v)).ToList()),
        Codes.LegalForm => b.LegalForm is null ? Miss("legal_form_none") : Met("legal_form_met", ("legalForm", b.LegalForm)),
        Codes.Deed => !string.IsNullOrWhiteSpace(b.DeedNumber) && b.DeedDate is not null
            ? Met("deed_met", ("deedNumber", b.DeedNumber!), ("deedDate", Day(b.DeedDate.Value)))
            : Miss("deed_none", ("legalForm", LegalFormOf(b))),
        Codes.PkpStatus => b.PkpStatus is null ? Miss("pkp_none") : Met("pkp_met", ("pkpStatus", b.PkpStatus)),
        Codes.InaprocAccount => b.InaprocVerifiedOn is { } on && on <= asOf
            ? Met("inaproc_met", ("verifiedOn", Day(on))) : Miss("inaproc_unverified"),
        Codes.OssVerified => b.OssVerifiedOn is { } oss && oss <= asOf
            ? Met("oss_met", ("verifiedOn", Day(oss)), ("verifiedBy", b.OssVerifiedBy ?? "")) : Miss("oss_unverified"),
        Codes.CategoryOpen => CategoryCheck(active, context.OpenCategories),
        _ => new Outcome(RequirementStatus.NotApplicable, "not_in_force", []),
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Outcome Met(string code, params (string Key, string Value)[] p) =>
        new(RequirementStatus.Met, code, p.ToDictionary(x => x.Key, x => x.Value));

    private static Outcome Miss(string code, params (string Key, string Value)[] p) =>
        new(RequirementStatus.Missing, code, p.ToDictionary(x => x.Key, x => x.Value));

    private static Outcome KbliCheck(IReadOnlyList<KbliFacts> kbli, List<ProductFacts> active, string language)
    {
        if (kbli.Count == 0) return Miss("kbli_none");
        var unmatched = active
            .Select(p => (Product: p, Category: EnumText.TryParse<ProductCategory>(p.Category, out var c) ? c : ProductCategory.Other))
            .Where(x => !kbli.Any(k => ProductCategories.Matches(x.Category, k.Code, k.KbliVersion)))
            .GroupBy(x => x.Category)
            .ToList();
        if (unmatched.Count == 0) return active.Count == 0 ? Met("kbli_no_products") : Met("kbli_met");
        var parts = unmatched.Select(g => ServerTexts.Format("readiness.kbli_needs", language, new Dictionary<string, object?>
        {
            ["category"] = EnumText.Of(g.Key), ["prefixes"] = Prefixes(g.Key, language), ["products"] = Names(g.Select(x => x.Product)),
        }));
        return Miss("kbli_unmatched", ("categories", string.Join("; ", parts)));
    }

    /// <summary>
    /// The last day a valid KSWP checked on <paramref name="checkedOn"/> counts: the next annual return
    /// deadline on or after the check (a new return is due then, so the status must be checked again).
    /// </summary>
    public static DateOnly KswpCurrentUntil(DateOnly checkedOn, bool entity, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var text = entity
            ? parameters?.GetValueOrDefault("entityDeadline") ?? EntityDeadline
            : parameters?.GetValueOrDefault("individualDeadline") ?? IndividualDeadline;
        var parts = text.Split('-');
        var (month, day) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        var deadline = new DateOnly(checkedOn.Year, month, Math.Min(day, DateTime.DaysInMonth(checkedOn.Year, month)));
        return deadline >= checkedOn ? deadline : new DateOnly(checkedOn.Year + 1, month, Math.Min(day, DateTime.DaysInMonth(checkedOn.Year + 1, month)));
    }

    /// <summary>Entities (CV, PT, PT perorangan, koperasi) file by 30 April; individuals by 31 March.</summary>
    public static bool IsEntity(string? legalForm) => legalForm is not null and not "perorangan";

    private static Outcome KswpCheck(KswpFacts? kswp, BusinessFacts b, RequirementVersionRow v, DateOnly asOf, List<DateOnly> changesOn)
    {
        if (kswp is null) return Miss("kswp_none");
        var checkedOn = Day(kswp.CheckedOn);
        if (kswp.Status != "valid") return Miss("kswp_invalid", ("checkedOn", checkedOn));
        var until = KswpCurrentUntil(kswp.CheckedOn, IsEntity(b.LegalForm), v.ParameterMap);
        if (until < asOf) return Miss("kswp_stale", ("checkedOn", checkedOn), ("until", Day(until)));
        changesOn.Add(until.AddDays(1));
        changesOn.Add(until.AddDays(-ExpiringWithinDays));
        return until <= asOf.AddDays(ExpiringWithinDays)
            ? new Outcome(RequirementStatus.Expiring, "kswp_expiring", new() { ["checkedOn"] = checkedOn, ["until"] = Day(until) }, until)
            : Met("kswp_met", ("checkedOn", checkedOn), ("until", Day(until)));
    }

    /// <summary>"10xxx or 11xxx" in the language (<see cref="ProductCategories.Describe"/> in words).</summary>
    private static string Prefixes(ProductCategory category, string language)
    {
        var prefixes = ProductCategories.KbliPrefixes[category];
        return prefixes.Length == 0 ? ServerTexts.Format("readiness.kbli_any", language)
            : string.Join($" {ServerTexts.Format("readiness.or", language)} ", prefixes.Concat(ProductCategories.TradePrefixes).Select(p => p + "xxx"));
    }

    private static Outcome ProductCheck(List<ProductFacts> active, string language)
    {
        if (active.Count == 0) return Miss("product_none");
        if (active.Any(Complete)) return Met("product_met", ("count", active.Count(Complete).ToString(CultureInfo.InvariantCulture)));
        var lacks = active.Take(3).Select(p =>
        {
            var what = new List<string>();
            if (p.PriceIdr is null or <= 0) what.Add(ServerTexts.Format("readiness.lacks.price", language));
            if (p.PhotoCount == 0) what.Add(ServerTexts.Format("readiness.lacks.photo", language));
            if (string.IsNullOrWhiteSpace(p.Description)) what.Add(ServerTexts.Format("readiness.lacks.description", language));
            return ServerTexts.Format("readiness.product_lacks", language,
                new Dictionary<string, object?> { ["product"] = p.Name, ["what"] = string.Join(", ", what) });
        });
        return Miss("product_incomplete", ("products", string.Join("; ", lacks)));
    }

    private static bool Complete(ProductFacts p) =>
        p.PriceIdr > 0 && p.PhotoCount > 0 && !string.IsNullOrWhiteSpace(p.Description);

    private static Outcome HalalCheck(List<ProductFacts> foodAll, DateOnly asOf, List<DateOnly> changesOn)
    {
        // Non-halal products (labelled so) are not certified: the certificate concerns halal products.
        var food = foodAll.Where(p => !p.IsNonHalal).ToList();
        if (food.Count == 0)
            return foodAll.Count == 0 ? new Outcome(RequirementStatus.NotApplicable, "no_food_products", [])
                : new Outcome(RequirementStatus.NotApplicable, "only_non_halal", new() { ["products"] = Names(foodAll) });
        // UU 6/2023 art. 42: a certificate is valid while ingredients and process are unchanged; only an
        // old certificate that carries an expiry date can expire.
        var none = food.Where(p => string.IsNullOrWhiteSpace(p.HalalCertificateNumber)).ToList();
        var expired = food.Except(none).Where(p => p.HalalCertificateExpiresOn < asOf).ToList();
        if (none.Count > 0 || expired.Count > 0)
        {
            var p = new Dictionary<string, string>();
            if (none.Count > 0) p["products"] = Names(none);
            if (expired.Count > 0)
                p["expired"] = string.Join(", ", expired.Select(x => $"{x.Name} ({Day(x.HalalCertificateExpiresOn!.Value)})"));
            return new Outcome(RequirementStatus.Missing, none.Count > 0 ? "halal_missing" : "halal_expired", p);
        }
        foreach (var x in food.Where(x => x.HalalCertificateExpiresOn is not null))
        {
            changesOn.Add(x.HalalCertificateExpiresOn!.Value.AddDays(1));
            changesOn.Add(x.HalalCertificateExpiresOn!.Value.AddDays(-ExpiringWithinDays));
        }
        var soonest = food.Where(x => x.HalalCertificateExpiresOn is not null).MinBy(x => x.HalalCertificateExpiresOn);
        return soonest is not null && soonest.HalalCertificateExpiresOn <= asOf.AddDays(ExpiringWithinDays)
            ? new Outcome(RequirementStatus.Expiring, "halal_expiring",
                new() { ["products"] = soonest.Name, ["until"] = Day(soonest.HalalCertificateExpiresOn!.Value) }, soonest.HalalCertificateExpiresOn)
            : Met("halal_met", ("count", food.Count.ToString(CultureInfo.InvariantCulture)));
    }

    private static Outcome PirtCheck(List<ProductFacts> food)
    {
        if (food.Count == 0) return new Outcome(RequirementStatus.NotApplicable, "no_food_products", []);
        var without = food.Where(p => string.IsNullOrWhiteSpace(p.PirtNumber) && string.IsNullOrWhiteSpace(p.BpomNumber)).ToList();
        return without.Count == 0 ? Met("pirt_bpom_met") : Miss("pirt_bpom_missing", ("products", Names(without)));
    }

    private static Outcome CategoryCheck(List<ProductFacts> active, IReadOnlySet<string> open)
    {
        if (active.Count == 0) return new Outcome(RequirementStatus.NotApplicable, "no_active_products", []);
        var closed = active.Where(p => !open.Contains(p.Category)).ToList();
        return closed.Count == 0 ? Met("category_open_met")
            : Miss("category_closed", ("categories", string.Join(", ", closed.Select(p => p.Category).Distinct())), ("products", Names(closed)));
    }

    private static string Names(IEnumerable<ProductFacts> products)
    {
        var names = products.Select(p => p.Name).ToList();
        return names.Count <= 3 ? string.Join(", ", names) : string.Join(", ", names.Take(3)) + $" (+{names.Count - 3})";
    }
}
