using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Rules for <see cref="AidInput"/>.</summary>
public sealed class AidInputValidator : AbstractValidator<AidInput>
{
    public const long MaxUnitValueIdr = 10_000_000_000;

    public AidInputValidator(TimeProvider clock)
    {
        RuleFor(a => a.GroupId).NotEmpty();
        RuleFor(a => a.Programme).NotEmpty().Length(2, 100);
        RuleFor(a => a.BudgetYear).FromUntilThisYear(2000, clock, yearsAhead: 1)
            .WithMessage(_ => $"budgetYear must be between 2000 and {OfficeTime.Today(clock).Year + 1}.");
        RuleFor(a => a.Items).NotNull().Must(i => i.Count >= 1).WithMessage("Give between 1 and 50 items.")
            .MaxItems(50).WithMessage("Give between 1 and 50 items.");
        RuleForEach(a => a.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Name).NotEmpty().Length(2, 200);
            i.RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
            i.RuleFor(x => x.Unit).NotEmpty().MaximumLength(30);
            i.RuleFor(x => x.UnitValueIdr).InclusiveBetween(1, MaxUnitValueIdr)
                .WithMessage("unitValueIdr must be a whole rupiah amount between 1 and 10,000,000,000.");
        });
        RuleFor(a => a.HandedOverOn).FromUntilToday(new DateOnly(2000, 1, 1), clock, yearsAhead: 1)
            .When(a => a.HandedOverOn is not null).WithMessage("handedOverOn must be a date between 2000-01-01 and a year from today.");
        RuleFor(a => a.HandoverDocumentNumber).MaximumLength(100);
        RuleFor(a => a.Notes).MaximumLength(1000);
    }
}
