using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Training;

/// <summary>One training session with its seat counts.</summary>
public static class GetTrainingSession
{
    public sealed record Query(int Id) : IQuery<TrainingSessionResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Query query, CancellationToken ct) =>
            await TrainingSql.LoadSessionAsync(db, query.Id, ct);
    }
}
