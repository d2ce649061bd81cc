using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Businesses;

/// <summary>Registers a fostered business. Scale is derived; e-katalog status starts at not_started.</summary>
public static class RegisterBusiness
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (BusinessInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/businesses/{created.Id}", created);
            })
        .WithName(nameof(RegisterBusiness))
        .WithSummary("Register a fostered business")
        .WithDescription("Scale is derived from capital or annual sales (PP 7/2021). A NIB already registered is a 409.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(BusinessInput Body) : ICommand<BusinessResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new BusinessInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, BusinessResponse>
    {
        private const string InsertSql = """
            INSERT INTO Businesses (Nib, Name, OwnerName, OwnerNik, OwnerGender, Npwp, Nitku, Sector, KecamatanCode, Kelurahan, KelurahanCode,
                Address, Phone, Email, FoundedYear, Employees, BusinessCapitalIdr, AnnualRevenueIdr, Scale, FosteredSince,
                Status, EkatalogStatus, CreatedAt, UpdatedAt, Version,
                LegalForm, PkpStatus, InaprocVerifiedOn, OssVerifiedOn, OssVerifiedBy, DeedNumber, DeedDate)
            VALUES (@Nib, @Name, @OwnerName, @OwnerNik, @OwnerGender, @Npwp, @Nitku, @Sector, @KecamatanCode, @Kelurahan, @KelurahanCode,
                @Address, @Phone, @Email, @FoundedYear, @Employees, @BusinessCapitalIdr, @AnnualRevenueIdr, @Scale, @FosteredSince,
                'active', 'not_started', @Now, @Now, 1,
                @LegalForm, @PkpStatus, @InaprocVerifiedOn, @OssVerifiedOn, @OssVerifiedBy, @DeedNumber, @DeedDate)
            """;

        public async ValueTask<BusinessResponse> Handle(Command command, CancellationToken ct)
        {
            var input = command.Body;
            await BusinessSql.EnsureNibFreeAsync(db, input.Nib, null, ct);
            var id = await db.InsertAsync(InsertSql, BusinessColumns.From(input, null, null, clock.GetUtcNow()), ct);
            await BusinessSql.WriteKbliAsync(db, id, input.Kbli, ct);
            changes.Touch(id);
            var created = await BusinessSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("business", created.Id, "registered", null, created, ct);
            audit.Events.Raise("business.registered", "business", created.Id, new { businessId = created.Id });
            return created;
        }
    }
}
