using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The rules for the fields common to opening and updating a case (texts from the catalogue, codes for machines).</summary>
public sealed class ExportCaseFieldsValidator<T> : AbstractValidator<T> where T : IExportCaseFields
{
    public ExportCaseFieldsValidator()
    {
        RuleFor(c => c.Commodity).NotNull().IsInEnum().WithErrorCode("commodity_invalid")
            .WithMessage(_ => ServerTexts.Get("export.commodity_invalid", ("values", EnumText.All<Commodity>())));
        RuleFor(c => c.HsCode).NotEmpty().Must(Identifiers.IsValidHsCode).WithErrorCode("hs_invalid")
            .WithMessage(_ => ServerTexts.Get("export.hs_invalid"));
        RuleFor(c => c.HsCode).Must((c, hs) => CommodityHs.Fits(c.Commodity!.Value, Identifiers.Digits(hs)))
            .When(c => c.Commodity is not null && Identifiers.IsValidHsCode(c.HsCode)).WithErrorCode("hs_not_commodity")
            .WithMessage(c => ServerTexts.Get("export.hs_not_commodity", ("hs", c.HsCode), ("commodity", EnumText.Of(c.Commodity!.Value)),
                ("headings", CommodityHs.Headings[c.Commodity!.Value])));
        RuleFor(c => c.ProductDescription).NotEmpty().Length(3, 300);
        RuleFor(c => c.DestinationCountry).NotEmpty().Must(Countries.IsValid).WithErrorCode("destination_invalid")
            .WithMessage(_ => ServerTexts.Get("export.destination_invalid"));
        RuleFor(c => c.DestinationCountry).NotEqual("ID").WithErrorCode("destination_indonesia")
            .WithMessage(_ => ServerTexts.Get("export.destination_indonesia"));
        RuleFor(c => c.Volume).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m)
            .Must(v => decimal.Round(v, 3) == v).WithErrorCode("volume_decimals").WithMessage(_ => ServerTexts.Get("export.volume_decimals"));
        RuleFor(c => c.VolumeUnit).NotNull().IsInEnum().WithErrorCode("volume_unit_invalid")
            .WithMessage(_ => ServerTexts.Get("export.volume_unit_invalid", ("values", EnumText.All<VolumeUnit>())));
        RuleFor(c => c.EstimatedValueUsd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000_000m)
            .Must(v => decimal.Round(v, 2) == v).WithErrorCode("value_usd_decimals").WithMessage(_ => ServerTexts.Get("export.value_usd_decimals"));
        RuleFor(c => c.EstimatedValueIdr).InclusiveBetween(0, 1_000_000_000_000_000);
        RuleFor(c => c.AssignedOfficerId).Must(id => ExportCaseSql.TryParseId(id, out _)).When(c => c.AssignedOfficerId is not null)
            .WithErrorCode("officer_id_invalid").WithMessage(_ => ServerTexts.Get("export.officer_id_invalid"));
        RuleFor(c => c.PlannedShipmentOn).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2100, 12, 31))
            .When(c => c.PlannedShipmentOn is not null).WithErrorCode("planned_shipment_range")
            .WithMessage(_ => ServerTexts.Get("export.planned_shipment_range"));
        RuleFor(c => c.TppSirNumber).MaximumLength(60);
        // Permendag 1/2026: SIR only by producer-exporters holding a TPP SIR; a trader is stopped at intake.
        RuleFor(c => c.TppSirNumber).NotEmpty().WithErrorCode("rubber_not_sir_producer")
            .WithMessage(_ => ServerTexts.Get("export.rubber_not_sir_producer"))
            .When(c => c.Commodity is { } commodity && Identifiers.IsValidHsCode(c.HsCode)
                       && CommodityHs.IsSir(commodity, Identifiers.Digits(c.HsCode)));
    }
}
