using MedanUmkm.Api.Features.Loans;

namespace MedanUmkm.Api.Tests.Features.Loans;

/// <summary>Loan referral status moves and how ceilings are written, without HTTP.</summary>
public sealed class LoanRulesTests
{
    [Test]
    public void StatusFlow_FollowsTheBanksSteps_RejectedAndDisbursedFinal()
    {
        Assert.That(LoanStatusFlow.Allowed[LoanStatus.Referred], Is.EqualTo(new[] { LoanStatus.Submitted }));
        Assert.That(LoanStatusFlow.Allowed[LoanStatus.Submitted], Is.EqualTo(new[] { LoanStatus.Approved, LoanStatus.Rejected }));
        Assert.That(LoanStatusFlow.Allowed[LoanStatus.Approved], Is.EqualTo(new[] { LoanStatus.Disbursed }));
        Assert.That(LoanStatusFlow.Allowed[LoanStatus.Rejected], Is.Empty);
        Assert.That(LoanStatusFlow.Allowed[LoanStatus.Disbursed], Is.Empty);
        Assert.That(LoanStatusFlow.Allowed.Keys, Is.EquivalentTo(Enum.GetValues<LoanStatus>()));
    }

    [TestCase(10_000_000L, "Rp 10.000.000")]
    [TestCase(500_000_000L, "Rp 500.000.000")]
    [TestCase(0L, "Rp 0")]
    public void Rupiah_IsWrittenWithDotsForThousands(long amount, string expected) =>
        Assert.That(LoanCeilings.Rupiah(amount), Is.EqualTo(expected));

    [TestCase(LoanProduct.KurSuperMicro, "KUR Super Mikro")]
    [TestCase(LoanProduct.KurMicro, "KUR Mikro")]
    [TestCase(LoanProduct.KurSmall, "KUR Kecil")]
    [TestCase(LoanProduct.Commercial, "commercial loan")]
    [TestCase(LoanProduct.Other, "loan")]
    public void DisplayName_IsHowBanksNameTheProduct(LoanProduct product, string expected) =>
        Assert.That(LoanCeilings.DisplayName(product), Is.EqualTo(expected));
}
