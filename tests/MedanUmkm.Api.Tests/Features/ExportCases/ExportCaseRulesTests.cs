using System.Globalization;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Migrations.Migrations;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

/// <summary>The stage flow, without HTTP: forward one stage at a time, ended from any open stage.</summary>
public sealed class StageFlowTests
{
    [Test]
    public void Next_IsTheFollowingForwardStage_UntilClosed()
    {
        for (var i = 0; i + 1 < StageFlow.Forward.Length; i++)
            Assert.That(StageFlow.Next(StageFlow.Forward[i]), Is.EqualTo(StageFlow.Forward[i + 1]));
        Assert.That(StageFlow.Next(ExportStage.Closed), Is.Null);
        Assert.That(StageFlow.Next(ExportStage.Rejected), Is.Null);
        Assert.That(StageFlow.Next(ExportStage.Withdrawn), Is.Null);
    }

    [Test]
    public void Allowed_FromEveryOpenStage_IsNextOrAnEnd()
    {
        foreach (var stage in Enum.GetValues<ExportStage>().Where(StageFlow.IsOpen))
            Assert.That(StageFlow.Allowed(stage), Is.EqualTo(new[] { StageFlow.Next(stage)!.Value, ExportStage.Rejected, ExportStage.Withdrawn }), stage.ToString());
        Assert.That(StageFlow.Allowed(ExportStage.Customs), Does.Not.Contain(ExportStage.Shipped), "no skipping a stage");
        Assert.That(StageFlow.Allowed(ExportStage.Customs), Does.Not.Contain(ExportStage.Certification), "no going back");
    }

    [TestCase(ExportStage.Closed, CaseOutcome.Completed)]
    [TestCase(ExportStage.Rejected, CaseOutcome.Rejected)]
    [TestCase(ExportStage.Withdrawn, CaseOutcome.Withdrawn)]
    public void EndStages_AreNotOpen_AndGiveTheirOutcome(ExportStage stage, CaseOutcome outcome)
    {
        Assert.That(StageFlow.IsOpen(stage), Is.False);
        Assert.That(StageFlow.OutcomeOf(stage), Is.EqualTo(outcome));
    }

    [Test]
    public void HasShipped_FromShippedOnwards_ButNotWhenEndedEarly()
    {
        var shipped = Enum.GetValues<ExportStage>().Where(StageFlow.HasShipped).ToArray();
        Assert.That(shipped, Is.EqualTo(new[] { ExportStage.Shipped, ExportStage.PostExport, ExportStage.Closed }));
    }
}

/// <summary>The export checklist over the catalogue that migration 180 seeds, and the commodity's HS headings, without HTTP.</summary>
public sealed class DocumentChecklistTests
{
    /// <summary>The export scope of the catalogue as migration 180 writes it.</summary>
    public static readonly IReadOnlyList<RequirementVersionRow> Catalogue = M0180_ExportProcedures.Seeds.Select(s => new RequirementVersionRow
    {
        Code = s.RequirementCode, Scope = "export", Position = s.Position, VersionNo = s.VersionNo,
        EffectiveFrom = DateOnly.Parse(s.EffectiveFrom, CultureInfo.InvariantCulture),
        EffectiveTo = s.EffectiveTo is null ? null : DateOnly.Parse(s.EffectiveTo, CultureInfo.InvariantCulture),
        Level = s.Level, TitleId = s.TitleId, TitleEn = s.TitleEn, LegalBasis = s.LegalBasis, Evidence = s.Evidence,
        Commodities = s.Commodities, Destinations = s.Destinations, Scales = s.Scales, Parameters = s.Parameters,
    }).ToList();

    private static readonly DateOnly Today = new(2026, 12, 8);

    private static IReadOnlyList<ChecklistItem> Items(Commodity commodity, string hs, string destination, DateOnly? asOf = null,
        string scale = "micro", decimal valueUsd = 95_000m) =>
        ExportChecklist.Evaluate(Catalogue, new ExportCaseFacts(commodity, hs, destination, scale, valueUsd), asOf ?? Today);

    private static string[] Types(Commodity commodity, string hs, string destination, DateOnly? asOf = null, string scale = "micro", decimal valueUsd = 95_000m) =>
        ExportChecklist.Required(Items(commodity, hs, destination, asOf, scale, valueUsd)).ToArray();

    [Test]
    public void GreenCoffeeToAsean_NeedsFormD_NoEtk_IcoOnlyAdvisory_NotHalal()
    {
        var types = Types(Commodity.Coffee, "09011190", "MY");
        var ico = Items(Commodity.Coffee, "09011190", "MY").Single(i => i.DocumentType == "ico_certificate");

        Assert.That(types, Does.Contain("ska_form_d").And.Contain("phytosanitary"));
        Assert.That(types, Does.Not.Contain("ska").And.Not.Contain("halal").And.Not.Contain("tpp_sir").And.Not.Contain("etk_coffee").And.Not.Contain("ico_certificate"));
        Assert.That(ico.State, Is.EqualTo(ChecklistState.Advisory));
    }

