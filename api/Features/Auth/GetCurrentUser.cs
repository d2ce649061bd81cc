using MedanUmkm.Api.Infrastructure.Auth;
using Mediator;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>Who the caller is: a staff user (with role) or an API key (with scopes).</summary>
public static class GetCurrentUser
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/me", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(GetCurrentUser))
        .WithSummary("Who am I")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .RequireAuthorization(Policies.Authenticated);

    public sealed record Query : IQuery<Response>;

    /// <param name="ActorType" example="user">user or api_key.</param>
    /// <param name="Id" example="2">User or key id.</param>
    /// <param name="Name" example="Siti Nurhaliza">Display name or key name.</param>
    /// <param name="Role" example="officer">Role of a user; null for a key.</param>
    /// <param name="Scopes">Scopes of a key; empty for a user.</param>
    /// <param name="CanSeePersonalData">Whether personal data (NIK, an individual's NPWP, phone, e-mail, address) comes unmasked.</param>
    public sealed record Response(string ActorType, string Id, string Name, string? Role, [property: Infrastructure.Http.ApiKeyScopes] IReadOnlyList<string> Scopes, bool CanSeePersonalData);

    public sealed class Handler(CurrentActor actor) : IQueryHandler<Query, Response>
    {
        public ValueTask<Response> Handle(Query query, CancellationToken ct) => ValueTask.FromResult(new Response(
            actor.Type, actor.Id ?? "", actor.Name ?? "", actor.Role,
            Scopes.All.Where(actor.HasScope).ToList(), actor.CanSeePersonalData));
    }
}
