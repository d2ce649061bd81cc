using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;

namespace MedanUmkm.Api.Features.Products;

/// <summary>
/// Stores a product photo in the database (so every API instance serves it). The type is taken
/// from the content's magic bytes, never from the file name or the declared type: anything but
/// JPEG, PNG or WebP is a 415, more than 5 MB a 413.
/// </summary>
public static class UploadProductPhoto
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{productId}/photos", async (string productId, IFormFile? file, ISender sender, CancellationToken ct) =>
            {
                var id = ProductSql.ParseId(productId);
                if (file is null) throw new FieldValidationException("file", ServerTexts.Get("photo_file_missing"));
                if (file.Length > PhotoRules.MaxPhotoBytes) throw new PhotoTooLargeException();
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var photo = await sender.Send(new Command(id, buffer.ToArray()), ct);
                return TypedResults.Created(photo.Url, photo);
            })
        .WithName(nameof(UploadProductPhoto))
        .WithSummary("Upload a product photo (multipart field 'file'; JPEG, PNG or WebP, at most 5 MB)")
        .WithDescription("The type is detected from the content (magic bytes): other content is a 415, over 5 MB a 413.")
        .Accepts<IFormFile>("multipart/form-data")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(PhotoRules.MaxUploadRequestBytes))
        .RequireAuthorization(Policies.BusinessesWrite);

    public sealed record Command(int ProductId, byte[] Content) : ICommand<PhotoResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, PhotoResponse>
    {
        private const string InsertSql = """
            INSERT INTO ProductPhotos (ProductId, ContentType, SizeBytes, Sha256, Content, CreatedAt)
            VALUES (@ProductId, @ContentType, @SizeBytes, @Sha256, @Content, @Now)
            """;
        private const string CountSql = "SELECT COUNT(*) FROM ProductPhotos WHERE ProductId = @ProductId";

        public async ValueTask<PhotoResponse> Handle(Command command, CancellationToken ct)
        {
            if (command.Content.Length > PhotoRules.MaxPhotoBytes) throw new PhotoTooLargeException();
            if (command.Content.Length == 0) throw new FieldValidationException("file", ServerTexts.Get("file_empty"));
            var contentType = PhotoRules.Sniff(command.Content)
                ?? throw new UnsupportedPhotoTypeException();
            var product = await ProductSql.LoadAsync(db, command.ProductId, ct);
            if (await db.ExecuteScalarAsync<int>(CountSql, new { command.ProductId }, ct) >= PhotoRules.MaxPhotosPerProduct)
                throw new ConflictException("too_many_photos", ServerTexts.Get("too_many_photos", ("max", PhotoRules.MaxPhotosPerProduct)));
            var now = clock.GetUtcNow();
            var id = await db.InsertAsync(InsertSql, new
            {
                command.ProductId, ContentType = contentType, SizeBytes = command.Content.Length,
                Sha256 = PhotoRules.Hash(command.Content), command.Content, Now = now,
            }, ct);
            await db.ExecuteAsync(ProductSql.Touch, new { Id = command.ProductId, ExpectedVersion = (int?)null, Now = now }, ct);
            changes.Touch(int.Parse(product.BusinessId, CultureInfo.InvariantCulture));
            var photo = new PhotoResponse(id.ToString(CultureInfo.InvariantCulture), ProductSql.PhotoUrl(command.ProductId, id), contentType, command.Content.Length);
            await audit.RecordAsync("product", product.Id, "photo_added", null, photo, ct);
            return photo;
        }
    }
}
