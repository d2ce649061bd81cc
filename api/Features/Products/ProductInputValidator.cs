using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Rules for <see cref="ProductInput"/>, shared by create and update.</summary>
public sealed class ProductInputValidator : AbstractValidator<ProductInput>
{
    public ProductInputValidator()
    {
        RuleFor(p => p.Name).NotEmpty().Length(2, 200);
        RuleFor(p => p.Category).NotNull().IsInEnum();
        RuleFor(p => p.Description).MaximumLength(4000);
        RuleFor(p => p.PriceIdr).GreaterThan(0).LessThanOrEqualTo(100_000_000_000).When(p => p.PriceIdr is not null)
            .WithText("price_invalid");
        RuleFor(p => p.Unit).NotEmpty().MaximumLength(30);
        RuleFor(p => p.MinimumOrder).InclusiveBetween(1, 1_000_000).When(p => p.MinimumOrder is not null);
        RuleFor(p => p.KbliCode).Must(Identifiers.IsValidKbli).When(p => !string.IsNullOrEmpty(p.KbliCode))
            .WithText("kbli_code_invalid");
        RuleFor(p => p.KbliCode)
            .Must((p, code) => ProductCategories.Matches(p.Category!.Value, code!))
            .When(p => Identifiers.IsValidKbli(p.KbliCode) && p.Category is { } c && Enum.IsDefined(c))
            .WithText("kbli_not_in_category", p => TextRules.Args(("kbliCode", p.KbliCode), ("category", EnumText.Of(p.Category!.Value)),
                ("expected", ProductCategories.Prefixes(p.Category!.Value))));
        RuleFor(p => p.HsCode).Must(Identifiers.IsValidHsCode).When(p => !string.IsNullOrEmpty(p.HsCode))
            .WithText("hs_code_invalid");
        RuleFor(p => p.TkdnPercent).InclusiveBetween(0m, 100m).When(p => p.TkdnPercent is not null)
            .WithText("tkdn_range");
        RuleFor(p => p.TkdnPercent).Must(t => decimal.Round(t!.Value, 2) == t.Value).When(p => p.TkdnPercent is not null)
            .WithText("tkdn_decimals");
        RuleFor(p => p.SniNumber).MaximumLength(60);
        RuleFor(p => p.HalalCertificateNumber).MaximumLength(60);
        // No expiry is required: since UU 6/2023 art. 42 a certificate stays valid while ingredients and process are unchanged.
        RuleFor(p => p.HalalScheme).IsInEnum().When(p => p.HalalScheme is not null);
        RuleFor(p => p.IsNonHalal).NotEqual(true).When(p => !string.IsNullOrWhiteSpace(p.HalalCertificateNumber))
            .WithText("non_halal_with_certificate");
        RuleFor(p => p.HalalCertificateNumber).NotEmpty().When(p => p.HalalCertificateExpiresOn is not null)
            .WithText("halal_certificate_number_required");
        RuleFor(p => p.PirtNumber).MaximumLength(30);
        RuleFor(p => p.BpomNumber).MaximumLength(30);
    }
}
