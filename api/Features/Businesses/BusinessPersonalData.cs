using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Privacy;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>
/// The personal fields of a business write. A caller who may not see personal data reads a masked
/// business; sending it back (GET then PUT) keeps the stored NIK, NPWP, address, phone and e-mail,
/// and any other value for those fields is a 400 <c>personal_data_not_permitted</c>. No write
/// stores a masked placeholder (<c>personal_data_masked</c>).
/// </summary>
public static class BusinessPersonalData
{
    /// <summary>Register: the caller supplies the values (they know them), but never a placeholder.</summary>
    public sealed class RegisterGuard : IPersonalDataWriteGuard<RegisterBusiness.Command>
    {
        public ValueTask<RegisterBusiness.Command> GuardAsync(RegisterBusiness.Command command, bool callerMaySee, CancellationToken ct)
        {
            if (command.Body is not { } b) return ValueTask.FromResult(command);
            var check = new PersonalFieldCheck(callerMaySee);
            check.Create("ownerNik", b.OwnerNik);
            check.Create("npwp", b.Npwp);
            check.Create("address", b.Address);
            check.Create("phone", b.Phone);
            check.Create("email", b.Email);
            check.ThrowIfRefused();
            return ValueTask.FromResult(command);
        }
    }

    /// <summary>Update: hidden fields keep their stored value unless the caller sends exactly it.</summary>
    public sealed class UpdateGuard(DbSession db) : IPersonalDataWriteGuard<UpdateBusiness.Command>
    {
        public async ValueTask<UpdateBusiness.Command> GuardAsync(UpdateBusiness.Command command, bool callerMaySee, CancellationToken ct)
        {
            if (command.Body is not { } b) return command;
            // The handler checks the version again in its transaction: a change in between is a 412.
            var stored = await BusinessSql.LoadAsync(db, command.Id, ct);
            var check = new PersonalFieldCheck(callerMaySee);
            var body = b with
            {
                OwnerNik = check.Update("ownerNik", PersonalDataKind.Nik, b.OwnerNik, stored.OwnerNik)!,
                Npwp = check.Update("npwp", PersonalDataKind.Npwp, b.Npwp, stored.Npwp, s => Identifiers.Digits(s)),
                Address = check.Update("address", PersonalDataKind.Address, b.Address, stored.Address)!,
                Phone = check.Update("phone", PersonalDataKind.Phone, b.Phone, stored.Phone, Identifiers.NormalisePhone),
                Email = check.Update("email", PersonalDataKind.Email, b.Email, stored.Email, s => s?.Trim().ToLowerInvariant()),
            };
            check.ThrowIfRefused();
            return command with { Body = body };
        }
    }
}
