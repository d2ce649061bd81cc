using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Stores a document's scan (PDF, PNG, JPEG or WebP, recognised by its first bytes, at most 10 MB)
/// in the database, replacing any earlier one; a missing document becomes submitted.
/// </summary>
public static class UploadExportCaseDocumentFile
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{documentId}/file", async (string id, string documentId, ExpectedVersion version, IFormFile file,
                ISender sender, CancellationToken ct) =>
            await sender.Send(new Command(ExportCaseSql.ParseId(id), ExportCaseSql.ParseDocumentId(documentId), version,
                file.FileName, await ReadAsync(file, ct)), ct))
        .WithName(nameof(UploadExportCaseDocumentFile))
        .WithSummary("Upload a document's file: PDF or image, at most 10 MB (multipart field 'file', If-Match required)")
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
        .WithFormOptions(multipartBodyLengthLimit: MaxRequestBytes)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .RequireAuthorization(Policies.ExportCasesWrite);

    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Request body limit of the endpoint: the file plus room for the multipart envelope.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;

    public sealed record Command(int CaseId, int DocumentId, int ExpectedVersion, string FileName, byte[] Content) : ICommand<ExportCaseDocumentResponse>;

    /// <summary>The file's bytes; 413 before reading one larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > MaxBytes) throw TooLarge();
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static FileRejectedException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, ServerTexts.Get("title.413"), ServerTexts.Get("export.file_too_large", ("mb", MaxBytes / 1024 / 1024)),
            "file_too_large");

    /// <summary>The content type recognised from the file's magic bytes, or null.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (b.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (b.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return "image/jpeg";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    /// <summary>A file name safe to store and send back in Content-Disposition.</summary>
    public static string SafeFileName(string? name, string contentType)
    {
        var baseName = Path.GetFileName(name ?? "").Trim();
        var clean = new string(baseName.Where(ch => !char.IsControl(ch) && ch is not ('"' or '\\' or '/')).ToArray());
        if (clean.Length == 0) clean = "document" + contentType switch
        {
            "application/pdf" => ".pdf", "image/png" => ".png", "image/jpeg" => ".jpg", _ => ".webp",
        };
        return clean.Length > 200 ? clean[^200..] : clean;
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseDocumentResponse>
    {
        private const string UpdateSql = """
            UPDATE ExportCaseDocuments SET FileName = @FileName, FileContentType = @ContentType, FileSize = @Size,
                FileUploadedAt = @Now, Status = CASE WHEN Status = 'missing' THEN 'submitted' ELSE Status END, UpdatedAt = @Now
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCaseDocumentResponse> Handle(Command command, CancellationToken ct)
        {
            if (command.Content.Length > MaxBytes)
                throw TooLarge();
            var contentType = DetectContentType(command.Content)
                ?? throw new FileRejectedException(StatusCodes.Status415UnsupportedMediaType, ServerTexts.Get("title.415"),
                    ServerTexts.Get("export.file_unsupported"), "file_unsupported");
            var now = clock.GetUtcNow();
            var today = OfficeTime.DateOf(now);
            await ExportCaseSql.ClaimDocumentAsync(db, command.CaseId, command.DocumentId, command.ExpectedVersion, now, ct);
            var c = await ExportCaseSql.LoadAsync(db, command.CaseId, now, options.Value.Targets, ct);
            ExportCaseSql.EnsureOpen(c);
            var before = await ExportCaseSql.LoadDocumentAsync(db, c, command.DocumentId, today, ct);
            var fileName = SafeFileName(command.FileName, contentType);
            await db.ExecuteAsync("DELETE FROM ExportCaseDocumentFiles WHERE DocumentId = @Id", new { Id = command.DocumentId }, ct);
            await db.ExecuteAsync("INSERT INTO ExportCaseDocumentFiles (DocumentId, Content) VALUES (@Id, @Content)",
                new { Id = command.DocumentId, command.Content }, ct);
            await db.ExecuteAsync(UpdateSql, new
            {
                Id = command.DocumentId, FileName = fileName, ContentType = contentType, Size = command.Content.Length, Now = now,
            }, ct);
            var after = await ExportCaseSql.LoadDocumentAsync(db, c, command.DocumentId, today, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.CaseId, now, "file_uploaded", null, null, after.Type, null, ct,
                before.Status != after.Status ? before.Status : null, before.Status != after.Status ? after.Status : null, fileName);
            await audit.RecordAsync("export_case_document", after.Id, "file_uploaded", before, after, ct);
            return after;
        }
    }
}

/// <summary>413 or 415 for an upload that is too large or not a PDF or image.</summary>
public sealed class FileRejectedException : DomainException
{
    private readonly int status;

    public FileRejectedException(int status, string title, string detail, string code) : base(title, detail)
    {
        this.status = status;
        Extensions["code"] = code;
    }

    public override int StatusCode => status;
}
