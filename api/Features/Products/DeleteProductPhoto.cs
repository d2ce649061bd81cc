using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Removes a photo; changes the product, so it needs the product's If-Match, and recomputes readiness.</summary>
public static class DeleteProductPhoto
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{productId}/photos/{photoId}", async (string productId, string photoId, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(ProductSql.ParseId(productId), GetProductPhoto.ParsePhotoId(photoId), version), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(DeleteProductPhoto))
        .CannotConflict()
        .WithSummary("Delete a product photo (If-Match of the product required)")
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int ProductId, int PhotoId, int ExpectedProductVersion) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, Unit>
    {
        private const string DeleteSql = "DELETE FROM ProductPhotos WHERE Id = @PhotoId AND ProductId = @ProductId";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var product = await ProductSql.LoadAsync(db, command.ProductId, ct);
            var photo = product.Photos.FirstOrDefault(p => p.Id == command.PhotoId.ToString(CultureInfo.InvariantCulture))
                        ?? throw new NotFoundException("Photo", command.PhotoId.ToString(CultureInfo.InvariantCulture));
            var touched = await db.ExecuteAsync(ProductSql.Touch,
                new { Id = command.ProductId, ExpectedVersion = (int?)command.ExpectedProductVersion, Now = clock.GetUtcNow() }, ct);
            if (touched == 0) throw new PreconditionFailedException("Product", product.Id);
            await db.ExecuteAsync(DeleteSql, new { command.PhotoId, command.ProductId }, ct);
            changes.Touch(int.Parse(product.BusinessId, CultureInfo.InvariantCulture));
            await audit.RecordAsync("product", product.Id, "photo_removed", photo, null, ct);
            return Unit.Value;
        }
    }
}