    [Test]
    public void Etk_WasRequiredUntil14November2021_AndNotFrom15November()
    {
        Assert.That(Types(Commodity.Coffee, "09011190", "MY", new DateOnly(2021, 11, 14)), Does.Contain("etk_coffee"));
        Assert.That(Types(Commodity.Coffee, "09011190", "MY", new DateOnly(2021, 11, 15)), Does.Not.Contain("etk_coffee"));
    }

    [TestCase("09012120")]
    [TestCase("21011100")]
    public void ProcessedCoffee_NeedsHalal(string hs) =>
        Assert.That(Types(Commodity.Coffee, hs, "US"), Does.Contain("halal").And.Contain("ska").And.Not.Contain("ska_form_d"));

    [TestCase("CN", "ska_form_e")]
    [TestCase("KR", "ska_form_ak")]
    [TestCase("IN", "ska_form_ai")]
    [TestCase("AU", "ska_form_aanz")]
    [TestCase("NZ", "ska_form_aanz")]
    [TestCase("JP", "ska_form_ijepa")]
    [TestCase("DE", "rex_statement")]
    [TestCase("TH", "ska_form_d")]
    [TestCase("US", "ska")]
    public void CertificateOfOrigin_FollowsTheDestinationsAgreement(string destination, string form)
    {
        var forms = Types(Commodity.Coffee, "09011190", destination).Where(t => t.StartsWith("ska", StringComparison.Ordinal) || t == "rex_statement").ToList();
        Assert.That(forms, Is.EqualTo(new[] { form }));
    }

    [Test]
    public void Rubber_NeedsItsLicencesQualityCertificateAndBaleMarking_NotPhytosanitary()
    {
        var types = Types(Commodity.Rubber, "40012220", "CN");

        Assert.That(types, Does.Contain("tpp_sir").And.Contain("sppt_sni_1903").And.Contain("sir_quality_certificate").And.Contain("sir_bale_marking"));
        Assert.That(types, Does.Not.Contain("phytosanitary").And.Not.Contain("etk_coffee"));
    }

    [Test]
    public void BaleMarking_FromPermendag1of2026_InForce28January2026()
    {
        Assert.That(Types(Commodity.Rubber, "40012220", "CN", new DateOnly(2026, 1, 27)), Does.Not.Contain("sir_bale_marking"));
        Assert.That(Types(Commodity.Rubber, "40012220", "CN", new DateOnly(2026, 1, 28)), Does.Contain("sir_bale_marking"));
    }

    [Test]
    public void PalmOil_NeedsLevyAndDuty_Fisheries_NeedsHealthCertificate()
    {
        Assert.That(Types(Commodity.PalmOil, "15111000", "IN"), Does.Contain("palm_export_levy").And.Contain("palm_export_duty"));
        Assert.That(Types(Commodity.Fisheries, "03061721", "JP"), Does.Contain("fish_health_certificate").And.Not.Contain("phytosanitary"));
        Assert.That(Types(Commodity.Fisheries, "16041400", "US"), Does.Contain("fish_health_certificate"));
    }

    [TestCase(250_000, false)]
    [TestCase(250_000.01, true)]
    public void Dhe_SpecialAccount_AboveUsd250000(decimal value, bool needed) =>
        Assert.That(Types(Commodity.Coffee, "09011190", "US", valueUsd: value).Contains("dhe_special_account"), Is.EqualTo(needed));

    [TestCase("medium", "2026-12-29", null, "eudr_dds")]
    [TestCase("medium", "2026-12-30", "eudr_dds", null)]
    [TestCase("micro", "2026-12-30", null, "eudr_simplified_declaration")]
    [TestCase("small", "2027-06-29", null, "eudr_simplified_declaration")]
    [TestCase("small", "2027-06-30", "eudr_simplified_declaration", null)]
    public void Eudr_AppliesByScaleFromItsDate_AndShowsAsUpcomingBefore(string scale, string asOf, string? required, string? upcoming)
    {
        var items = Items(Commodity.Coffee, "09011190", "DE", DateOnly.Parse(asOf, CultureInfo.InvariantCulture), scale);
        var eudr = items.Where(i => ExportChecklist.DueDiligenceTypes.Contains(i.DocumentType)).ToList();

        Assert.That(eudr.Where(i => i.State == ChecklistState.Required).Select(i => i.DocumentType), Is.EqualTo(required is null ? [] : new[] { required }));
        Assert.That(eudr.Where(i => i.State == ChecklistState.Upcoming).Select(i => i.DocumentType), Is.EqualTo(upcoming is null ? [] : new[] { upcoming }));
    }

