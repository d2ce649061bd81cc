using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Migrations.Migrations;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

/// <summary>The evaluation itself, without HTTP: the seeded catalogue of migration 150 and plain facts.</summary>
public sealed class ReadinessEvaluationTests
{
    private static Readiness.Context Seeded() => new(
        new RequirementCatalogue(M0150_RequirementsCatalogue.Seeds.Select(s => new RequirementVersionRow
        {
            Code = s.Code, Scope = s.Scope, Position = s.Position, VersionNo = s.VersionNo, EffectiveFrom = DateOnly.Parse(s.EffectiveFrom),
            Level = s.Level, TitleId = s.TitleId, TitleEn = s.TitleEn, NextStepId = s.NextStepId, NextStepEn = s.NextStepEn,
            LegalBasis = s.LegalBasis, LegalArticle = s.LegalArticle, Evidence = s.Evidence, Scales = s.Scales,
            ProductCategories = s.ProductCategories, LegalForms = s.LegalForms, Parameters = s.Parameters,
        }).Where(r => r.Scope == "ekatalog").ToList()),
        new HashSet<string> { "food_beverage", "fashion", "craft", "furniture", "agriculture_produce", "cosmetics", "other" });

    private static Readiness.BusinessFacts Micro(string legalForm = "perorangan") => new()
    {
        Id = 1, Nib = "9120301234567", Npwp = "0123456789121000", Status = "active", Scale = "micro", Sector = "food_beverage",
        LegalForm = legalForm, PkpStatus = "non_pkp", InaprocVerifiedOn = new DateOnly(2024, 2, 1), OssVerifiedOn = new DateOnly(2024, 2, 1),
        OssVerifiedBy = "Petugas", DeedNumber = legalForm == "perorangan" ? null : "AHU-1", DeedDate = legalForm == "perorangan" ? null : new DateOnly(2019, 1, 1),
    };

    private static Readiness.ProductFacts Food(string? halal) => new()
    {
        Id = 1, BusinessId = 1, Name = "Kopi Sangrai", Category = "food_beverage", Description = "250 g", PriceIdr = 65000, IsActive = true,
        HalalCertificateNumber = halal, PirtNumber = "2071271010123-26", PhotoCount = 1,
    };

    private static readonly Readiness.KbliFacts[] Kbli = [new() { BusinessId = 1, Code = "10761", KbliVersion = "2020" }];

    private static RequirementStatus Status(ReadinessResult r, string code) => r.Requirements.Single(x => x.Code == code).Status;

    [TestCase("2026-10-16", RequirementStatus.Advisory)]
    [TestCase("2026-10-17", RequirementStatus.Missing)]
    public void Halal_MicroFoodWithoutCertificate_ByDate(string date, RequirementStatus expected)
    {
        var r = Readiness.Evaluate(Micro(), Kbli, [Food(null)], null, Seeded(), DateOnly.Parse(date));
        Assert.That(Status(r, "halal"), Is.EqualTo(expected));
    }

    [Test]
    public void Halal_MediumFoodWithoutCertificate_IsMissingSince18Oct2024()
    {
        var medium = new Readiness.BusinessFacts { Id = 1, Nib = "9120301234567", Status = "active", Scale = "medium", Sector = "food_beverage" };
        Assert.That(Status(Readiness.Evaluate(medium, Kbli, [Food(null)], null, Seeded(), new DateOnly(2024, 10, 17)), "halal"), Is.EqualTo(RequirementStatus.Advisory),
            "announced, not yet in force");
        Assert.That(Status(Readiness.Evaluate(medium, Kbli, [Food(null)], null, Seeded(), new DateOnly(2024, 10, 18)), "halal"), Is.EqualTo(RequirementStatus.Missing));
    }

    [Test]
    public void Halal_CertificateWithoutExpiry_IsMet_NonHalalProductIsNotAsked()
    {
        Assert.That(Status(Readiness.Evaluate(Micro(), Kbli, [Food("ID1211")], null, Seeded(), new DateOnly(2027, 1, 1)), "halal"), Is.EqualTo(RequirementStatus.Met));
        var pork = new Readiness.ProductFacts { Id = 2, BusinessId = 1, Name = "Saksang", Category = "food_beverage", IsActive = true, IsNonHalal = true };
        Assert.That(Status(Readiness.Evaluate(Micro(), Kbli, [pork], null, Seeded(), new DateOnly(2027, 1, 1)), "halal"), Is.EqualTo(RequirementStatus.NotApplicable));
    }

