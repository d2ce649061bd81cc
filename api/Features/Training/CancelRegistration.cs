using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Cancels a registration of an open session (If-Match); a freed seat goes to the first waitlisted business.</summary>
public static class CancelRegistration
{
    public static void Map(RouteGroupBuilder group)
    {
        Map(group.MapDelete("/{registrationId}", Cancel), nameof(CancelRegistration), "Cancel a registration (If-Match required)");
        Map(group.MapPost("/{registrationId}/cancel", Cancel), "CancelRegistrationByPost", "Cancel a registration (POST form; If-Match required)");
    }

    private static void Map(RouteHandlerBuilder route, string name, string summary) => route
        .Versioned("Registration", "TrainingRegistrations", "registrationId")
        .WithName(name)
        .WithSummary(summary)
        .WithDescription("Only while the session is open. A freed confirmed seat goes to the first business on the waitlist.")
        .RequireAuthorization(Policies.TrainingWrite);

    private static ValueTask<RegistrationResponse> Cancel(
        string id, string registrationId, ExpectedVersion version, ISender sender, CancellationToken ct) =>
        sender.Send(new Command(TrainingSql.ParseId(id), TrainingSql.ParseId(registrationId, "Registration"), version), ct);

    public sealed record Command(int SessionId, int Id, int ExpectedVersion) : ICommand<RegistrationResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock)
        : ICommandHandler<Command, RegistrationResponse>
    {
        private const string CancelSql = """
            UPDATE TrainingRegistrations SET Status = 'cancelled', WaitlistSeq = NULL, CancelledAt = @Now, UpdatedAt = @Now,
                Version = Version + 1
            WHERE Id = @Id AND SessionId = @SessionId AND Version = @ExpectedVersion
            """;

        public async ValueTask<RegistrationResponse> Handle(Command command, CancellationToken ct)
        {
            await TrainingSql.LockSessionAsync(db, command.SessionId, ct);
            var session = await TrainingSql.LoadSessionAsync(db, command.SessionId, ct);
            var before = await TrainingSql.LoadRegistrationAsync(db, command.SessionId, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Registration", before.Id);
            if (before.Status == RegistrationStatus.Cancelled)
                throw new ConflictException("already_cancelled", ServerTexts.Get("training.already_cancelled", ("id", before.Id)));
            if (session.Status != TrainingStatus.Open)
                throw new ConflictException("session_not_open",
                    ServerTexts.Get("training.cancel_needs_open", ("id", session.Id), ("status", new ServerTextRef("training.status." + EnumText.Of(session.Status)))));
            var now = clock.GetUtcNow();
            if (await db.ExecuteAsync(CancelSql, new { command.Id, command.SessionId, command.ExpectedVersion, Now = now }, ct) == 0)
                throw new PreconditionFailedException("Registration", before.Id);
            var promoted = await TrainingSql.PromoteWaitlistAsync(db, command.SessionId, now, ct);
            var after = await TrainingSql.LoadRegistrationAsync(db, command.SessionId, command.Id, ct);
            await audit.RecordAsync("training_registration", after.Id, "cancelled", before, after, ct);
            audit.Events.Raise("training.registration.cancelled", "training_registration", after.Id, new { sessionId = after.SessionId, registrationId = after.Id, businessId = after.BusinessId });
            await TrainingSql.AuditPromotedAsync(audit, promoted, ct);
            return after;
        }
    }
}
