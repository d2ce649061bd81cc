using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Adds a product to a business; the business's e-katalog readiness is recomputed in the same transaction.</summary>
public static class CreateProduct
{
    public sealed record Command(int BusinessId, ProductInput Body) : ICommand<ProductResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ProductInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, ProductResponse>
    {
        private const string InsertSql = """
            INSERT INTO Products (BusinessId, Name, Category, Description, PriceIdr, Unit, MinimumOrder, KbliCode, HsCode,
                TkdnPercent, SniNumber, HalalCertificateNumber, HalalCertificateExpiresOn, PirtNumber, BpomNumber, IsFood, IsFoodOverride, HalalScheme, IsNonHalal,
                IsActive, CreatedAt, UpdatedAt, Version)
            VALUES (@BusinessId, @Name, @Category, @Description, @PriceIdr, @Unit, @MinimumOrder, @KbliCode, @HsCode,
                @TkdnPercent, @SniNumber, @HalalCertificateNumber, @HalalCertificateExpiresOn, @PirtNumber, @BpomNumber, @IsFood, @IsFoodOverride, @HalalScheme, @IsNonHalal,
                @IsActive, @Now, @Now, 1)
            """;

        public async ValueTask<ProductResponse> Handle(Command command, CancellationToken ct)
        {
            await ProductSql.EnsureBusinessExistsAsync(db, command.BusinessId, ct);
            var id = await db.InsertAsync(InsertSql, ProductColumns.From(command.Body, command.BusinessId, null, null, clock.GetUtcNow()), ct);
            changes.Touch(command.BusinessId);
            var created = await ProductSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("product", created.Id, "created", null, created, ct);
            return created;
        }
    }
}
