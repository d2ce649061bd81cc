using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Replaces a business's editable fields; needs the version read (If-Match).</summary>
public static class UpdateBusiness
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, ExpectedVersion version, BusinessInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(BusinessSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateBusiness))
        .WithSummary("Update a business (If-Match required)")
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int Id, int ExpectedVersion, BusinessInput Body) : ICommand<BusinessResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new BusinessInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, BusinessResponse>
    {
        private const string UpdateSql = """
            UPDATE Businesses SET Nib = @Nib, Name = @Name, OwnerName = @OwnerName, OwnerNik = @OwnerNik,
                OwnerGender = @OwnerGender, Npwp = @Npwp, Nitku = @Nitku, Sector = @Sector, KecamatanCode = @KecamatanCode,
                Kelurahan = @Kelurahan, KelurahanCode = @KelurahanCode, Address = @Address, Phone = @Phone, Email = @Email, FoundedYear = @FoundedYear,
                Employees = @Employees, BusinessCapitalIdr = @BusinessCapitalIdr, AnnualRevenueIdr = @AnnualRevenueIdr,
                Scale = @Scale, FosteredSince = @FosteredSince, UpdatedAt = @Now, Version = Version + 1,
                LegalForm = COALESCE(@LegalForm, LegalForm), PkpStatus = COALESCE(@PkpStatus, PkpStatus),
                InaprocVerifiedOn = COALESCE(@InaprocVerifiedOn, InaprocVerifiedOn), OssVerifiedOn = COALESCE(@OssVerifiedOn, OssVerifiedOn),
                OssVerifiedBy = COALESCE(@OssVerifiedBy, OssVerifiedBy), DeedNumber = COALESCE(@DeedNumber, DeedNumber),
                DeedDate = COALESCE(@DeedDate, DeedDate)
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<BusinessResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await BusinessSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Business", before.Id);
            await BusinessSql.EnsureNibFreeAsync(db, command.Body.Nib, command.Id, ct);
            var changed = await db.ExecuteAsync(UpdateSql,
                BusinessColumns.From(command.Body, command.Id, command.ExpectedVersion, clock.GetUtcNow()), ct);
            if (changed == 0) throw new PreconditionFailedException("Business", before.Id);
            await BusinessSql.WriteKbliAsync(db, command.Id, command.Body.Kbli, ct);
            changes.Touch(command.Id);
            var after = await BusinessSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("business", after.Id, "updated", before, after, ct);
            audit.Events.Raise("business.changed", "business", after.Id, new { businessId = after.Id, status = Domain.EnumText.Of(after.Status) });
            return after;
        }
    }
}
