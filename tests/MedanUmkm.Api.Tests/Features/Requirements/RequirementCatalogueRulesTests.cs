using MedanUmkm.Api.Features.Requirements;

namespace MedanUmkm.Api.Tests.Features.Requirements;

/// <summary>Which version of a requirement is in force on a date, without HTTP or a database.</summary>
public sealed class RequirementCatalogueRulesTests
{
    private static RequirementVersionRow Version(int no, string from, string? to = null, string code = "halal") => new()
    {
        Code = code, Scope = RequirementScopes.Ekatalog, Position = 1, VersionNo = no,
        EffectiveFrom = DateOnly.Parse(from), EffectiveTo = to is null ? null : DateOnly.Parse(to), Level = "required",
    };

    private static readonly DateOnly Day = new(2026, 10, 17);

    [Test]
    public void InForce_IsTheLatestVersionStartedOnOrBeforeTheDate()
    {
        var catalogue = new RequirementCatalogue([Version(1, "2024-01-01"), Version(2, "2026-10-17"), Version(3, "2027-01-01")]);

        Assert.That(catalogue.InForce("halal", Day.AddDays(-1))?.VersionNo, Is.EqualTo(1));
        Assert.That(catalogue.InForce("halal", Day)?.VersionNo, Is.EqualTo(2), "a version is in force from its first day");
        Assert.That(catalogue.InForce("halal", new DateOnly(2027, 1, 1))?.VersionNo, Is.EqualTo(3));
    }

    [Test]
    public void InForce_OnTheSameDate_TheHigherVersionNumberWins()
    {
        var catalogue = new RequirementCatalogue([Version(2, "2026-10-17"), Version(3, "2026-10-17"), Version(1, "2024-01-01")]);

        Assert.That(catalogue.InForce("halal", Day)?.VersionNo, Is.EqualTo(3));
    }

    [Test]
    public void InForce_IsNoneBeforeTheFirstVersion_AndAfterTheLatestsEffectiveTo()
    {
        var catalogue = new RequirementCatalogue([Version(1, "2025-01-01", to: "2026-10-16")]);

        Assert.That(catalogue.InForce("halal", new DateOnly(2024, 12, 31)), Is.Null);
        Assert.That(catalogue.InForce("halal", Day.AddDays(-1))?.VersionNo, Is.EqualTo(1), "in force on its last day");
        Assert.That(catalogue.InForce("halal", Day), Is.Null);
        Assert.That(catalogue.InForce("kswp", Day), Is.Null, "an unknown code has no version");
    }

    [Test]
    public void Upcoming_AreTheVersionsStartingAfterTheDate_SoonestFirst()
    {
        var catalogue = new RequirementCatalogue([Version(3, "2028-01-01"), Version(1, "2024-01-01"), Version(2, "2027-01-01"), Version(4, "2027-01-01", code: "kswp")]);

        Assert.That(catalogue.Upcoming("halal", Day).Select(v => v.VersionNo), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(catalogue.Upcoming("halal", new DateOnly(2028, 1, 1)), Is.Empty, "a version starting on the date is in force, not coming");
    }

    [Test]
    public void ChangeDates_AreEveryStart_AndTheDayAfterEveryEnd()
    {
        var catalogue = new RequirementCatalogue([Version(1, "2024-01-01", to: "2026-10-16"), Version(2, "2027-01-01")]);

        Assert.That(catalogue.ChangeDates(), Is.EquivalentTo(new[] { new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1), Day }));
    }

    [Test]
    public void PipeLists_RoundTrip_AndAnEmptyListIsStoredAsNull()
    {
        Assert.That(RequirementVersionRow.Join(["micro", "small"]), Is.EqualTo("|micro|small|"));
        Assert.That(RequirementVersionRow.Split("|micro|small|"), Is.EqualTo(new[] { "micro", "small" }));
        Assert.That(RequirementVersionRow.Join([]), Is.Null);
        Assert.That(RequirementVersionRow.Split(null), Is.Empty);
    }
}
