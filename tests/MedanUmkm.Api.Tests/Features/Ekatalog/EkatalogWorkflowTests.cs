using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Ekatalog;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

/// <summary>The pure rules of the area, without HTTP: the listing workflow's steps.</summary>
public sealed class EkatalogWorkflowTests
{
    [TestCase(EkatalogStatus.NotStarted, EkatalogStatus.Preparing)]
    [TestCase(EkatalogStatus.Preparing, EkatalogStatus.Submitted)]
    [TestCase(EkatalogStatus.Preparing, EkatalogStatus.NotStarted)]
    [TestCase(EkatalogStatus.Submitted, EkatalogStatus.Listed)]
    [TestCase(EkatalogStatus.Submitted, EkatalogStatus.Rejected)]
    [TestCase(EkatalogStatus.Rejected, EkatalogStatus.Preparing)]
    [TestCase(EkatalogStatus.Listed, EkatalogStatus.Delisted)]
    [TestCase(EkatalogStatus.Delisted, EkatalogStatus.Preparing)]
    public void IsAllowed_TheWorkflowSteps(EkatalogStatus from, EkatalogStatus to) =>
        Assert.That(EkatalogWorkflow.IsAllowed(from, to), Is.True);

    [TestCase(EkatalogStatus.NotStarted, EkatalogStatus.Submitted)]
    [TestCase(EkatalogStatus.Preparing, EkatalogStatus.Listed)]
    [TestCase(EkatalogStatus.Listed, EkatalogStatus.Preparing)]
    [TestCase(EkatalogStatus.Rejected, EkatalogStatus.Submitted)]
    [TestCase(EkatalogStatus.Listed, EkatalogStatus.Listed)]
    public void IsAllowed_NotOtherSteps(EkatalogStatus from, EkatalogStatus to) =>
        Assert.That(EkatalogWorkflow.IsAllowed(from, to), Is.False);

    [Test]
    public void EveryStatus_HasSomewhereToGo() =>
        Assert.That(Enum.GetValues<EkatalogStatus>().All(s => EkatalogWorkflow.Allowed[s].Length > 0), Is.True);

    [Test]
    public void NeedsReason_OnlyRejectingAndDelisting() =>
        Assert.That(Enum.GetValues<EkatalogStatus>().Where(EkatalogWorkflow.NeedsReason),
            Is.EquivalentTo(new[] { EkatalogStatus.Rejected, EkatalogStatus.Delisted }));
}
