using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Banks the office refers businesses to (KUR channelling banks in Medan); other for the rest.</summary>
public enum LoanBank { BankSumut, Bri, Bni, Mandiri, Bsi, Btn, Other }

/// <summary>KUR (people's business credit) schemes and commercial loans.</summary>
public enum LoanProduct { KurSuperMicro, KurMicro, KurSmall, Commercial, Other }

/// <summary>referred -> submitted -> approved or rejected; approved -> disbursed.</summary>
public enum LoanStatus { Referred, Submitted, Approved, Rejected, Disbursed }

/// <summary>A referral of a business to a bank for a loan.</summary>
/// <param name="BusinessId" example="42">The business seeking the loan.</param>
/// <param name="Bank" example="bri">bank_sumut, bri, bni, mandiri, bsi, btn or other.</param>
/// <param name="Product" example="kur_micro">kur_super_micro, kur_micro, kur_small, commercial or other.</param>
/// <param name="AmountRequestedIdr" example="50000000">Amount asked for, whole rupiah.</param>
/// <param name="Purpose" example="Modal kerja pembelian biji kopi">What the money is for.</param>
/// <param name="ReferredOn" example="2026-02-03">Date of the referral (default today).</param>
public sealed record LoanReferralInput(
    string BusinessId, LoanBank? Bank, LoanProduct? Product, long AmountRequestedIdr, string Purpose, DateOnly? ReferredOn);

/// <summary>A bank loan the office helped a business apply for (the office lends nothing itself).</summary>
public sealed record LoanReferralResponse : IVersioned
{
    /// <example>31</example>
    public required string Id { get; init; }
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required LoanBank Bank { get; init; }
    public required LoanProduct Product { get; init; }
    public required long AmountRequestedIdr { get; init; }
    public required string Purpose { get; init; }
    public required LoanStatus Status { get; init; }
    public required DateOnly ReferredOn { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    /// <summary>Date the bank approved or rejected.</summary>
    public DateOnly? DecidedOn { get; init; }
    public long? AmountApprovedIdr { get; init; }
    public DateOnly? DisbursedOn { get; init; }
    public long? AmountDisbursedIdr { get; init; }
    public string? RejectionReason { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}
