using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Texts;
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
/// Edits a planned or open session (If-Match). Capacity may not drop below the confirmed seats;
/// raising it on an open session moves the first waitlisted businesses up.
/// </summary>
public static class UpdateTrainingSession
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, ExpectedVersion version, [FromBody] TrainingSessionInput body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(TrainingSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateTrainingSession))
        .WithSummary("Edit a planned or open session (If-Match required)")
        .WithDescription("Capacity may not drop below the confirmed seats (409 capacity_below_confirmed); raising it promotes waitlisted businesses. Completed and cancelled sessions are closed (409 session_closed).")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(int Id, int ExpectedVersion, TrainingSessionInput Body) : ICommand<TrainingSessionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingSessionInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, TrainingSessionResponse>
    {
        private const string UpdateSql = """
            UPDATE TrainingSessions SET Title = @Title, Topic = @Topic, Description = @Description, Trainer = @Trainer,
                Venue = @Venue, KecamatanCode = @KecamatanCode, StartsAt = @StartsAt, EndsAt = @EndsAt, Quarter = @Quarter,
                Capacity = @Capacity, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<TrainingSessionResponse> Handle(Command command, CancellationToken ct)
        {
            await TrainingSql.LockSessionAsync(db, command.Id, ct);
            var before = await TrainingSql.LoadSessionAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Training session", before.Id);
            if (before.Status is TrainingStatus.Completed or TrainingStatus.Cancelled)
                throw new ConflictException("session_closed", ServerTexts.Get("training.session_closed", ("id", before.Id), ("status", new ServerTextRef("training.status." + EnumText.Of(before.Status)))));
            if (command.Body.Capacity < before.ConfirmedCount)
                throw new ConflictException("capacity_below_confirmed",
                    ServerTexts.Get("training.capacity_below_confirmed", ("capacity", command.Body.Capacity), ("confirmed", before.ConfirmedCount)));
            var now = clock.GetUtcNow();
            var changed = await db.ExecuteAsync(UpdateSql, SessionColumns.From(command.Body, command.Id, command.ExpectedVersion, now), ct);
            if (changed == 0) throw new PreconditionFailedException("Training session", before.Id);
            var promoted = await TrainingSql.PromoteWaitlistAsync(db, command.Id, now, ct);
            var after = await TrainingSql.LoadSessionAsync(db, command.Id, ct);
            await audit.RecordAsync("training_session", after.Id, "updated", before, after, ct);
            await TrainingSql.AuditPromotedAsync(audit, promoted, ct);
            return after;
        }
    }
}