    [Test]
    public void Food_IsDecidedByCategory_UnlessOverridden()
    {
        var chips = Food(null);
        var craft = new Readiness.ProductFacts { Id = 3, BusinessId = 1, Name = "Tas Rotan", Category = "craft", IsActive = true, IsFoodOverride = null };
        var overridden = new Readiness.ProductFacts { Id = 4, BusinessId = 1, Name = "Kopi Hijau", Category = "agriculture_produce", IsActive = true, IsFoodOverride = true };
        var asOf = new DateOnly(2027, 1, 1);
        Assert.That(Status(Readiness.Evaluate(Micro(), Kbli, [chips], null, Seeded(), asOf), "halal"), Is.EqualTo(RequirementStatus.Missing));
        Assert.That(Status(Readiness.Evaluate(Micro(), Kbli, [craft], null, Seeded(), asOf), "halal"), Is.EqualTo(RequirementStatus.NotApplicable));
        Assert.That(Status(Readiness.Evaluate(Micro(), Kbli, [overridden], null, Seeded(), asOf), "halal"), Is.EqualTo(RequirementStatus.Missing));
    }

    [TestCase("perorangan", "2026-03-31", RequirementStatus.Expiring)]
    [TestCase("perorangan", "2026-04-01", RequirementStatus.Missing)]
    [TestCase("pt", "2026-04-30", RequirementStatus.Expiring)]
    [TestCase("pt", "2026-05-01", RequirementStatus.Missing)]
    public void Kswp_GoesStaleAtTheNextAnnualReturnDeadline(string legalForm, string date, RequirementStatus expected)
    {
        var kswp = new Readiness.KswpFacts { BusinessId = 1, Status = "valid", CheckedOn = new DateOnly(2025, 6, 10) };
        var r = Readiness.Evaluate(Micro(legalForm), Kbli, [Food("ID1")], kswp, Seeded(), DateOnly.Parse(date));
        Assert.That(Status(r, "kswp"), Is.EqualTo(expected));
    }

    [TestCase("47211", "2020")]
    [TestCase("46311", "2025")]
    [TestCase("56102", "2020")]
    public void Kbli_TradeAndCatering_CoverFood(string code, string edition)
    {
        var kbli = new[] { new Readiness.KbliFacts { BusinessId = 1, Code = code, KbliVersion = edition } };
        Assert.That(Status(Readiness.Evaluate(Micro(), kbli, [Food("ID1")], null, Seeded(), new DateOnly(2027, 1, 1)), "kbli"), Is.EqualTo(RequirementStatus.Met));
    }

    [Test]
    public void Kbli_Printing18_CoversCraft_NotFood()
    {
        var kbli = new[] { new Readiness.KbliFacts { BusinessId = 1, Code = "18111", KbliVersion = "2020" } };
        var card = new Readiness.ProductFacts { Id = 5, BusinessId = 1, Name = "Kartu Undangan", Category = "craft", IsActive = true };
        Assert.That(Status(Readiness.Evaluate(Micro(), kbli, [card], null, Seeded(), new DateOnly(2027, 1, 1)), "kbli"), Is.EqualTo(RequirementStatus.Met));
        Assert.That(Status(Readiness.Evaluate(Micro(), kbli, [Food("ID1")], null, Seeded(), new DateOnly(2027, 1, 1)), "kbli"), Is.EqualTo(RequirementStatus.Missing));
    }

    [Test]
    public void Entity_WithoutDeed_MissesDeed_ClosedCategory_MissesCategoryOpen()
    {
        var pt = new Readiness.BusinessFacts { Id = 1, Nib = "9120301234567", Status = "active", Scale = "small", Sector = "food_beverage", LegalForm = "pt" };
        var closed = new Readiness.Context(Seeded().Catalogue, new HashSet<string> { "craft" });
        var r = Readiness.Evaluate(pt, Kbli, [Food("ID1")], null, closed, new DateOnly(2027, 1, 1));
        Assert.That(r.Missing, Does.Contain("deed").And.Contain("category_open").And.Contain("pkp_status").And.Contain("inaproc_account").And.Contain("oss_verified"));
        Assert.That(Readiness.Mask(r.Missing) >> 8, Is.Not.Zero, "the new codes have their own bits after the original eight");
    }

    [Test]
    public void UpcomingMissing_NamesTheRuleVersionThatWillBlock()
    {
        var asOf = new DateOnly(2026, 9, 1);
        var now = Readiness.Evaluate(Micro(), Kbli, [Food(null)], null, Seeded(), asOf);
        Assert.That(Readiness.UpcomingMissing(Micro(), Kbli, [Food(null)], null, Seeded(), asOf, now), Is.EqualTo(new[] { "halal@2026-10-17" }));
        Assert.That(now.StaleOn, Is.EqualTo(new DateOnly(2026, 10, 17)), "the row is recomputed when the version takes effect");
    }

    [Test]
    public void UntilNextWibMidnight_IsOneMinuteAfterMidnightInJakarta()
    {
        var now = new DateTimeOffset(2026, 12, 7, 16, 30, 0, TimeSpan.Zero); // 23:30 WIB
        Assert.That(ReadinessRefreshJob.UntilNextWibMidnight(now), Is.EqualTo(TimeSpan.FromMinutes(31)));
    }
}
