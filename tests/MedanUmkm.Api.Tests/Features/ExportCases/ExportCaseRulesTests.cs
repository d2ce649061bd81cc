using MedanUmkm.Api.Features.ExportCases;
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

/// <summary>The document checklist and the commodity's HS headings, without HTTP.</summary>
public sealed class DocumentChecklistTests
{
    private static string[] Types(Commodity commodity, string hs, string destination) =>
        DocumentChecklist.For(commodity, hs, destination).Select(r => r.Type).ToArray();

    [Test]
    public void GreenCoffeeToAsean_NeedsFormD_EtkAndIco_NotHalal()
    {
        var types = Types(Commodity.Coffee, "09011190", "MY");

        Assert.That(types, Does.Contain("ska_form_d").And.Contain("etk_coffee").And.Contain("ico_certificate").And.Contain("phytosanitary"));
        Assert.That(types, Does.Not.Contain("ska").And.Not.Contain("halal").And.Not.Contain("tpp_sir"));
    }

    [TestCase("09012120")]
    [TestCase("21011100")]
    public void ProcessedCoffee_NeedsHalal(string hs) =>
        Assert.That(Types(Commodity.Coffee, hs, "US"), Does.Contain("halal").And.Contain("ska").And.Not.Contain("ska_form_d"));

    [Test]
    public void Rubber_NeedsItsLicencesAndQualityCertificate_NotPhytosanitary()
    {
        var types = Types(Commodity.Rubber, "40012220", "CN");

        Assert.That(types, Does.Contain("tpp_sir").And.Contain("sppt_sni_1903").And.Contain("sir_quality_certificate"));
        Assert.That(types, Does.Not.Contain("phytosanitary").And.Not.Contain("etk_coffee"));
    }

    [Test]
    public void EveryCase_NeedsTheCommonDocuments_InStageOrder()
    {
        foreach (var commodity in Enum.GetValues<Commodity>())
        {
            var requirements = DocumentChecklist.For(commodity, "15111000", "IN");
            Assert.That(requirements.Select(r => r.Type), Is.SupersetOf(new[] { "nib_export_kbli", "npwp", "customs_access", "sales_contract", "peb", "npe", "realisation_report" }));
            Assert.That(requirements.Select(r => (int)r.Stage), Is.Ordered, commodity.ToString());
            Assert.That(requirements.All(r => StageFlow.IsOpen(r.Stage)), Is.True, "a document holds up an open stage");
        }
    }

    [Test]
    public void Types_AreUnique_AndPositionFollowsTheList()
    {
        Assert.That(DocumentChecklist.ByType, Has.Count.EqualTo(DocumentChecklist.Requirements.Count));
        for (var i = 0; i < DocumentChecklist.Requirements.Count; i++)
            Assert.That(DocumentChecklist.Position(DocumentChecklist.Requirements[i].Type), Is.EqualTo(i));
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
