using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>One registration of a session (with its ETag for cancellation).</summary>
public static class GetRegistration
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{registrationId}", (string id, string registrationId, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(TrainingSql.ParseId(id), TrainingSql.ParseId(registrationId, "Registration")), ct))
        .WithName(nameof(GetRegistration))
        .WithSummary("Read one registration (with ETag)")
        .RequireAuthorization(Policies.TrainingRead);

    public sealed record Query(int SessionId, int Id) : IQuery<RegistrationResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, RegistrationResponse>
    {
        public async ValueTask<RegistrationResponse> Handle(Query query, CancellationToken ct) =>
            await TrainingSql.LoadRegistrationAsync(db, query.SessionId, query.Id, ct);
    }
}