    [Test]
    public void Eudr_NotForJapan_NorForCinnamonToGermany()
    {
        Assert.That(Items(Commodity.Coffee, "09011190", "JP", new DateOnly(2028, 1, 1), "medium").Any(i => ExportChecklist.DueDiligenceTypes.Contains(i.DocumentType)), Is.False);
        Assert.That(Items(Commodity.Other, "09061100", "DE", new DateOnly(2028, 1, 1), "medium").Any(i => ExportChecklist.DueDiligenceTypes.Contains(i.DocumentType)), Is.False);
    }

    [Test]
    public void EveryCase_NeedsTheCommonDocuments_InStageOrder()
    {
        foreach (var commodity in Enum.GetValues<Commodity>())
        {
            var items = Items(commodity, "15111000", "IN");
            Assert.That(ExportChecklist.Required(items), Is.SupersetOf(new[] { "nib_export_kbli", "npwp", "customs_access", "sales_contract", "peb", "npe", "realisation_report" }));
            Assert.That(items.Select(r => (int)r.Stage), Is.Ordered, commodity.ToString());
            Assert.That(items.All(r => StageFlow.IsOpen(r.Stage)), Is.True, "a document holds up an open stage");
        }
    }

    [Test]
    public void EveryDocumentType_HasItsNameInTheTextCatalogue_InBothLanguages()
    {
        foreach (var type in Catalogue.Select(ExportChecklist.DocumentTypeOf).Distinct())
            Assert.That(MedanUmkm.Api.Infrastructure.Texts.ServerTexts.Has("export.document." + type), Is.True, type);
    }

    [TestCase(Commodity.Coffee, "09011190", true)]
    [TestCase(Commodity.Coffee, "21011100", true)]
    [TestCase(Commodity.Coffee, "40012220", false)]
    [TestCase(Commodity.Rubber, "40012220", true)]
    [TestCase(Commodity.Rubber, "15111000", false)]
    [TestCase(Commodity.PalmOil, "15111000", true)]
    [TestCase(Commodity.PalmOilDerivative, "15179090", true)]
    [TestCase(Commodity.Other, "46021990", true)]
    public void CommodityHs_Fits_OnlyTheCommodityHeadings(Commodity commodity, string hs, bool fits) =>
        Assert.That(CommodityHs.Fits(commodity, hs), Is.EqualTo(fits));
}

/// <summary>Stage targets from configuration, checked when the options are validated at start-up.</summary>
public sealed class StageTargetOptionsTests
{
    private static ExportCaseOptions Options(params (string Key, string? Value)[] entries)
    {
        var options = new ExportCaseOptions();
        foreach (var (key, value) in entries) options.StageTargetDays[key] = value;
        return options;
    }

    [Test]
    public void Targets_AreTheDefaults_OverriddenByConfiguredStages()
    {
        var targets = Options(("intake", "2"), ("LegalCheck", "20")).Targets;

        Assert.That(targets[ExportStage.Intake], Is.EqualTo(2));
        Assert.That(targets[ExportStage.LegalCheck], Is.EqualTo(20));
        Assert.That(targets[ExportStage.Customs], Is.EqualTo(StageTargets.Defaults[ExportStage.Customs]));
        Assert.That(targets.ContainsKey(ExportStage.Closed), Is.False);
    }

    [TestCase("closed", "5", "is not an open export stage")]
    [TestCase("shipping", "5", "is not an open export stage")]
    [TestCase("intake", "0", "positive whole number")]
    [TestCase("intake", "1.5", "positive whole number")]
    [TestCase("intake", "", "positive whole number")]
    public void Validator_RejectsBadTargets(string key, string value, string message)
    {
        var result = new ExportCaseOptions.Validator().Validate(null, Options((key, value)));

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain($"{StageTargets.Section}:{key}").And.Contain(message));
    }

    [Test]
    public void Validator_AcceptsGoodTargets() =>
        Assert.That(new ExportCaseOptions.Validator().Validate(null, Options(("customs", "10"))).Succeeded, Is.True);
}

/// <summary>A bad stage target stops the application at start-up rather than failing the requests that read it.</summary>
public sealed class StageTargetStartupTests
{
    [Test]
    public void Start_WithAStageTargetForAClosedStage_Fails()
    {
        using var api = new ApiFactory(new Dictionary<string, string> { ["ExportCases:StageTargetDays:closed"] = "5" });

        var failure = Assert.Catch(() => api.CreateClient());

        var validation = failure is AggregateException many ? many.Flatten().InnerExceptions.FirstOrDefault() : failure;
        Assert.That(validation, Is.InstanceOf<OptionsValidationException>(), failure?.ToString());
        Assert.That(validation!.Message, Does.Contain("ExportCases:StageTargetDays:closed is not an open export stage"));
    }
}
