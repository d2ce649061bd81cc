using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Groups;

/// <summary>Rules for <see cref="GroupInput"/>, shared by create and update.</summary>
public sealed class GroupInputValidator : AbstractValidator<GroupInput>
{
    public GroupInputValidator(TimeProvider clock)
    {
        RuleFor(g => g.Name).NotEmpty().Length(3, 200);
        RuleFor(g => g.Kind).NotNull().IsInEnum();
        RuleFor(g => g.Status).IsInEnum();
        RuleFor(g => g.KecamatanCode).NotEmpty().Must(BusinessInputValidator.KecamatanCodes.Contains)
            .WithText("kecamatan_not_medan");
        RuleFor(g => g.LeaderBusinessId).NotEmpty();
        RuleFor(g => g.FormedOn).FromUntilToday(new DateOnly(1960, 1, 1), clock)
            .WithText("date_between_and_today", ("min", new DateOnly(1960, 1, 1)));
    }
}
