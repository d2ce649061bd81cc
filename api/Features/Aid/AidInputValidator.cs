using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;
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
            .WithText("aid.budget_year_range", _ => TextRules.Args(("min", "2000"), ("max", (OfficeTime.Today(clock).Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        RuleFor(a => a.Items).NotNull().Must(i => i.Count >= 1).WithText("aid.items_count", ("min", 1), ("max", 50))
            .MaxItems(50).WithText("aid.items_count", ("min", 1), ("max", 50));
        RuleForEach(a => a.Items).ChildRules(i =>
        {
            i.RuleFor(x => x.Name).NotEmpty().Length(2, 200);
            i.RuleFor(x => x.Quantity).InclusiveBetween(1, 100_000);
            i.RuleFor(x => x.Unit).NotEmpty().MaximumLength(30);
            i.RuleFor(x => x.UnitValueIdr).InclusiveBetween(1, MaxUnitValueIdr)
                .WithText("rupiah_between", ("min", 1), ("max", MaxUnitValueIdr));
        });
        RuleFor(a => a.HandedOverOn).FromUntilToday(new DateOnly(2000, 1, 1), clock, yearsAhead: 1)
            .When(a => a.HandedOverOn is not null).WithText("aid.handed_over_on_range", ("min", new DateOnly(2000, 1, 1)));
        RuleFor(a => a.HandoverDocumentNumber).MaximumLength(100);
        RuleFor(a => a.Notes).MaximumLength(1000);
    }
}
