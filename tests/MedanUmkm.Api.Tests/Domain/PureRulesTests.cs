using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Ekatalog;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Tests.Domain;

/// <summary>Business scale under PP 7/2021, without HTTP.</summary>
public sealed class ScaleRulesTests
{
    [TestCase(0L, 2_000_000_000L, BusinessScale.Micro)]
    [TestCase(0L, 2_000_000_001L, BusinessScale.Small)]
    [TestCase(20_000_000_000L, 15_000_000_000L, BusinessScale.Small)] // operating: sales decide, not capital
    [TestCase(0L, 15_000_000_001L, BusinessScale.Medium)]
    [TestCase(1_000_000_000L, 0L, BusinessScale.Micro)]               // new business: capital decides
    [TestCase(1_000_000_001L, 0L, BusinessScale.Small)]
    [TestCase(10_000_000_000L, 0L, BusinessScale.Medium)]
    public void Derive_UsesSalesWhenReportedElseCapital(long capital, long revenue, BusinessScale scale) =>
        Assert.That(ScaleRules.Derive(capital, revenue), Is.EqualTo(scale));

    [Test]
    public void Derive_AboveMedium_IsNotAnUmkm()
    {
        Assert.That(ScaleRules.Derive(0, ScaleRules.MediumRevenueMax + 1), Is.Null);
        Assert.That(ScaleRules.Derive(ScaleRules.MediumCapitalMax + 1, 0), Is.Null);
    }
}

/// <summary>Export stage flow and the stage clock, without HTTP.</summary>
[Category("Clock")]
public sealed class StageRulesTests
{
    private static readonly DateTimeOffset Entered = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public void Flow_MovesForwardOneStage_OrEndsAnOpenCase()
    {
        Assert.That(StageFlow.Allowed(ExportStage.Intake), Is.EqualTo(new[] { ExportStage.LegalCheck, ExportStage.Rejected, ExportStage.Withdrawn }));
        Assert.That(StageFlow.Allowed(ExportStage.PostExport)[0], Is.EqualTo(ExportStage.Closed));
        Assert.That(StageFlow.Allowed(ExportStage.Closed), Is.Empty);
        Assert.That(StageFlow.Allowed(ExportStage.Withdrawn), Is.Empty);
        Assert.That(StageFlow.OutcomeOf(ExportStage.Rejected), Is.EqualTo(CaseOutcome.Rejected));
        Assert.That(StageFlow.OutcomeOf(ExportStage.Customs), Is.Null);
    }

    [Test]
    public void StageClock_IsOverdueOnlyOnceWholeDaysExceedTheTarget()
    {
        var targets = new Dictionary<ExportStage, int> { [ExportStage.LegalCheck] = 7 };

        var lastMinute = StageClock.Of(ExportStage.LegalCheck, Entered, Entered.AddDays(8).AddMinutes(-1), targets);
        var dayEight = StageClock.Of(ExportStage.LegalCheck, Entered, Entered.AddDays(8), targets);

        Assert.That(lastMinute, Is.EqualTo(new StageClock(7, 7, false)));
        Assert.That(dayEight, Is.EqualTo(new StageClock(8, 7, true)));
        Assert.That(StageClock.OverdueCutoff(Entered.AddDays(8), 7), Is.EqualTo(Entered), "the cutoff agrees with Of");
        Assert.That(StageClock.Of(ExportStage.Closed, Entered, Entered.AddDays(80), targets).IsOverdue, Is.False);
        Assert.That(StageClock.Of(ExportStage.Customs, Entered, Entered.AddDays(80), targets), Is.EqualTo(new StageClock(80, null, false)));
    }
}

/// <summary>Bearer token lifetimes are checked against the injected clock.</summary>
[Category("Clock")]
public sealed class TokenLifetimeTests
{
    private static readonly DateTime Issued = new(2026, 12, 31, 17, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    [Test]
    public void Lifetime_FromNotBeforeUntilExpiry_WithSkew()
    {
        var expires = Issued.AddMinutes(30);
        Assert.That(AuthSetup.LifetimeIsCurrent(Issued, expires, Issued, Skew), Is.True);
        Assert.That(AuthSetup.LifetimeIsCurrent(Issued, expires, expires.AddSeconds(30), Skew), Is.True);
        Assert.That(AuthSetup.LifetimeIsCurrent(Issued, expires, expires.AddSeconds(31), Skew), Is.False);
        Assert.That(AuthSetup.LifetimeIsCurrent(Issued, expires, Issued.AddSeconds(-31), Skew), Is.False, "not yet valid");
        Assert.That(AuthSetup.LifetimeIsCurrent(Issued, null, Issued, Skew), Is.False, "no expiry");
        Assert.That(AuthSetup.LifetimeIsCurrent(expires, Issued, Issued, Skew), Is.False, "expires before it starts");
    }
}
