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
/// Moves a case to its next stage (only one forward at a time, and only with the documents of the
/// stage it leaves verified and unexpired), or ends it as rejected or withdrawn from any open stage.
/// </summary>
public static class ChangeExportCaseStage
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/stage", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ExportCaseSql.ParseId(id), version, body), ct))
        .WithName(nameof(ChangeExportCaseStage))
        .WithSummary("Move a case to its next stage, or reject or withdraw it (If-Match required)")
        .WithDescription("409 invalid_stage_transition (extension allowed) for any other move; 409 documents_incomplete (extension missing) when the stage being left has required documents not verified or expired.")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="To" example="legal_check">The stage to move to.</param>
    /// <param name="Note" example="NIB and customs access checked at the OSS office">Why; required for rejected and withdrawn.</param>
    public sealed record Body(ExportStage? To, string? Note);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<ExportCaseResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.To).NotNull().IsInEnum().When(c => c.Body is not null).WithErrorCode("stage_to_invalid")
                .WithMessage(_ => ServerTexts.Get("export.stage_to_invalid", ("values", EnumText.All<ExportStage>())));
            RuleFor(c => c.Body.Note).MaximumLength(2000).When(c => c.Body is not null);
            RuleFor(c => c.Body.Note).NotEmpty()
                .When(c => c.Body?.To is ExportStage.Rejected or ExportStage.Withdrawn).WithErrorCode("stage_note_required")
                .WithMessage(_ => ServerTexts.Get("export.stage_note_required"));
        }
    }

    /// <summary>A required document that is not yet verified (or has expired).</summary>
    public sealed record MissingDocument(string DocumentId, string Type, string Name, DocumentStatus Status, bool IsExpired);

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseResponse>
    {
        private const string UpdateSql = """
            UPDATE ExportCases SET Stage = @Stage, StageEnteredAt = @Now, ClosedOn = @ClosedOn, Outcome = @Outcome, UpdatedAt = @Now
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCaseResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var today = OfficeTime.DateOf(now);
            var targets = options.Value.Targets;
            await ExportCaseSql.ClaimCaseAsync(db, command.Id, command.ExpectedVersion, now, ct);
            var before = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            var to = command.Body.To!.Value;
            var allowed = StageFlow.Allowed(before.Stage);
            if (!allowed.Contains(to))
                throw new ConflictException("invalid_stage_transition",
                    allowed.Count == 0
                        ? ServerTexts.Get("export.invalid_stage_transition_final", ("id", before.Id), ("from", ExportCaseSql.StageText(before.Stage)))
                        : ServerTexts.Get("export.invalid_stage_transition", ("id", before.Id), ("from", ExportCaseSql.StageText(before.Stage)),
                            ("to", ExportCaseSql.StageText(to)), ("allowed", allowed.Select(ExportCaseSql.StageText))),
                    ServerTexts.Get("title.409"))
                {
                    Extensions = { ["allowed"] = allowed.Select(EnumText.Of).ToArray(), ["from"] = EnumText.Of(before.Stage) },
                };

            if (to == StageFlow.Next(before.Stage))
            {
                // A rule that took effect since the case was last changed adds its document before the check.
                await ExportCaseSql.SyncChecklistAsync(db, before, now, ct);
                var missing = (await ExportCaseSql.LoadDocumentsAsync(db, before, today, ct))
                    .Where(d => d.Required && d.Stage == before.Stage && (d.Status != DocumentStatus.Verified || d.IsExpired))
                    .Select(d => new MissingDocument(d.Id, d.Type, d.Name, d.Status, d.IsExpired))
                    .ToList();
                if (missing.Count > 0)
                    throw new ConflictException("documents_incomplete",
                        ServerTexts.Get("export.documents_incomplete", ("stage", ExportCaseSql.StageText(before.Stage)),
                            ("documents", missing.Select(m => ServerTexts.Get("export.document_missing_entry", ("name", m.Name),
                                ("status", m.IsExpired ? ServerTexts.Get("export.document_expired_state") : ExportCaseSql.StatusText(m.Status)))))),
                        ServerTexts.Get("title.409"))
                    {
                        Extensions = { ["missing"] = missing.Select(m => new { m.DocumentId, m.Type, m.Name, Status = EnumText.Of(m.Status), m.IsExpired }).ToArray() },
                    };
            }

            var outcome = StageFlow.OutcomeOf(to);
            await db.ExecuteAsync(UpdateSql, new
            {
                command.Id,
                Stage = EnumText.Of(to),
                Now = now,
                ClosedOn = outcome is null ? (DateOnly?)null : today,
                Outcome = outcome is { } o ? EnumText.Of(o) : null,
            }, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.Id, now, "stage_changed", before.Stage, to, null, command.Body.Note, ct);
            var after = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            await audit.RecordAsync("export_case", after.Id, "stage_changed", before, after, ct);
            audit.Events.Raise("export_case.stage_changed", "export_case", after.Id, new { exportCaseId = after.Id, businessId = after.BusinessId, from = EnumText.Of(before.Stage), to = EnumText.Of(after.Stage) });
            return after;
        }
    }
}
