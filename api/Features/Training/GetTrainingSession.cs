using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>One training session with its seat counts.</summary>
public static class GetTrainingSession
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(TrainingSql.ParseId(id)), ct))
        .WithName(nameof(GetTrainingSession))
        .WithSummary("Read one training session (with ETag)")
        .RequireAuthorization(Policies.TrainingRead);

    public sealed record Query(int Id) : IQuery<TrainingSessionResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, TrainingSessionResponse>
    {
        public async ValueTask<TrainingSessionResponse> Handle(Query query, CancellationToken ct) =>
            await TrainingSql.LoadSessionAsync(db, query.Id, ct);
    }
}
