using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Moves a session along planned -> open -> completed, or to cancelled (If-Match).</summary>
public static class ChangeTrainingSessionStatus
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/status", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(TrainingSql.ParseId(id), version, body), ct))
        .WithName(nameof(ChangeTrainingSessionStatus))
        .WithSummary("Change a session's status (If-Match required)")
        .WithDescription("Allowed moves: planned -> open | cancelled; open -> completed | cancelled. Anything else is a 409 invalid_transition naming the allowed moves; completing a session that has not started is a 409 session_not_started.")
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="To" example="open">The new status.</param>
    public sealed record Body(TrainingStatus? To);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<TrainingSessionResponse>;

    /// <summary>The moves allowed from each status.</summary>
    public static readonly IReadOnlyDictionary<TrainingStatus, TrainingStatus[]> Allowed = new Dictionary<TrainingStatus, TrainingStatus[]>
    {
        [TrainingStatus.Planned] = [TrainingStatus.Open, TrainingStatus.Cancelled],
        [TrainingStatus.Open] = [TrainingStatus.Completed, TrainingStatus.Cancelled],
        [TrainingStatus.Completed] = [],
        [TrainingStatus.Cancelled] = [],
    };

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.To).NotNull().IsInEnum().When(c => c.Body is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<TrainingStatus>()));
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, TrainingSessionResponse>
    {
        private const string UpdateSql = """
            UPDATE TrainingSessions SET Status = @Status, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<TrainingSessionResponse> Handle(Command command, CancellationToken ct)
        {
            await TrainingSql.LockSessionAsync(db, command.Id, ct);
            var before = await TrainingSql.LoadSessionAsync(db, command.Id, ct);
            if (before.Version != command.ExpectedVersion) throw new PreconditionFailedException("Training session", before.Id);
            var to = command.Body.To!.Value;
            var allowed = Allowed[before.Status];
            if (!allowed.Contains(to))
            {
                var names = allowed.Select(EnumText.Of).ToArray();
                var (from, target) = (new ServerTextRef("training.status." + EnumText.Of(before.Status)), new ServerTextRef("training.status." + EnumText.Of(to)));
                throw new ConflictException("invalid_transition", names.Length == 0
                    ? ServerTexts.Get("training.transition_from_final", ("from", from), ("to", target))
                    : ServerTexts.Get("training.invalid_transition", ("from", from), ("to", target),
                        ("allowed", names.Select(n => new ServerTextRef("training.status." + n)).ToArray())))
                {
                    Extensions = { ["from"] = EnumText.Of(before.Status), ["to"] = EnumText.Of(to), ["allowed"] = names },
                };
            }
            var now = clock.GetUtcNow();
            if (to == TrainingStatus.Completed && before.StartsAt > now)
                throw new ConflictException("session_not_started", ServerTexts.Get("training.complete_before_start", ("id", before.Id)));
            var changed = await db.ExecuteAsync(UpdateSql, new { command.Id, command.ExpectedVersion, Status = EnumText.Of(to), Now = now }, ct);
            if (changed == 0) throw new PreconditionFailedException("Training session", before.Id);
            var after = await TrainingSql.LoadSessionAsync(db, command.Id, ct);
            await audit.RecordAsync("training_session", after.Id, EnumText.Of(to) switch
            {
                "open" => "opened",
                "completed" => "completed",
                "cancelled" => "cancelled",
                var s => s,
            }, before, after, ct);
            return after;
        }
    }
}
