using MedanUmkm.Api.Infrastructure.Pipeline;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Records a document's status, number and dates (If-Match on the document). An expired document cannot be
/// verified; "verified" needs the file uploaded or a reason in the note; the EUDR statement needs its plots and
/// its reference number (the document's number).
/// </summary>
public static class UpdateExportCaseDocument
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{documentId}", (string id, string documentId, ExpectedVersion version, [FromBody] Body body,
                ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ExportCaseSql.ParseId(id), ExportCaseSql.ParseDocumentId(documentId), version, body), ct))
        .WithName(nameof(UpdateExportCaseDocument))
        .WithSummary("Record a document's status, number and dates (If-Match required)")
        .WithDescription("400 document_verify_needs_evidence: verified without a file and without a note (the reason). " +
                         "EUDR statement (eudr_dds, eudr_simplified_declaration): verified needs the reference number in number (400) and at least one plot (409 eudr_not_ready).")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="Status" example="verified">missing, submitted, verified or rejected.</param>
    /// <param name="Number" example="PEB-040300-2026-123456">Document number as issued (the EUDR statement's reference number).</param>
    /// <param name="IssuedOn" example="2026-03-02">Not in the future.</param>
    /// <param name="ExpiresOn" example="2029-03-02">On or after issuedOn.</param>
    /// <param name="Note" example="Checked against the original at INSW.">Officer's remark: the reason when rejected, or when verified without a file.</param>
    public sealed record Body(DocumentStatus? Status, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? Note);

    public sealed record Command(int CaseId, int DocumentId, int ExpectedVersion, Body Body) : ICommand<ExportCaseDocumentResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Body).NotNull();
            When(c => c.Body is not null, () =>
            {
                RuleFor(c => c.Body.Status).NotNull().IsInEnum().WithErrorCode("document_status_invalid")
                    .WithMessage(_ => ServerTexts.Get("export.document_status_invalid", ("values", EnumText.All<DocumentStatus>())));
                RuleFor(c => c.Body.Number).MaximumLength(100);
                RuleFor(c => c.Body.Note).MaximumLength(500);
                RuleFor(c => c.Body.Note).NotEmpty().When(c => c.Body.Status == DocumentStatus.Rejected).WithErrorCode("document_reject_note")
                    .WithMessage(_ => ServerTexts.Get("export.document_reject_note"));
                RuleFor(c => c.Body.IssuedOn)
                    .FromUntilToday(new DateOnly(1990, 1, 1), clock).WithErrorCode("document_issued_range")
                    .When(c => c.Body.IssuedOn is not null).WithMessage(_ => ServerTexts.Get("export.document_issued_range"));
                RuleFor(c => c.Body.ExpiresOn).GreaterThanOrEqualTo(c => c.Body.IssuedOn)
                    .When(c => c.Body.ExpiresOn is not null && c.Body.IssuedOn is not null).WithErrorCode("document_expires_before")
                    .WithMessage(_ => ServerTexts.Get("export.document_expires_before"));
            });
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseDocumentResponse>
    {
        private const string UpdateSql = """
            UPDATE ExportCaseDocuments SET Status = @Status, Number = @Number, IssuedOn = @IssuedOn, ExpiresOn = @ExpiresOn,
                Note = @Note, UpdatedAt = @Now
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCaseDocumentResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var today = OfficeTime.DateOf(now);
            await ExportCaseSql.ClaimDocumentAsync(db, command.CaseId, command.DocumentId, command.ExpectedVersion, now, ct);
            var c = await ExportCaseSql.LoadAsync(db, command.CaseId, now, options.Value.Targets, ct);
            ExportCaseSql.EnsureOpen(c);
            var before = await ExportCaseSql.LoadDocumentAsync(db, c, command.DocumentId, today, ct);
            var input = command.Body;
            if (input.Status == DocumentStatus.Verified && input.ExpiresOn is { } expires && expires < today)
                throw new ConflictException("document_expired",
                    ServerTexts.Get("export.document_expired", ("name", before.Name), ("date", expires)), ServerTexts.Get("title.409"));
            if (input.Status == DocumentStatus.Verified && before.File is null && string.IsNullOrWhiteSpace(input.Note))
                throw new FieldValidationException("note", ServerTexts.Get("export.document_verify_needs_evidence"), "document_verify_needs_evidence");
            if (input.Status == DocumentStatus.Verified && ExportChecklist.DueDiligenceTypes.Contains(before.Type))
            {
                if (string.IsNullOrWhiteSpace(input.Number))
                    throw new FieldValidationException("number", ServerTexts.Get("export.eudr_reference_required"), "eudr_reference_required");
                if (c.DueDiligence is { Plots: 0 })
                    throw new ConflictException("eudr_not_ready",
                        ServerTexts.Get("export.eudr_not_ready", ("name", before.Name), ("missing", ServerTexts.Get("export.eudr.missing.plots"))),
                        ServerTexts.Get("title.409")) { Extensions = { ["missing"] = new[] { "plots" } } };
            }
            await db.ExecuteAsync(UpdateSql, new
            {
                Id = command.DocumentId,
                Status = EnumText.Of(input.Status!.Value),
                Number = string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim(),
                input.IssuedOn,
                input.ExpiresOn,
                Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
                Now = now,
            }, ct);
            var after = await ExportCaseSql.LoadDocumentAsync(db, c, command.DocumentId, today, ct);
            if (after.Status != before.Status)
                await ExportCaseSql.AddTimelineAsync(db, actor, command.CaseId, now, "document_updated", null, null, after.Type,
                    after.Note, ct, before.Status, after.Status);
            await audit.RecordAsync("export_case_document", after.Id, "updated", before, after, ct);
            if (after.Status == DocumentStatus.Verified && before.Status != DocumentStatus.Verified) audit.Events.Raise("export_case.document.verified", "export_case_document", after.Id, new { exportCaseId = command.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture), documentId = after.Id, documentType = after.Type });
            return after;
        }
    }
}
