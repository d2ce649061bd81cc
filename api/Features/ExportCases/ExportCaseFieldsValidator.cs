using FluentValidation;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The rules for the fields common to opening and updating a case.</summary>
public sealed class ExportCaseFieldsValidator<T> : AbstractValidator<T> where T : IExportCaseFields
{
    public ExportCaseFieldsValidator()
    {
        RuleFor(c => c.Commodity).NotNull().IsInEnum()
            .WithMessage($"commodity must be one of: {string.Join(", ", EnumText.All<Commodity>())}.");
        RuleFor(c => c.HsCode).NotEmpty().Must(Identifiers.IsValidHsCode)
            .WithMessage("hsCode must have 4 to 8 digits (dots allowed, e.g. 0901.11).");
        RuleFor(c => c.HsCode).Must((c, hs) => CommodityHs.Fits(c.Commodity!.Value, Identifiers.Digits(hs)))
            .When(c => c.Commodity is not null && Identifiers.IsValidHsCode(c.HsCode))
            .WithMessage(c => $"hsCode {c.HsCode} is not under a {EnumText.Of(c.Commodity!.Value)} heading ({string.Join(", ", CommodityHs.Headings[c.Commodity!.Value])}).");
        RuleFor(c => c.ProductDescription).NotEmpty().Length(3, 300);
        RuleFor(c => c.DestinationCountry).NotEmpty().Must(Countries.IsValid)
            .WithMessage("destinationCountry must be an ISO 3166-1 alpha-2 code in capitals, such as MY or US.");
        RuleFor(c => c.DestinationCountry).NotEqual("ID").WithMessage("An export goes to a country other than Indonesia.");
        RuleFor(c => c.Volume).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m)
            .Must(v => decimal.Round(v, 3) == v).WithMessage("volume has at most 3 decimals.");
        RuleFor(c => c.VolumeUnit).NotNull().IsInEnum()
            .WithMessage($"volumeUnit must be one of: {string.Join(", ", EnumText.All<VolumeUnit>())}.");
        RuleFor(c => c.EstimatedValueUsd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000_000m)
            .Must(v => decimal.Round(v, 2) == v).WithMessage("estimatedValueUsd has at most 2 decimals (cents).");
        RuleFor(c => c.EstimatedValueIdr).InclusiveBetween(0, 1_000_000_000_000_000);
        RuleFor(c => c.AssignedOfficerId).Must(id => ExportCaseSql.TryParseId(id, out _)).When(c => c.AssignedOfficerId is not null)
            .WithMessage("assignedOfficerId must be a user id.");
    }
}
