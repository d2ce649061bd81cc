using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// Records who came (attended true) and who did not (false), in bulk, for confirmed registrations of a session that has
/// started or is completed. Sending a registration again overwrites its earlier record.
/// </summary>
public static class RecordAttendance
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}/attendance", (string id, [FromBody] List<Item> body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(TrainingSql.ParseId(id), body), ct))
        .WithName(nameof(RecordAttendance))
        .WithSummary("Record attendance in bulk")
        .WithDescription("[{registrationId, attended, outcomeNote}] for confirmed registrations, once the session has started or is completed (409 session_not_started otherwise). Sending a registration again overwrites its record.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.TrainingWrite);

    /// <param name="RegistrationId" example="301">A confirmed registration of this session.</param>
    /// <param name="Attended" example="true">true attended, false absent.</param>
    /// <param name="OutcomeNote" example="Sudah membuat akun marketplace">What came of it (follow-up).</param>
    public sealed record Item(string RegistrationId, bool? Attended, string? OutcomeNote);

    /// <summary>The session's attendance after the change.</summary>
    public sealed record Response(string SessionId, int Recorded, int Attended, int Absent, int NotRecorded);

    public sealed record Command(int SessionId, IReadOnlyList<Item> Items) : ICommand<Response>;

    public const int MaxItems = TrainingSessionInputValidator.MaxCapacity;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Items).NotNull().NotEmpty().WithText("training.attendance_required")
                .Must(i => i.Count <= MaxItems).WithText("training.attendance_too_many", ("max", MaxItems))
                .Must(i => i.Select(x => x?.RegistrationId).Distinct().Count() == i.Count)
                .WithText("training.attendance_repeated");
            RuleForEach(c => c.Items).NotNull().ChildRules(item =>
            {
                item.RuleFor(x => x.RegistrationId).NotEmpty()
                    .Must(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
                    .WithText("training.registration_id_invalid");
                item.RuleFor(x => x.Attended).NotNull().WithText("must_be_boolean");
                item.RuleFor(x => x.OutcomeNote).MaximumLength(1000);
            });
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        private const string RegistrationsSql = """
            SELECT Id, Status, Attended, OutcomeNote FROM TrainingRegistrations WHERE SessionId = @SessionId
            """;

        private const string UpdateSql = """
            UPDATE TrainingRegistrations SET Attended = @Attended, OutcomeNote = @OutcomeNote, AttendanceRecordedAt = @Now,
                UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND SessionId = @SessionId AND Status = 'confirmed'
            """;

        private const string SummarySql = """
            SELECT
                COALESCE(SUM(CASE WHEN Attended = 1 THEN 1 ELSE 0 END), 0) AS Attended,
                COALESCE(SUM(CASE WHEN Attended = 0 THEN 1 ELSE 0 END), 0) AS Absent,
                COALESCE(SUM(CASE WHEN Attended IS NULL THEN 1 ELSE 0 END), 0) AS NotRecorded
            FROM TrainingRegistrations WHERE SessionId = @SessionId AND Status = 'confirmed'
            """;

        public async ValueTask<Response> Handle(Command command, CancellationToken ct)
        {
            await TrainingSql.LockSessionAsync(db, command.SessionId, ct);
            var session = await TrainingSql.LoadSessionAsync(db, command.SessionId, ct);
            if (session.Status == TrainingStatus.Cancelled)
                throw new ConflictException("session_cancelled", ServerTexts.Get("training.attendance_session_cancelled", ("id", session.Id)));
            var now = clock.GetUtcNow();
            if (session.Status != TrainingStatus.Completed && session.StartsAt > now)
                throw new ConflictException("session_not_started",
                    ServerTexts.Get("training.attendance_before_start", ("id", session.Id), ("startsAt", session.StartsAt)));

            var existing = (await db.QueryAsync<Row>(RegistrationsSql, new { command.SessionId }, ct)).ToDictionary(r => r.Id);
            for (var i = 0; i < command.Items.Count; i++)
            {
                var id = int.Parse(command.Items[i].RegistrationId, CultureInfo.InvariantCulture);
                if (!existing.TryGetValue(id, out var row))
                    throw new FieldValidationException($"items[{i}].registrationId", ServerTexts.Get("training.registration_not_of_session", ("registrationId", command.Items[i].RegistrationId), ("id", session.Id)));
                if (row.Status != "confirmed")
                    throw new FieldValidationException($"items[{i}].registrationId", ServerTexts.Get("training.attendance_needs_confirmed", ("registrationId", command.Items[i].RegistrationId),
                        ("status", new ServerTextRef("training.registration." + row.Status))));
            }

            foreach (var item in command.Items)
            {
                var id = int.Parse(item.RegistrationId, CultureInfo.InvariantCulture);
                var note = string.IsNullOrWhiteSpace(item.OutcomeNote) ? null : item.OutcomeNote.Trim();
                await db.ExecuteAsync(UpdateSql, new { Id = id, command.SessionId, item.Attended, OutcomeNote = note, Now = now }, ct);
                var before = existing[id];
                await audit.RecordAsync("training_registration", id.ToString(CultureInfo.InvariantCulture), "attendance_recorded",
                    new { attended = before.Attended, outcomeNote = before.OutcomeNote },
                    new { attended = item.Attended, outcomeNote = note }, ct);
            }

            var summary = await db.QuerySingleOrDefaultAsync<Summary>(SummarySql, new { command.SessionId }, ct) ?? new Summary();
            audit.Events.Raise("training.attendance.recorded", "training_session", session.Id, new { sessionId = session.Id, count = command.Items.Count });
            return new Response(session.Id, command.Items.Count, summary.Attended, summary.Absent, summary.NotRecorded);
        }

        public sealed class Row
        {
            public int Id { get; init; }
            public string Status { get; init; } = "";
            public bool? Attended { get; init; }
            public string? OutcomeNote { get; init; }
        }

        public sealed class Summary
        {
            public int Attended { get; init; }
            public int Absent { get; init; }
            public int NotRecorded { get; init; }
        }
    }
}
