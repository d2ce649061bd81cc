using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Plans a training session; it starts as planned and opens for registration through a status change.</summary>
public static class PlanTrainingSession
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async ([FromBody] TrainingSessionInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/training-sessions/{created.Id}", created);
            })
        .WithName(nameof(PlanTrainingSession))
        .WithSummary("Plan a training session")
        .WithDescription("Times are ISO 8601 with offset (Asia/Jakarta is +07:00), stored in UTC and returned in +07:00; the quarter is derived from the Jakarta start date. The session starts as planned.")
        .RequireAuthorization(Policies.StaffWrite);

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
