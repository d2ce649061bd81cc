using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Training;

/// <summary>One registration of a session (with its ETag for cancellation).</summary>
public static class GetRegistration
{
    public sealed record Query(int SessionId, int Id) : IQuery<RegistrationResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, RegistrationResponse>
    {
        public async ValueTask<RegistrationResponse> Handle(Query query, CancellationToken ct) =>
            await TrainingSql.LoadRegistrationAsync(db, query.SessionId, query.Id, ct);
    }
}
