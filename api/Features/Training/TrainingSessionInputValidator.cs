using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Training;

/// <summary>The rules of a <see cref="TrainingSessionInput"/>, shared by planning and editing a session.</summary>
public sealed class TrainingSessionInputValidator : AbstractValidator<TrainingSessionInput>
{
    public const int MaxCapacity = 500;

    public TrainingSessionInputValidator()
    {
        RuleFor(s => s.Title).NotEmpty().Length(3, 200);
        RuleFor(s => s.Topic).NotNull().IsInEnum();
        RuleFor(s => s.Description).MaximumLength(2000);
        RuleFor(s => s.Trainer).NotEmpty().Length(2, 150);
        RuleFor(s => s.Venue).NotEmpty().Length(2, 200);
        RuleFor(s => s.KecamatanCode).NotEmpty().Must(KecamatanRules.Codes.Contains)
            .WithText("kecamatan_not_medan");
        RuleFor(s => s.StartsAt).Must(t => OfficeTime.ParseTimestamp(t) is not null)
            .WithText("must_be_timestamp", ("example", "2027-01-14T09:00:00+07:00"));
        RuleFor(s => s.EndsAt).Must(t => OfficeTime.ParseTimestamp(t) is not null)
            .WithText("must_be_timestamp", ("example", "2027-01-14T15:00:00+07:00"));
        RuleFor(s => s.EndsAt)
            .Must((s, end) => OfficeTime.ParseTimestamp(end) > OfficeTime.ParseTimestamp(s.StartsAt))
            .WithText("training.ends_before_start")
            .Must((s, end) => OfficeTime.ParseTimestamp(end) - OfficeTime.ParseTimestamp(s.StartsAt) <= TimeSpan.FromDays(14))
            .WithText("training.session_too_long", ("maxDays", 14))
            .When(s => OfficeTime.ParseTimestamp(s.StartsAt) is not null && OfficeTime.ParseTimestamp(s.EndsAt) is not null);
        RuleFor(s => s.Capacity).InclusiveBetween(1, MaxCapacity);
    }
}
