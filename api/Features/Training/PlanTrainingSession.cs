using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Plans a training session; it starts as planned and opens for registration through a status change.</summary>
public static class PlanTrainingSession
{
    public sealed record Command(TrainingSessionInput Body) : ICommand<TrainingSessionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new TrainingSessionInputValidator());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, TrainingSessionResponse>
    {
        private const string InsertSql = """
            INSERT INTO TrainingSessions (Title, Topic, Description, Trainer, Venue, KecamatanCode, StartsAt, EndsAt, Quarter,
                Capacity, Status, CreatedAt, UpdatedAt, Version)
            VALUES (@Title, @Topic, @Description, @Trainer, @Venue, @KecamatanCode, @StartsAt, @EndsAt, @Quarter,
                @Capacity, 'planned', @Now, @Now, 1)
            """;

        public async ValueTask<TrainingSessionResponse> Handle(Command command, CancellationToken ct)
        {
            var id = await db.InsertAsync(InsertSql, SessionColumns.From(command.Body, null, null, clock.GetUtcNow()), ct);
            var created = await TrainingSql.LoadSessionAsync(db, id, ct);
            await audit.RecordAsync("training_session", created.Id, "planned", null, created, ct);
            return created;
        }
    }
}

/// <summary>Column values written for a <see cref="TrainingSessionInput"/> (times in UTC, quarter derived).</summary>
public static class SessionColumns
{
    public static object From(TrainingSessionInput s, int? id, int? version, DateTimeOffset now)
    {
        var starts = OfficeTime.ParseTimestamp(s.StartsAt)!.Value;
        return new
        {
            Id = id,
            ExpectedVersion = version,
            Title = s.Title.Trim(),
            Topic = EnumText.Of(s.Topic!.Value),
            Description = string.IsNullOrWhiteSpace(s.Description) ? null : s.Description.Trim(),
            Trainer = s.Trainer.Trim(),
            Venue = s.Venue.Trim(),
            s.KecamatanCode,
            StartsAt = starts,
            EndsAt = OfficeTime.ParseTimestamp(s.EndsAt)!.Value,
            Quarter = OfficeTime.QuarterOf(starts),
            s.Capacity,
            Now = now,
        };
    }
}
