using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>
/// /api/v1/loan-referrals (bank loans the office helps businesses apply for), /api/v1/loan-reports and
/// /api/v1/businesses/{id}/loan-referrals. Each use case maps its own route.
/// </summary>
public sealed class LoansGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/loan-referrals").WithTags("Loan referrals").Versioned("Loan referral", "LoanReferrals");
        ListLoanReferrals.Map(group);
        GetLoanReferral.Map(group);
        ReferLoan.Map(group);
        ChangeLoanStatus.Map(group);

        var reports = app.MapGroup("/loan-reports").WithTags("Loan reports");
        LoanApprovalRatesReport.Map(reports);
        LoanDisbursementsByQuarterReport.Map(reports);

        ListBusinessLoanReferrals.Map(app.MapGroup("/businesses").WithTags("Loan referrals"));
    }
}
