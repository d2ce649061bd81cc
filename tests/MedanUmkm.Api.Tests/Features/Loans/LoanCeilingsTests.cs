using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Loans;

/// <summary>ReferLoan against the KUR ceilings of Permenko 1/2023 (LoanProductRules, migration 162).</summary>
public sealed class LoanCeilingsTests : ApiTest
{
    [TestCase("kur_super_micro", 10_000_000L)]
    [TestCase("kur_micro", 100_000_000L)]
    [TestCase("kur_small", 500_000_000L)]
    public async Task Refer_AtTheCeiling_Returns201_AndOneRupiahAbove_Returns400NamingTheCeiling(string product, long ceiling)
    {
        var business = await NewBusiness(Admin);
        await Expect(await Officer.PostAsJsonAsync("/api/v1/loan-referrals", Loan(business, product: product, amount: ceiling)), HttpStatusCode.Created);
        var before = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM LoanReferrals");

        var problem = await ExpectFieldError(
            await Officer.PostAsJsonAsync("/api/v1/loan-referrals", Loan(business, product: product, amount: ceiling + 1)), "amountRequestedIdr");

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("loan_amount_above_ceiling"));
        Assert.That(problem.GetProperty("parameters").GetProperty("maxAmountIdr").GetInt64(), Is.EqualTo(ceiling));
        Assert.That(problem.GetProperty("parameters").GetProperty("legalBasis").GetString(), Is.EqualTo("Permenko 1/2023"));
        Assert.That(problem.GetProperty("errors").GetProperty("amountRequestedIdr")[0].GetString(), Does.Contain("Permenko 1/2023"));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM LoanReferrals"), Is.EqualTo(before));
    }

    [Test]
    public async Task Refer_SuperMicroOf75Million_IsRefusedWithTheCeilingInRupiah()
    {
        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/loan-referrals",
            Loan(await NewBusiness(Admin), product: "kur_super_micro", amount: 75_000_000)), "amountRequestedIdr");

        Assert.That(problem.GetProperty("errors").GetProperty("amountRequestedIdr")[0].GetString(),
            Is.EqualTo("amountRequestedIdr paling banyak Rp 10.000.000 untuk KUR Super Mikro (Permenko 1/2023)."));
        Assert.That(problem.GetProperty("codes").GetProperty("amountRequestedIdr")[0].GetProperty("code").GetString(),
            Is.EqualTo("loan_amount_above_ceiling"));
    }

    [Test]
    public async Task Refer_CommercialLoan_HasNoKurCeiling()
    {
        await Expect(await Officer.PostAsJsonAsync("/api/v1/loan-referrals",
            Loan(await NewBusiness(Admin), product: "commercial", amount: 750_000_000)), HttpStatusCode.Created);
    }

    [Test]
    public async Task Refer_BeforeTheRuleTookEffect_IsNotHeldToIt()
    {
        await Expect(await Officer.PostAsJsonAsync("/api/v1/loan-referrals",
            Loan(await NewBusiness(Admin), product: "kur_super_micro", amount: 25_000_000, referredOn: "2022-12-31")), HttpStatusCode.Created);
    }
}
