using MedanUmkm.Api.Domain;
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
/// Registers a business for an open session: one seat per business, never more confirmed seats than the
/// capacity (checked and taken in one statement), optionally a place on the waitlist when full.
/// </summary>
public static class RegisterForTraining
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (string id, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(TrainingSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/training-sessions/{created.SessionId}/registrations/{created.Id}", created);
            })
        .WithName(nameof(RegisterForTraining))
        .WithSummary("Register a business for an open session")
        .WithDescription("One seat per business (409 already_registered). When the session is full: 409 session_full, or with waitlistIfFull 201 with status waitlisted and waitlistPosition. Only open sessions (409 session_not_open) and active businesses (409 business_inactive).")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.TrainingWrite);

    /// <param name="BusinessId" example="42">The business taking the seat.</param>
    /// <param name="WaitlistIfFull" example="true">When the session is full, join its waitlist (201, status waitlisted) instead of a 409.</param>
    /// <param name="Note" example="Membawa dua karyawan">Free note.</param>
    public sealed record Body(string BusinessId, bool WaitlistIfFull = false, string? Note = null);

    public sealed record Command(int SessionId, Body Body) : ICommand<RegistrationResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.BusinessId).NotEmpty()
                .Must(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
                .WithText("must_be_business_id").When(c => c.Body is not null);
            RuleFor(c => c.Body.Note).MaximumLength(500).When(c => c.Body is not null);
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, RegistrationResponse>
    {
        private const string BusinessSql = "SELECT Status FROM Businesses WHERE Id = @Id";

        private const string ExistingSql = """
            SELECT Id, Status FROM TrainingRegistrations WHERE SessionId = @SessionId AND BusinessId = @BusinessId
            """;

        // The capacity check and the insert are one statement: no seat can be taken between them.
        private const string InsertConfirmedSql = """
            INSERT INTO TrainingRegistrations (SessionId, BusinessId, Status, WaitlistSeq, Note, Attended, OutcomeNote,
                AttendanceRecordedAt, RegisteredAt, CancelledAt, CreatedAt, UpdatedAt, Version)
            SELECT s.Id, @BusinessId, 'confirmed', NULL, @Note, NULL, NULL, NULL, @Now, NULL, @Now, @Now, 1
            FROM TrainingSessions s
            WHERE s.Id = @SessionId AND s.Status = 'open'
              AND (SELECT COUNT(*) FROM TrainingRegistrations c WHERE c.SessionId = @SessionId AND c.Status = 'confirmed') < s.Capacity
            """;

        private const string InsertWaitlistedSql = """
            INSERT INTO TrainingRegistrations (SessionId, BusinessId, Status, WaitlistSeq, Note, Attended, OutcomeNote,
                AttendanceRecordedAt, RegisteredAt, CancelledAt, CreatedAt, UpdatedAt, Version)
            SELECT s.Id, @BusinessId, 'waitlisted',
                   (SELECT COALESCE(MAX(w.WaitlistSeq), 0) + 1 FROM TrainingRegistrations w WHERE w.SessionId = @SessionId),
                   @Note, NULL, NULL, NULL, @Now, NULL, @Now, @Now, 1
            FROM TrainingSessions s
            WHERE s.Id = @SessionId AND s.Status = 'open'
            """;

        // A business that cancelled earlier takes its row back (the unique index keeps one row per business).
        private const string ReactivateConfirmedSql = """
            UPDATE TrainingRegistrations SET Status = 'confirmed', WaitlistSeq = NULL, Note = @Note, RegisteredAt = @Now,
                CancelledAt = NULL, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Status = 'cancelled'
              AND (SELECT COUNT(*) FROM TrainingRegistrations c WHERE c.SessionId = @SessionId AND c.Status = 'confirmed')
                  < (SELECT s.Capacity FROM TrainingSessions s WHERE s.Id = @SessionId AND s.Status = 'open')
            """;

        private const string ReactivateWaitlistedSql = """
            UPDATE TrainingRegistrations SET Status = 'waitlisted',
                WaitlistSeq = (SELECT COALESCE(MAX(w.WaitlistSeq), 0) + 1 FROM TrainingRegistrations w WHERE w.SessionId = @SessionId),
                Note = @Note, RegisteredAt = @Now, CancelledAt = NULL, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Status = 'cancelled'
            """;

        private const string IdSql = "SELECT Id FROM TrainingRegistrations WHERE SessionId = @SessionId AND BusinessId = @BusinessId";

        public async ValueTask<RegistrationResponse> Handle(Command command, CancellationToken ct)
        {
            var sessionId = command.SessionId;
            await TrainingSql.LockSessionAsync(db, sessionId, ct);
            var session = await TrainingSql.LoadSessionAsync(db, sessionId, ct);
            if (session.Status != TrainingStatus.Open)
                throw new ConflictException("session_not_open",
                    ServerTexts.Get("training.registration_needs_open", ("id", session.Id), ("status", new ServerTextRef("training.status." + EnumText.Of(session.Status)))));

            var businessId = int.Parse(command.Body.BusinessId, CultureInfo.InvariantCulture);
            var businessStatus = await db.QuerySingleOrDefaultAsync<string>(BusinessSql, new { Id = businessId }, ct)
                                 ?? throw new FieldValidationException("businessId", ServerTexts.Get("business_not_found_field", ("businessId", command.Body.BusinessId)));
            if (businessStatus != "active")
                throw new ConflictException("business_inactive", ServerTexts.Get("training.business_inactive", ("businessId", command.Body.BusinessId)));

            var existing = await db.QuerySingleOrDefaultAsync<ExistingRow>(ExistingSql, new { SessionId = sessionId, BusinessId = businessId }, ct);
            if (existing is not null && existing.Status != "cancelled")
                throw new ConflictException("already_registered",
                    ServerTexts.Get("training.already_registered", ("businessId", command.Body.BusinessId), ("sessionId", sessionId.ToString(CultureInfo.InvariantCulture)),
                        ("status", new ServerTextRef("training.registration." + existing.Status))))
                {
                    Extensions = { ["registrationId"] = existing.Id.ToString(CultureInfo.InvariantCulture) },
                };

            var now = clock.GetUtcNow();
            var note = string.IsNullOrWhiteSpace(command.Body.Note) ? null : command.Body.Note.Trim();
            var args = new { Id = existing?.Id, SessionId = sessionId, BusinessId = businessId, Note = note, Now = now };
            var taken = await db.ExecuteAsync(existing is null ? InsertConfirmedSql : ReactivateConfirmedSql, args, ct) == 1;
            if (!taken)
            {
                if (!command.Body.WaitlistIfFull)
                    throw new ConflictException("session_full",
                        ServerTexts.Get("training.session_full", ("sessionId", sessionId.ToString(CultureInfo.InvariantCulture)), ("capacity", session.Capacity)));
                await db.ExecuteAsync(existing is null ? InsertWaitlistedSql : ReactivateWaitlistedSql, args, ct);
            }

            var id = existing?.Id ?? await db.ExecuteScalarAsync<int>(IdSql, new { SessionId = sessionId, BusinessId = businessId }, ct);
            var created = await TrainingSql.LoadRegistrationAsync(db, sessionId, id, ct);
            await audit.RecordAsync("training_registration", created.Id, taken ? "registered" : "waitlisted", null, created, ct);
            audit.Events.Raise(taken ? "training.registration.confirmed" : "training.registration.waitlisted", "training_registration", created.Id, new { sessionId = created.SessionId, registrationId = created.Id, businessId = created.BusinessId });
            return created;
        }

        public sealed class ExistingRow
        {
            public int Id { get; init; }
            public string Status { get; init; } = "";
        }
    }
}
