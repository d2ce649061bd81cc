using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>Medan's 21 kecamatan with their Kemendagri codes.</summary>
public static class ListKecamatan
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/kecamatan", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return await sender.Send(new Query(), ct);
            })
        .WithName(nameof(ListKecamatan))
        .WithSummary("Medan's 21 kecamatan")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query : IQuery<IReadOnlyList<KecamatanResponse>>;

    /// <param name="Code" example="12.71.01">Kemendagri code.</param>
    /// <param name="Name" example="Medan Kota">Name.</param>
    public sealed record KecamatanResponse(string Code, string Name);

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<KecamatanResponse>>
    {
        private const string Sql = "SELECT Code, Name FROM Kecamatan ORDER BY Code";

        public async ValueTask<IReadOnlyList<KecamatanResponse>> Handle(Query query, CancellationToken ct) =>
            await db.QueryAsync<KecamatanResponse>(Sql, null, ct);
    }
}
