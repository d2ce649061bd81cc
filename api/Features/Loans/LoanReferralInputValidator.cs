using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Rules for <see cref="LoanReferralInput"/>.</summary>
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
            .WithText("rupiah_between", ("min", 1), ("max", MaxAmountIdr));
        RuleFor(l => l.Purpose).NotEmpty().Length(3, 500);
        RuleFor(l => l.ReferredOn).FromUntilToday(new DateOnly(2000, 1, 1), clock)
            .When(l => l.ReferredOn is not null).WithText("date_between_and_today", ("min", new DateOnly(2000, 1, 1)));
    }
}
