using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Loans;

/// <summary>ReferLoan, ChangeLoanStatus, GetLoanReferral, ListLoanReferrals, ListBusinessLoanReferrals and the loan reports.</summary>
public sealed class LoanReferralsTests : ApiTest
{
    private async Task<(System.Text.Json.JsonElement Body, string ETag, string Url)> NewLoan(long amount = 50_000_000)
    {
        var (body, etag) = await Create(Officer, "/api/v1/loan-referrals", Loan(await NewBusiness(Admin), amount: amount));
        return (body, etag, $"/api/v1/loan-referrals/{body.GetProperty("id").GetString()}");
    }

    private Task<HttpResponseMessage> Move(string url, string? etag, object body) =>
        Officer.SendAsync(WithIfMatch(HttpMethod.Post, url + "/status", etag, body));

    [Test]
    public async Task Refer_StartsReferred_AndIsAudited()
    {
        var (loan, etag, _) = await NewLoan();

        Assert.That(loan.GetProperty("status").GetString(), Is.EqualTo("referred"));
        Assert.That(loan.GetProperty("bank").GetString(), Is.EqualTo("bri"));
        Assert.That(etag, Is.EqualTo("\"1\""));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'loan_referral' AND EntityId = @id",
            new { id = loan.GetProperty("id").GetString() }), Is.EqualTo(1));
    }

    [Test]
    public async Task Refer_WithUnknownProductOrZeroAmount_Returns400()
    {
        var body = Loan(await NewBusiness(Admin), product: "kur_mega");
        await Expect(await Officer.PostAsJsonAsync("/api/v1/loan-referrals", body), HttpStatusCode.BadRequest);
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/loan-referrals", Loan(await NewBusiness(Admin), amount: 0)), "amountRequestedIdr");
        await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/loan-referrals", Loan("987654")), "businessId");
    }

    [Test]
    public async Task Move_ReferredStraightToApproved_Returns409NamingAllowed()
    {
        var (_, etag, url) = await NewLoan();

        var problem = await Expect(await Move(url, etag, new { to = "approved", amountApprovedIdr = 1000 }), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("invalid_transition"));
        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "submitted" }));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("diajukan")); // "submitted" in Indonesian, the default
    }

    [Test]
    public async Task Move_SubmittedToDisbursed_Returns409NamingApprovedAndRejected()
    {
        var (_, etag, url) = await NewLoan();
        var (_, submitted) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted" });

        var problem = await Expect(await Move(url, submitted, new { to = "disbursed", amountDisbursedIdr = 1000 }), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("allowed").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "approved", "rejected" }));
    }

    [Test]
    public async Task Approve_MoreThanRequestedOrZero_Returns400()
    {
        var (_, etag, url) = await NewLoan(50_000_000);
        var (_, submitted) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted" });

        await ExpectFieldError(await Move(url, submitted, new { to = "approved", amountApprovedIdr = 50_000_001L }), "amountApprovedIdr");
        await ExpectFieldError(await Move(url, submitted, new { to = "approved", amountApprovedIdr = 0 }), "amountApprovedIdr");
        await ExpectFieldError(await Move(url, submitted, new { to = "approved" }), "amountApprovedIdr");
    }

    [Test]
    public async Task Disburse_MoreThanApproved_Returns400_ThenFullPath()
    {
        var (_, etag, url) = await NewLoan(50_000_000);
        (_, etag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted" });
        (_, etag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "approved", amountApprovedIdr = 40_000_000L });

        await ExpectFieldError(await Move(url, etag, new { to = "disbursed", amountDisbursedIdr = 40_000_001L }), "amountDisbursedIdr");
        var (disbursed, _) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "disbursed", amountDisbursedIdr = 40_000_000L });

        Assert.That(disbursed.GetProperty("status").GetString(), Is.EqualTo("disbursed"));
        Assert.That(disbursed.GetProperty("amountApprovedIdr").GetInt64(), Is.EqualTo(40_000_000L));
        Assert.That(disbursed.GetProperty("amountDisbursedIdr").GetInt64(), Is.EqualTo(40_000_000L));
        Assert.That(disbursed.GetProperty("disbursedOn").GetString(), Is.Not.Null);
    }

    [Test]
    public async Task Reject_IsFinal()
    {
        var (_, etag, url) = await NewLoan();
        (_, etag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted" });
        var (rejected, rejectedETag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "rejected", reason = "Agunan tidak mencukupi" });

        Assert.That(rejected.GetProperty("rejectionReason").GetString(), Is.EqualTo("Agunan tidak mencukupi"));
        var problem = await Expect(await Move(url, rejectedETag, new { to = "approved", amountApprovedIdr = 1 }), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("allowed").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task Move_WithoutIfMatch_Returns428_StaleReturns412_FutureDateReturns400()
    {
        var (_, etag, url) = await NewLoan();
        await Expect(await Move(url, null, new { to = "submitted" }), HttpStatusCode.PreconditionRequired);
        await ExpectFieldError(await Move(url, etag, new { to = "submitted", on = Today.AddDays(3) }), "on");
        await ExpectFieldError(await Move(url, etag, new { to = "submitted", on = "2024-01-01" }), "on");
        await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted" });
        await Expect(await Move(url, etag, new { to = "rejected" }), HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task BusinessPage_ListsItsReferrals_AndListFilters()
    {
        var business = await NewBusiness(Admin);
        await Create(Officer, "/api/v1/loan-referrals", Loan(business, "bank_sumut", "kur_small", 200_000_000));
        await Create(Officer, "/api/v1/loan-referrals", Loan(business, "bsi", "kur_micro"));

        var page = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{business}/loan-referrals"), HttpStatusCode.OK);
        Assert.That(page.GetArrayLength(), Is.EqualTo(2));
        var list = await Expect(await Viewer.GetAsync($"/api/v1/loan-referrals?businessId={business}&bank=bank_sumut"), HttpStatusCode.OK);
        Assert.That(list.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        Assert.That(list.GetProperty("items")[0].GetProperty("product").GetString(), Is.EqualTo("kur_small"));
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/loan-referrals?bank=bca"), "bank");
        await Expect(await Viewer.GetAsync("/api/v1/businesses/987654/loan-referrals"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ApprovalRates_CountDecidedOnly_PerBankAndProduct()
    {
        // Year 2019 is used only by this test.
        var business = await NewBusiness(Admin);
        await LoanThrough(Officer, Loan(business, "mandiri", "kur_micro", referredOn: "2019-02-01"), "submitted", "approved");
        await LoanThrough(Officer, Loan(business, "mandiri", "kur_micro", referredOn: "2019-03-01"), "submitted", "approved", "disbursed");
        await LoanThrough(Officer, Loan(business, "mandiri", "kur_micro", referredOn: "2019-04-01"), "submitted", "rejected");
        await LoanThrough(Officer, Loan(business, "mandiri", "kur_micro", referredOn: "2019-05-01"), "submitted");
        await LoanThrough(Officer, Loan(business, "btn", "commercial", referredOn: "2019-05-01"));

        var rates = await Expect(await Viewer.GetAsync("/api/v1/loan-reports/approval-rates?year=2019"), HttpStatusCode.OK);

        var mandiri = rates.EnumerateArray().Single(r => r.GetProperty("bank").GetString() == "mandiri");
        Assert.That(mandiri.GetProperty("referrals").GetInt32(), Is.EqualTo(4));
        Assert.That(mandiri.GetProperty("approved").GetInt32(), Is.EqualTo(2));
        Assert.That(mandiri.GetProperty("rejected").GetInt32(), Is.EqualTo(1));
        Assert.That(mandiri.GetProperty("pending").GetInt32(), Is.EqualTo(1));
        Assert.That(mandiri.GetProperty("approvalRate").GetDouble(), Is.EqualTo(0.6667).Within(0.0001));
        var btn = rates.EnumerateArray().Single(r => r.GetProperty("bank").GetString() == "btn");
        Assert.That(btn.GetProperty("approvalRate").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task DisbursedByQuarter_SumsByDisbursementDate()
    {
        var business = await NewBusiness(Admin);
        var (_, etag) = await Create(Officer, "/api/v1/loan-referrals", Loan(business, amount: 30_000_000, referredOn: "2020-01-10"));
        var url = $"/api/v1/loan-referrals/{(await Expect(await Viewer.GetAsync("/api/v1/loan-referrals?businessId=" + business), HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetString()}";
        (_, etag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "submitted", on = "2020-01-20" });
        (_, etag) = await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "approved", on = "2020-03-20", amountApprovedIdr = 30_000_000L });
        await Send(Officer, HttpMethod.Post, url + "/status", etag, new { to = "disbursed", on = "2020-04-02", amountDisbursedIdr = 25_000_000L });

        var report = await Expect(await Viewer.GetAsync("/api/v1/loan-reports/disbursed-by-quarter?year=2020"), HttpStatusCode.OK);

        Assert.That(report.GetProperty("quarters")[0].GetProperty("loans").GetInt32(), Is.EqualTo(0));
        Assert.That(report.GetProperty("quarters")[1].GetProperty("loans").GetInt32(), Is.EqualTo(1));
        Assert.That(report.GetProperty("quarters")[1].GetProperty("amountDisbursedIdr").GetInt64(), Is.EqualTo(25_000_000L));
        Assert.That(report.GetProperty("amountDisbursedIdr").GetInt64(), Is.EqualTo(25_000_000L));
        await ExpectFieldError(await Viewer.GetAsync("/api/v1/loan-reports/disbursed-by-quarter?year=1800"), "year");
    }

    [Test]
    public async Task Refer_AsViewer_Returns403()
    {
        await Expect(await Viewer.PostAsJsonAsync("/api/v1/loan-referrals", Loan("1")), HttpStatusCode.Forbidden);
    }
}
