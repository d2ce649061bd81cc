using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Adds a note to a case's timeline (a new entry; the case itself is unchanged, so no If-Match).</summary>
public static class AddExportCaseNote
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/notes", async (string id, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            {
                var caseId = ExportCaseSql.ParseId(id);
                var entry = await sender.Send(new Command(caseId, body), ct);
                return TypedResults.Created($"/api/v1/export-cases/{caseId}/timeline", entry);
            })
        .WithName(nameof(AddExportCaseNote))
        .WithSummary("Add a note to the case's timeline")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="Note" example="Buyer in Kuala Lumpur asked for a sample of 5 kg; sent via Kualanamu.">The note.</param>
    public sealed record Body(string Note);

    public sealed record Command(int Id, Body Body) : ICommand<ExportCaseTimelineEntry>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.Note).NotEmpty().MaximumLength(2000).When(c => c.Body is not null);
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, ExportCaseTimelineEntry>
    {
        public async ValueTask<ExportCaseTimelineEntry> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCases WHERE Id = @Id", new { command.Id }, ct) == 0)
                throw new Infrastructure.Errors.NotFoundException("ExportCase", ExportCaseSql.IdText(command.Id));
            await ExportCaseSql.AddTimelineAsync(db, actor, command.Id, now, "note", null, null, null, command.Body.Note, ct);
            var entries = await GetExportCaseTimeline.ReadAsync(db, command.Id, ct);
            var entry = entries[^1];
            await audit.RecordAsync("export_case", ExportCaseSql.IdText(command.Id), "note_added", null, entry, ct);
            return entry;
        }
    }
}
