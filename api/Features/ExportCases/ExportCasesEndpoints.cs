using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Route table of /api/v1/export-cases.</summary>
public sealed class ExportCasesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/export-cases").WithTags("Export cases");

        group.MapGet("/", async ([AsParameters] ListExportCases.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListExportCases))
            .WithSummary("List export assistance cases")
            .WithDescription("Paging, sort, free text (q), filters by stage, commodity, business, officer; overdue=true lists cases longer in their stage than its target; expiringWithinDays=30 lists cases with documents expiring within 30 days.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var found = await sender.Send(new GetExportCase.Query(ExportCaseSql.ParseId(id)), ct);
                ETags.Set(http, found.Version);
                return TypedResults.Ok(found);
            })
            .WithName(nameof(GetExportCase))
            .WithSummary("Read one export case (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/", async ([FromBody] OpenExportCase.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new OpenExportCase.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/export-cases/{created.Id}", created);
            })
            .WithName(nameof(OpenExportCase))
            .WithSummary("Open an export case at intake")
            .WithDescription("Creates the document checklist for the commodity, HS code and destination. The assigned officer defaults to the caller.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPut("/{id}", async (string id, [FromBody] UpdateExportCase.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "ExportCase", id, "ExportCases", caseId);
                var updated = await sender.Send(new UpdateExportCase.Command(caseId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateExportCase))
            .WithSummary("Update an export case's details (If-Match required)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPost("/{id}/stage", async (string id, [FromBody] ChangeExportCaseStage.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "ExportCase", id, "ExportCases", caseId);
                var moved = await sender.Send(new ChangeExportCaseStage.Command(caseId, version, body), ct);
                ETags.Set(http, moved.Version);
                return TypedResults.Ok(moved);
            })
            .WithName(nameof(ChangeExportCaseStage))
            .WithSummary("Move a case to its next stage, or reject or withdraw it (If-Match required)")
            .WithDescription("409 invalid_stage_transition (extension allowed) for any other move; 409 documents_incomplete (extension missing) when the stage being left has required documents not verified or expired.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}/timeline", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetExportCaseTimeline.Query(ExportCaseSql.ParseId(id)), ct)))
            .WithName(nameof(GetExportCaseTimeline))
            .WithSummary("The case's timeline: opening, stage moves, notes and document changes, with who and when")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/{id}/notes", async (string id, [FromBody] AddExportCaseNote.Body body, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var entry = await sender.Send(new AddExportCaseNote.Command(caseId, body), ct);
                return TypedResults.Created($"/api/v1/export-cases/{caseId}/timeline", entry);
            })
            .WithName(nameof(AddExportCaseNote))
            .WithSummary("Add a note to the case's timeline")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}/documents", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListExportCaseDocuments.Query(ExportCaseSql.ParseId(id)), ct)))
            .WithName(nameof(ListExportCaseDocuments))
            .WithSummary("The case's document checklist")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/{id}/documents/{documentId}", async (string id, string documentId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new GetExportCaseDocument.Query(
                    ExportCaseSql.ParseId(id), ExportCaseSql.ParseId(documentId, "ExportCaseDocument")), ct);
                ETags.Set(http, document.Version);
                return TypedResults.Ok(document);
            })
            .WithName(nameof(GetExportCaseDocument))
            .WithSummary("Read one document of a case (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPut("/{id}/documents/{documentId}", async (string id, string documentId, [FromBody] UpdateExportCaseDocument.Body body,
                HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var docId = ExportCaseSql.ParseId(documentId, "ExportCaseDocument");
                var version = await ETags.RequireIfMatchAsync(http, "ExportCaseDocument", documentId, "ExportCaseDocuments", docId);
                var updated = await sender.Send(new UpdateExportCaseDocument.Command(caseId, docId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateExportCaseDocument))
            .WithSummary("Record a document's status, number and dates (If-Match required)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPost("/{id}/documents/{documentId}/file", async (string id, string documentId, IFormFile file,
                HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var docId = ExportCaseSql.ParseId(documentId, "ExportCaseDocument");
                var version = await ETags.RequireIfMatchAsync(http, "ExportCaseDocument", documentId, "ExportCaseDocuments", docId);
                if (file.Length > UploadExportCaseDocumentFile.MaxBytes)
                    throw new FileRejectedException(StatusCodes.Status413PayloadTooLarge, "Payload too large",
                        $"A document file may be at most {UploadExportCaseDocumentFile.MaxBytes / 1024 / 1024} MB.");
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var updated = await sender.Send(new UploadExportCaseDocumentFile.Command(caseId, docId, version, file.FileName, buffer.ToArray()), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UploadExportCaseDocumentFile))
            .WithSummary("Upload a document's file: PDF or image, at most 10 MB (multipart field 'file', If-Match required)")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(UploadExportCaseDocumentFile.MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: UploadExportCaseDocumentFile.MaxRequestBytes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}/documents/{documentId}/file", async (string id, string documentId, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new DownloadExportCaseDocumentFile.Query(
                    ExportCaseSql.ParseId(id), ExportCaseSql.ParseId(documentId, "ExportCaseDocument")), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName(nameof(DownloadExportCaseDocumentFile))
            .WithSummary("Download a document's file")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);
    }
}
