using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>Medan's 151 kelurahan with their Kemendagri codes, optionally of one kecamatan.</summary>
public static class ListKelurahan
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/kelurahan", async ([AsParameters] Query query, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var list = await sender.Send(query, ct);
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return list;
            })
        .WithName(nameof(ListKelurahan))
        .WithSummary("Medan's kelurahan (Kemendagri codes), optionally of one kecamatan")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Kecamatan" example="12.71.05">Kecamatan code: only its kelurahan.</param>
    public sealed record Query(string? Kecamatan = null) : IQuery<IReadOnlyList<KelurahanResponse>>;

    /// <param name="Code" example="12.71.05.1001">10-digit Kemendagri code.</param>
    /// <param name="KecamatanCode" example="12.71.05">Its kecamatan.</param>
    /// <param name="Name" example="Kesawan">Name.</param>
    public sealed record KelurahanResponse(string Code, string KecamatanCode, string Name);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Kecamatan!).Must(KecamatanRules.Codes.Contains)
            .When(q => q.Kecamatan is not null)
            .WithText("kecamatan_not_medan");
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<KelurahanResponse>>
    {
        private const string AllSql = "SELECT Code, KecamatanCode, Name FROM Kelurahan ORDER BY Code";
        private const string OfKecamatanSql = "SELECT Code, KecamatanCode, Name FROM Kelurahan WHERE KecamatanCode = @Kecamatan ORDER BY Code";

        public async ValueTask<IReadOnlyList<KelurahanResponse>> Handle(Query query, CancellationToken ct) => query.Kecamatan is null
            ? await db.QueryAsync<KelurahanResponse>(AllSql, null, ct)
            : await db.QueryAsync<KelurahanResponse>(OfKecamatanSql, new { query.Kecamatan }, ct);
    }
}
