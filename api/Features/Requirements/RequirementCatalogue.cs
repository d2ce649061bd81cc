namespace MedanUmkm.Api.Features.Requirements;

/// <summary>
/// Every version of every requirement of a scope, in memory (a few dozen rows), answering "which
/// version is in force on a date". The version in force is the one with the latest EffectiveFrom on or
/// before the date (ties: the highest version number); none when that one's EffectiveTo has passed.
/// </summary>
public sealed partial class RequirementCatalogue(IReadOnlyList<RequirementVersionRow> rows)
{
    private readonly ILookup<string, RequirementVersionRow> _byCode = rows.ToLookup(r => r.Code);

    public IReadOnlyList<RequirementVersionRow> Rows => rows;

    public IEnumerable<RequirementVersionRow> VersionsOf(string code) => _byCode[code];

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="date"/>, or null.</summary>
    public RequirementVersionRow? InForce(string code, DateOnly date) => InForce(_byCode[code], date);

    public static RequirementVersionRow? InForce(IEnumerable<RequirementVersionRow> versions, DateOnly date)
    {
        var latest = versions.Where(v => v.EffectiveFrom <= date)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.VersionNo).FirstOrDefault();
        return latest is null || latest.EffectiveTo < date ? null : latest;
    }

    /// <summary>Versions of <paramref name="code"/> that take effect after <paramref name="date"/>, soonest first.</summary>
    public IReadOnlyList<RequirementVersionRow> Upcoming(string code, DateOnly date) => Upcoming(_byCode[code], date);

    public static IReadOnlyList<RequirementVersionRow> Upcoming(IEnumerable<RequirementVersionRow> versions, DateOnly date) =>
        versions.Where(v => v.EffectiveFrom > date).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.VersionNo).ToList();

    /// <summary>Every date on which some version starts or ends (after its EffectiveTo), for recomputation.</summary>
    public IEnumerable<DateOnly> ChangeDates() =>
        rows.Select(r => r.EffectiveFrom).Concat(rows.Where(r => r.EffectiveTo is not null).Select(r => r.EffectiveTo!.Value.AddDays(1)));
}
