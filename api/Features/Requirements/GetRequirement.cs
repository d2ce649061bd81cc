using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>One requirement with every version (history), oldest first.</summary>
public static class GetRequirement
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{code}", (string code, ISender sender, CancellationToken ct) => sender.Send(new Query(code), ct))
        .WithName(nameof(GetRequirement))
        .WithSummary("One requirement with every version, oldest first")
        .RequireAuthorization(Policies.Authenticated);

    public sealed record Query(string Code) : IQuery<RequirementResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, RequirementResponse>
    {
        public async ValueTask<RequirementResponse> Handle(Query query, CancellationToken ct) =>
            await RequirementCatalogue.LoadAsync(db, query.Code, OfficeTime.Today(clock), ct);
    }
}
