using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>
/// Stores (or replaces) the signed handover record of a distribution in the database (If-Match).
/// PDF, PNG or JPEG recognised by their first bytes, whatever the client claims; at most 5 MB.
/// </summary>
public static class UploadHandoverDocument
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}/handover-document", async (string id, ExpectedVersion version, IFormFile file, ISender sender, CancellationToken ct) =>
            {
                var content = Array.Empty<byte>();
                if (file.Length <= MaxBytes)
                {
                    using var buffer = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(buffer, ct);
                    content = buffer.ToArray();
                }
                return await sender.Send(new Command(AidSql.ParseId(id), version, file.FileName, file.Length, content), ct);
            })
        .WithName(nameof(UploadHandoverDocument))
        .WithSummary("Upload the signed handover document (multipart field 'file'; If-Match required)")
        .WithDescription("PDF, PNG or JPEG, recognised by content (415 otherwise), at most 5 MB (413). Stored in the database; replaces any earlier one.")
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + 64 * 1024))
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .RequireAuthorization(Policies.StaffWrite);

    public const int MaxBytes = 5 * 1024 * 1024;

    public sealed record Command(int Id, int ExpectedVersion, string FileName, long Length, byte[] Content) : ICommand<AidResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, AidResponse>
    {
        private const string DeleteSql = "DELETE FROM AidHandoverDocuments WHERE AidDistributionId = @Id";
        private const string InsertSql = """
            INSERT INTO AidHandoverDocuments (AidDistributionId, FileName, ContentType, SizeBytes, Content, UploadedAt)
            VALUES (@Id, @FileName, @ContentType, @SizeBytes, @Content, @Now)
            """;
        private const string TouchSql = "UPDATE AidDistributions SET UpdatedAt = @Now, Version = Version + 1 WHERE Id = @Id AND Version = @ExpectedVersion";

        public async ValueTask<AidResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await AidSql.LoadAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Aid distribution", before.Id);
            if (before.Status == AidStatus.Cancelled)
                throw new ConflictException("aid_cancelled", ServerTexts.Get("aid.cancelled_no_handover", ("id", before.Id)));
            if (command.Length > MaxBytes) throw new PayloadTooLargeException(ServerTexts.Get("aid.handover_too_large", ("maxMb", MaxBytes / 1024 / 1024)));
            if (command.Length == 0) throw new FieldValidationException("file", ServerTexts.Get("file_empty"));
            var (contentType, extension) = Sniff(command.Content)
                ?? throw new UnsupportedMediaTypeException(ServerTexts.Get("aid.handover_type_unsupported"));
            var now = clock.GetUtcNow();
            if (await db.ExecuteAsync(TouchSql, new { command.Id, command.ExpectedVersion, Now = now }, ct) == 0)
                throw new PreconditionFailedException("Aid distribution", before.Id);
            await db.ExecuteAsync(DeleteSql, new { command.Id }, ct);
            await db.ExecuteAsync(InsertSql, new
            {
                command.Id, FileName = SafeName(command.FileName, extension), ContentType = contentType,
                SizeBytes = command.Content.Length, command.Content, Now = now,
            }, ct);
            var after = await AidSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("aid_distribution", after.Id, "handover_document_uploaded", before, after, ct);
            return after;
        }
    }

    /// <summary>The media type from the file's magic bytes, or null when it is none of the accepted kinds.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> b) =>
        b.StartsWith("%PDF-"u8) ? ("application/pdf", ".pdf")
        : b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? ("image/png", ".png")
        : b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("image/jpeg", ".jpg")
        : null;

    /// <summary>The client's file name without any path, limited in length, with the extension of what it really is.</summary>
    public static string SafeName(string? name, string extension)
    {
        var baseName = Path.GetFileNameWithoutExtension(Path.GetFileName((name ?? "").Replace('\\', '/')));
        baseName = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\')).ToArray()).Trim();
        if (baseName.Length == 0) baseName = "handover";
        if (baseName.Length > 150) baseName = baseName[..150];
        return baseName + extension;
    }
}

/// <summary>413: an upload larger than its endpoint accepts.</summary>
public sealed class PayloadTooLargeException(string detail) : DomainException(ServerTexts.Get("title.413"), detail)
{
    public override int StatusCode => StatusCodes.Status413PayloadTooLarge;
}

/// <summary>415: an upload whose content is not an accepted kind of file.</summary>
public sealed class UnsupportedMediaTypeException(string detail) : DomainException(ServerTexts.Get("title.415"), detail)
{
    public override int StatusCode => StatusCodes.Status415UnsupportedMediaType;
}
