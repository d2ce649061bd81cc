using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Replaces a product's fields (If-Match); readiness is recomputed in the same transaction.</summary>
public static class UpdateProduct
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{productId}", (string productId, ExpectedVersion version, [FromBody] ProductInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ProductSql.ParseId(productId), version, body), ct))
        .WithName(nameof(UpdateProduct))
        .CannotConflict()
        .WithSummary("Replace a product (If-Match required)")
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int Id, int ExpectedVersion, ProductInput Body) : ICommand<ProductResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ProductInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, ProductResponse>
    {
        private const string UpdateSql = """
            UPDATE Products SET Name = @Name, Category = @Category, Description = @Description, PriceIdr = @PriceIdr,
                Unit = @Unit, MinimumOrder = @MinimumOrder, KbliCode = @KbliCode, HsCode = @HsCode, TkdnPercent = @TkdnPercent,
                SniNumber = @SniNumber, HalalCertificateNumber = @HalalCertificateNumber,
                HalalCertificateExpiresOn = @HalalCertificateExpiresOn, PirtNumber = @PirtNumber, BpomNumber = @BpomNumber,
                IsFood = @IsFood, IsFoodOverride = @IsFoodOverride, HalalScheme = @HalalScheme, IsNonHalal = @IsNonHalal, IsActive = @IsActive, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<ProductResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await ProductSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Product", before.Id);
            var businessId = int.Parse(before.BusinessId, CultureInfo.InvariantCulture);
            var changed = await db.ExecuteAsync(UpdateSql,
                ProductColumns.From(command.Body, businessId, command.Id, command.ExpectedVersion, clock.GetUtcNow()), ct);
            if (changed == 0) throw new PreconditionFailedException("Product", before.Id);
            changes.Touch(businessId);
            var after = await ProductSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("product", after.Id, "updated", before, after, ct);
            return after;
        }
    }
}
