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
            RuleFor(c => c.Body.To).NotNull().IsInEnum().When(c => c.Body is not null)
                .WithMessage($"to must be one of: {string.Join(", ", EnumText.All<ExportStage>())}.");
            RuleFor(c => c.Body.Note).MaximumLength(2000).When(c => c.Body is not null);
            RuleFor(c => c.Body.Note).NotEmpty()
                .When(c => c.Body?.To is ExportStage.Rejected or ExportStage.Withdrawn)
                .WithMessage("A note with the reason is required to reject or withdraw a case.");
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
                        ? $"Export case {before.Id} is {EnumText.Of(before.Stage)}; it cannot move any more."
                        : $"Export case {before.Id} cannot move from {EnumText.Of(before.Stage)} to {EnumText.Of(to)}; allowed: {string.Join(", ", allowed.Select(EnumText.Of))}.",
                    "Invalid stage transition")
                {
                    Extensions = { ["allowed"] = allowed.Select(EnumText.Of).ToArray(), ["from"] = EnumText.Of(before.Stage) },
                };

            if (to == StageFlow.Next(before.Stage))
            {
                var missing = (await ExportCaseSql.LoadDocumentsAsync(db, before, today, ct))
                    .Where(d => d.Required && d.Stage == before.Stage && (d.Status != DocumentStatus.Verified || d.IsExpired))
                    .Select(d => new MissingDocument(d.Id, d.Type, d.Name, d.Status, d.IsExpired))
                    .ToList();
                if (missing.Count > 0)
                    throw new ConflictException("documents_incomplete",
                        $"Before leaving {EnumText.Of(before.Stage)} these documents must be verified and unexpired: " +
                        string.Join("; ", missing.Select(m => $"{m.Name} ({(m.IsExpired ? "expired" : EnumText.Of(m.Status))})")) + ".",
                        "Documents incomplete")
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
