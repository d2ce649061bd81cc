using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Adds a note to a case's timeline (a new entry; the case itself is unchanged, so no If-Match).</summary>
public static class AddExportCaseNote
{
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
                throw new Infrastructure.Errors.NotFoundException("ExportCase", command.Id.ToString());
            await ExportCaseSql.AddTimelineAsync(db, actor, command.Id, now, "note", null, null, null, command.Body.Note, ct);
            var entry = (await GetExportCaseTimeline.ReadAsync(db, command.Id, ct)).Last();
            await audit.RecordAsync("export_case", command.Id.ToString(), "note_added", null, entry, ct);
            return entry;
        }
    }
}
