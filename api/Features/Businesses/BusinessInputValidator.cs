using MedanUmkm.Api.Infrastructure.Texts;
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
            if (Identifiers.NikProblem(nik, ctx.InstanceToValidate.OwnerGender) is { } problem) ctx.AddFailure(TextRules.Failure(ctx.PropertyPath, problem));
        });
        RuleFor(b => b.Nib).NotEmpty().Must(Identifiers.IsValidNib).WithText("nib_invalid");
        RuleFor(b => b.Npwp).Must(Identifiers.IsValidNpwp!).When(b => !string.IsNullOrWhiteSpace(b.Npwp))
            .WithText("npwp_invalid");
        RuleFor(b => b.Npwp).Custom((npwp, ctx) =>
        {
            if (Identifiers.NpwpOwnerProblem(npwp, ctx.InstanceToValidate.OwnerNik) is { } problem)
                ctx.AddFailure(TextRules.Failure(ctx.PropertyPath, problem));
        });
        RuleFor(b => b.Nitku).Custom((nitku, ctx) =>
        {
            if (Identifiers.NitkuProblem(nitku, ctx.InstanceToValidate.Npwp) is not { } problem) return;
            var failure = TextRules.Failure(ctx.PropertyPath, problem);
            failure.ErrorCode = "nitku_invalid"; // the field's one code for every reason (clients rely on it)
            ctx.AddFailure(failure);
        }).When(b => !string.IsNullOrWhiteSpace(b.Nitku));
        RuleFor(b => b.Kbli).MaxItems(20).WithText("kbli_too_many", ("max", 20))
            .Must(k => k!.Select(x => (x.Code, x.Version)).Distinct().Count() == k!.Count).WithText("kbli_repeated")
            .When(b => b.Kbli is not null);
        RuleForEach(b => b.Kbli).ChildRules(k =>
        {
            k.RuleFor(x => x.Code).Must(Identifiers.IsValidKbli).WithText("kbli_code_invalid");
            k.RuleFor(x => x.Version).Must(v => Identifiers.KbliVersions.Contains(v)).WithText("kbli_version_invalid");
        });
        RuleFor(b => b.Sector).NotNull().IsInEnum();
        RuleFor(b => b.KecamatanCode).NotEmpty().Must(KecamatanCodes.Contains)
            .WithText("kecamatan_not_medan");
        RuleFor(b => b.Kelurahan).NotEmpty().When(b => string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Kelurahan).MaximumLength(100);
        RuleFor(b => b.KelurahanCode).Custom((code, ctx) =>
        {
            if (KelurahanRules.Problem(code!, ctx.InstanceToValidate.KecamatanCode) is { } problem)
            {
                var found = KelurahanRules.NameOf(code);
                var failure = TextRules.Failure(ctx.PropertyPath, problem, ("kelurahanCode", code), ("kecamatanCode", ctx.InstanceToValidate.KecamatanCode),
                    ("kelurahanName", found?.Name), ("kelurahanKecamatanCode", found?.KecamatanCode));
                failure.ErrorCode = "kelurahan_not_in_kecamatan"; // the field's one code for both reasons (clients rely on it)
                ctx.AddFailure(failure);
            }
        }).When(b => !string.IsNullOrWhiteSpace(b.KelurahanCode));
        RuleFor(b => b.Address).NotEmpty().MaximumLength(300);
        RuleFor(b => b.Phone).Must(p => Identifiers.NormalisePhone(p) is not null).When(b => !string.IsNullOrWhiteSpace(b.Phone))
            .WithText("phone_invalid");
        RuleFor(b => b.Email).EmailAddress().MaximumLength(200).When(b => !string.IsNullOrWhiteSpace(b.Email));
        RuleFor(b => b.FoundedYear).FromUntilThisYear(1900, clock).When(b => b.FoundedYear is not null)
            .WithText("year_between_and_this_year", ("min", "1900"));
        RuleFor(b => b.Employees).InclusiveBetween(0, 100_000);
        RuleFor(b => b.BusinessCapitalIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr).GreaterThanOrEqualTo(0);
        RuleFor(b => b.AnnualRevenueIdr)
            .Must(r => ScaleRules.ByRevenue(r) is not null).When(b => b.AnnualRevenueIdr > 0)
            .WithText("revenue_above_umkm");
        RuleFor(b => b.BusinessCapitalIdr)
            .Must(c => ScaleRules.ByCapital(c) is not null).When(b => b.AnnualRevenueIdr == 0)
            .WithText("capital_above_umkm");
        RuleFor(b => b.FosteredSince).FromUntilToday(new DateOnly(1990, 1, 1), clock)
            .WithText("date_between_and_today", ("min", new DateOnly(1990, 1, 1)));
        RuleFor(b => b.LegalForm).IsInEnum().When(b => b.LegalForm is not null);
        RuleFor(b => b.PkpStatus).IsInEnum().When(b => b.PkpStatus is not null);
        RuleFor(b => b.InaprocVerifiedOn).InclusiveBetween(new DateOnly(2000, 1, 1), OfficeTime.Today(clock)).When(b => b.InaprocVerifiedOn is not null)
            .WithText("date_between_and_today", ("min", new DateOnly(2000, 1, 1)));
        RuleFor(b => b.OssVerifiedOn).InclusiveBetween(new DateOnly(2018, 1, 1), OfficeTime.Today(clock)).When(b => b.OssVerifiedOn is not null)
            .WithText("date_between_and_today", ("min", new DateOnly(2018, 1, 1)));
        RuleFor(b => b.OssVerifiedBy).NotEmpty().MaximumLength(150).When(b => b.OssVerifiedOn is not null)
            .WithText("oss_verified_by_required");
        RuleFor(b => b.DeedNumber).MaximumLength(60);
        RuleFor(b => b.DeedDate).NotNull().When(b => !string.IsNullOrWhiteSpace(b.DeedNumber))
            .WithText("deed_date_required");
        RuleFor(b => b.DeedNumber).NotEmpty().When(b => b.DeedDate is not null)
            .WithText("deed_number_required");
        RuleFor(b => b.DeedDate).InclusiveBetween(new DateOnly(1900, 1, 1), OfficeTime.Today(clock)).When(b => b.DeedDate is not null)
            .WithText("date_between_and_today", ("min", new DateOnly(1900, 1, 1)));
        RuleFor(b => b.DeedNumber).Empty().When(b => b.LegalForm == Businesses.LegalForm.Perorangan)
            .WithText("perorangan_has_no_deed");
    }
}
