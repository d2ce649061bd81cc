using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Riok.Mapperly.Abstractions;

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
public sealed record LoanReferralResponse
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

public sealed class LoanReferralRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string BusinessName { get; init; } = "";
    public string Bank { get; init; } = "";
    public string Product { get; init; } = "";
    public long AmountRequestedIdr { get; init; }
    public string Purpose { get; init; } = "";
    public string Status { get; init; } = "";
    public DateOnly ReferredOn { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public long? AmountApprovedIdr { get; init; }
    public DateOnly? DisbursedOn { get; init; }
    public long? AmountDisbursedIdr { get; init; }
    public string? RejectionReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

[Mapper]
public static partial class LoanMapper
{
    public static partial LoanReferralResponse ToResponse(LoanReferralRow row);

    public static LoanBank ToBank(string s) => EnumText.Parse<LoanBank>(s);
    public static LoanProduct ToProduct(string s) => EnumText.Parse<LoanProduct>(s);
    public static LoanStatus ToStatus(string s) => EnumText.Parse<LoanStatus>(s);
}

public static class LoanSql
{
    public const string Select = """
        SELECT l.Id, l.BusinessId, b.Name AS BusinessName, l.Bank, l.Product, l.AmountRequestedIdr, l.Purpose, l.Status,
               l.ReferredOn, l.SubmittedOn, l.DecidedOn, l.AmountApprovedIdr, l.DisbursedOn, l.AmountDisbursedIdr,
               l.RejectionReason, l.CreatedAt, l.UpdatedAt, l.Version
        FROM LoanReferrals l
        JOIN Businesses b ON b.Id = l.BusinessId
        """;

    private const string ById = Select + "\nWHERE l.Id = @Id";

    public static int ParseId(string id) => RouteIds.Parse(id, "Loan referral");

    public static async Task<LoanReferralResponse> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        LoanMapper.ToResponse(await db.QuerySingleOrDefaultAsync<LoanReferralRow>(ById, new { Id = id }, ct)
                              ?? throw new NotFoundException("Loan referral", id.ToString()));

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

public sealed class LoanReferralInputValidator : AbstractValidator<LoanReferralInput>
{
    /// <summary>Far above any KUR ceiling (Rp 500 million) and UMKM commercial loan; catches typing errors.</summary>
    public const long MaxAmountIdr = 50_000_000_000;

    public LoanReferralInputValidator(TimeProvider clock)
    {
        RuleFor(l => l.BusinessId).NotEmpty();
        RuleFor(l => l.Bank).NotNull().IsInEnum();
        RuleFor(l => l.Product).NotNull().IsInEnum();
        RuleFor(l => l.AmountRequestedIdr).InclusiveBetween(1, MaxAmountIdr)
            .WithMessage("amountRequestedIdr must be a whole rupiah amount between 1 and 50,000,000,000.");
        RuleFor(l => l.Purpose).NotEmpty().Length(3, 500);
        RuleFor(l => l.ReferredOn).FromUntilToday(new DateOnly(2000, 1, 1), clock)
            .When(l => l.ReferredOn is not null).WithMessage("referredOn must be a date between 2000-01-01 and today.");
    }
}
