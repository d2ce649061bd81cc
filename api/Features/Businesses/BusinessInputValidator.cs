using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Privacy;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Rules for <see cref="BusinessInput"/>, shared by register, update and import.</summary>
public sealed class BusinessInputValidator : AbstractValidator<BusinessInput>
{
    public static IReadOnlySet<string> KecamatanCodes => KecamatanRules.Codes;

    public BusinessInputValidator(TimeProvider clock)
    {
        RuleFor(b => b.Name).NotEmpty().Length(2, 200);
        RuleFor(b => b.OwnerName).NotEmpty().Length(2, 150);
        RuleFor(b => b.OwnerGender).NotNull().IsInEnum();
        RuleFor(b => b.OwnerNik).NotEmpty().Custom((nik, ctx) =>
        {
            if (Identifiers.NikProblem(nik, ctx.InstanceToValidate.OwnerGender) is { } problem) ctx.AddFailure(problem);
        });
        RuleFor(b => b.Nib).NotEmpty().Must(Identifiers.IsValidNib).WithMessage("NIB must be exactly 13 digits.");
        RuleFor(b => b.Npwp).Must(Identifiers.IsValidNpwp!).When(b => !string.IsNullOrWhiteSpace(b.Npwp))
            .WithMessage("NPWP must have 15 digits (old format XX.XXX.XXX.X-XXX.XXX) or 16 digits (new format).");
        RuleFor(b => b.Npwp).Custom((npwp, ctx) =>
        {
            if (Identifiers.NpwpOwnerProblem(npwp, ctx.InstanceToValidate.OwnerNik) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem) { ErrorCode = "npwp_not_owner_nik" });
        });
        RuleFor(b => b.Nitku).Custom((nitku, ctx) =>
        {
            if (Identifiers.NitkuProblem(nitku, ctx.InstanceToValidate.Npwp) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem) { ErrorCode = "nitku_invalid" });
        }).When(b => !string.IsNullOrWhiteSpace(b.Nitku));
        RuleFor(b => b.Kbli).MaxItems(20).WithMessage("At most 20 KBLI codes.")
            .Must(k => k!.Select(x => (x.Code, x.Version)).Distinct().Count() == k!.Count).WithMessage("KBLI codes must not repeat.")
            .When(b => b.Kbli is not null);
        RuleForEach(b => b.Kbli).ChildRules(k =>
        {
            k.RuleFor(x => x.Code).Must(Identifiers.IsValidKbli).WithMessage("KBLI code must be exactly 5 digits.");
            k.RuleFor(x => x.Version).Must(v => Identifiers.KbliVersions.Contains(v)).WithMessage("KBLI version must be 2020 or 2025.");
        });
        RuleFor(b => b.Sector).NotNull().IsInEnum();
        RuleFor(b => b.KecamatanCode).NotEmpty().Must(KecamatanCodes.Contains)
            .WithMessage("kecamatanCode must be one of Medan's 21 kecamatan (12.71.01 to 12.71.21).");
        RuleFor(b => b.Kelurahan).NotEmpty().When(b => string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Kelurahan).MaximumLength(100);
        RuleFor(b => b.KelurahanCode).Custom((code, ctx) =>
        {
            if (KelurahanRules.Problem(code!, ctx.InstanceToValidate.KecamatanCode) is { } problem)
                ctx.AddFailure(new FluentValidation.Results.ValidationFailure(ctx.PropertyPath, problem)
                {
                    ErrorCode = "kelurahan_not_in_kecamatan",
                    CustomState = new Dictionary<string, object?> { ["kelurahanCode"] = code, ["kecamatanCode"] = ctx.InstanceToValidate.KecamatanCode },
                });
        }).When(b => !string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Address).NotEmpty().MaximumLength(300);
        RuleFor(b => b.Phone).Must(p => Identifiers.NormalisePhone(p) is not null).When(b => !string.IsNullOrWhiteSpace(b.Phone))
            .WithMessage("Phone must be an Indonesian number such as 0812-3456-7890 or +62 812 3456 7890.");
        RuleFor(b => b.Email).EmailAddress().MaximumLength(200).When(b => !string.IsNullOrWhiteSpace(b.Email));
        RuleFor(b => b.FoundedYear).FromUntilThisYear(1900, clock).When(b => b.FoundedYear is not null)
            .WithMessage("foundedYear must be a year between 1900 and this year.");
        RuleFor(b => b.Employees).InclusiveBetween(0, 100_000);
        RuleFor(b => b.BusinessCapitalIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr)
            .Must(r => ScaleRules.ByRevenue(r) is not null).When(b => b.AnnualRevenueIdr > 0)
            .WithMessage("Annual sales above Rp 50 billion are beyond a medium business (PP 7/2021): not an UMKM.");
        RuleFor(b => b.BusinessCapitalIdr)
            .Must(c => ScaleRules.ByCapital(c) is not null).When(b => b.AnnualRevenueIdr == 0)
            .WithMessage("Business capital above Rp 10 billion is beyond a medium business (PP 7/2021): not an UMKM.");
        RuleFor(b => b.FosteredSince).FromUntilToday(new DateOnly(1990, 1, 1), clock)
            .WithMessage("fosteredSince must be a date between 1990-01-01 and today.");
        RuleFor(b => b.LegalForm).IsInEnum().When(b => b.LegalForm is not null);
        RuleFor(b => b.PkpStatus).IsInEnum().When(b => b.PkpStatus is not null);
        RuleFor(b => b.InaprocVerifiedOn).InclusiveBetween(new DateOnly(2000, 1, 1), OfficeTime.Today(clock)).When(b => b.InaprocVerifiedOn is not null)
            .WithMessage("inaprocVerifiedOn must be a date between 2000-01-01 and today.");
        RuleFor(b => b.OssVerifiedOn).InclusiveBetween(new DateOnly(2018, 1, 1), OfficeTime.Today(clock)).When(b => b.OssVerifiedOn is not null)
            .WithMessage("ossVerifiedOn must be a date between 2018-01-01 (OSS) and today.");
        RuleFor(b => b.OssVerifiedBy).NotEmpty().MaximumLength(150).When(b => b.OssVerifiedOn is not null)
            .WithMessage("ossVerifiedBy (who checked the NIB in OSS) is required with ossVerifiedOn.");
        RuleFor(b => b.DeedNumber).MaximumLength(60);
        RuleFor(b => b.DeedDate).NotNull().When(b => !string.IsNullOrWhiteSpace(b.DeedNumber))
            .WithMessage("deedDate is required with a deed number.");
        RuleFor(b => b.DeedNumber).NotEmpty().When(b => b.DeedDate is not null)
            .WithMessage("deedNumber is required with a deed date.");
        RuleFor(b => b.DeedDate).InclusiveBetween(new DateOnly(1900, 1, 1), OfficeTime.Today(clock)).When(b => b.DeedDate is not null)
            .WithMessage("deedDate must be a date between 1900-01-01 and today.");
        RuleFor(b => b.DeedNumber).Empty().When(b => b.LegalForm == Businesses.LegalForm.Perorangan)
            .WithMessage("A perorangan business has no deed of establishment; choose cv, pt, pt_perorangan or koperasi.");
    }
}
