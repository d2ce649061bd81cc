using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>Removes a product and its photos (If-Match); readiness is recomputed in the same transaction.</summary>
public static class DeleteProduct
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{productId}", async (string productId, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(ProductSql.ParseId(productId), version), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(DeleteProduct))
        .CannotConflict()
        .WithSummary("Delete a product and its photos (If-Match required)")
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int Id, int ExpectedVersion) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit, BusinessChanges changes) : ICommandHandler<Command, Unit>
    {
        private const string DeletePhotosSql = "DELETE FROM ProductPhotos WHERE ProductId = @Id";
        private const string DeleteSql = "DELETE FROM Products WHERE Id = @Id AND Version = @ExpectedVersion";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var before = await ProductSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Product", before.Id);
            await db.ExecuteAsync(DeletePhotosSql, new { command.Id }, ct);
            var deleted = await db.ExecuteAsync(DeleteSql, new { command.Id, command.ExpectedVersion }, ct);
            if (deleted == 0) throw new PreconditionFailedException("Product", before.Id);
            changes.Touch(int.Parse(before.BusinessId, CultureInfo.InvariantCulture));
            await audit.RecordAsync("product", before.Id, "deleted", before, null, ct);
            return Unit.Value;
        }
    }
}
