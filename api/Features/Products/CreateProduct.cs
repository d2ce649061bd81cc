using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Features.Businesses;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Adds a product to a business; the business's e-katalog readiness is recomputed in the same transaction.</summary>
public static class CreateProduct
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (string id, [FromBody] ProductInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(BusinessSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/products/{created.Id}", created);
            })
        .WithName(nameof(CreateProduct))
        .WithSummary("Add a product to a business")
        .WithDescription("Recomputes the business's e-katalog readiness in the same transaction.")
        .RequireAuthorization(Policies.BusinessesWrite);

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
            await BusinessSql.EnsureExistsAsync(db, command.BusinessId, ct);
            var id = await db.InsertAsync(InsertSql, ProductColumns.From(command.Body, command.BusinessId, null, null, clock.GetUtcNow()), ct);
            changes.Touch(command.BusinessId);
            var created = await ProductSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("product", created.Id, "created", null, created, ct);
            return created;
        }
    }
}
