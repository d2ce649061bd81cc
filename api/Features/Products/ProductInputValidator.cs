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
            .WithMessage("priceIdr must be a whole number of rupiah above 0.");
        RuleFor(p => p.Unit).NotEmpty().MaximumLength(30);
        RuleFor(p => p.MinimumOrder).InclusiveBetween(1, 1_000_000).When(p => p.MinimumOrder is not null);
        RuleFor(p => p.KbliCode).Must(Identifiers.IsValidKbli).When(p => !string.IsNullOrEmpty(p.KbliCode))
            .WithMessage("kbliCode must be exactly 5 digits.");
        RuleFor(p => p.KbliCode)
            .Must((p, code) => ProductCategories.Matches(p.Category!.Value, code!))
            .When(p => Identifiers.IsValidKbli(p.KbliCode) && p.Category is { } c && Enum.IsDefined(c))
            .WithMessage(p => $"kbliCode {p.KbliCode} does not fit category {EnumText.Of(p.Category!.Value)} (expected {ProductCategories.Describe(p.Category!.Value)}).");
        RuleFor(p => p.HsCode).Must(Identifiers.IsValidHsCode).When(p => !string.IsNullOrEmpty(p.HsCode))
            .WithMessage("hsCode must have 4 to 8 digits (dots allowed, e.g. 0901.11).");
        RuleFor(p => p.TkdnPercent).InclusiveBetween(0m, 100m).When(p => p.TkdnPercent is not null)
            .WithMessage("tkdnPercent must be between 0 and 100.");
        RuleFor(p => p.TkdnPercent).Must(t => decimal.Round(t!.Value, 2) == t.Value).When(p => p.TkdnPercent is not null)
            .WithMessage("tkdnPercent has at most 2 decimals.");
        RuleFor(p => p.SniNumber).MaximumLength(60);
        RuleFor(p => p.HalalCertificateNumber).MaximumLength(60);
        // No expiry is required: since UU 6/2023 art. 42 a certificate stays valid while ingredients and process are unchanged.
        RuleFor(p => p.HalalScheme).IsInEnum().When(p => p.HalalScheme is not null);
        RuleFor(p => p.IsNonHalal).NotEqual(true).When(p => !string.IsNullOrWhiteSpace(p.HalalCertificateNumber))
            .WithMessage("A non-halal product cannot have a halal certificate number.");
        RuleFor(p => p.HalalCertificateNumber).NotEmpty().When(p => p.HalalCertificateExpiresOn is not null)
            .WithMessage("halalCertificateNumber is required with an expiry date.");
        RuleFor(p => p.PirtNumber).MaximumLength(30);
        RuleFor(p => p.BpomNumber).MaximumLength(30);
    }
}
