namespace MedanUmkm.Api.Features.Loans;

/// <summary>The moves a loan referral may make: referred -> submitted -> approved | rejected; approved -> disbursed.</summary>
public static class LoanStatusFlow
{
    /// <summary>Only these moves; everything else is a 409 that names the allowed ones.</summary>
    public static readonly IReadOnlyDictionary<LoanStatus, LoanStatus[]> Allowed = new Dictionary<LoanStatus, LoanStatus[]>
    {
        [LoanStatus.Referred] = [LoanStatus.Submitted],
        [LoanStatus.Submitted] = [LoanStatus.Approved, LoanStatus.Rejected],
        [LoanStatus.Approved] = [LoanStatus.Disbursed],
        [LoanStatus.Rejected] = [],
        [LoanStatus.Disbursed] = [],
    };
}
