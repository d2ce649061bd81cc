using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>
/// Businesses whose kelurahan is still free text that matches no kelurahan of their kecamatan
/// (migration 163 matched the rest by name), for the office to fix by choosing the kelurahan.
/// </summary>
public static class ListUnmatchedKelurahan
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/kelurahan/unmatched", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListUnmatchedKelurahan))
        .WithSummary("Businesses whose kelurahan text matches no kelurahan of their kecamatan")
        .WithDescription("What migration 163 could not match by name, and any name typed since without a code: for the office to fix by choosing the kelurahan.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="kecamatanCode">kecamatanCode, kelurahan or name; prefix - for descending.</param>
    /// <param name="Kecamatan" example="12.71.05">Only businesses of this kecamatan.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, string? Kecamatan = null)
        : IQuery<PagedResponse<UnmatchedKelurahanResponse>>, IPagedQuery;

    /// <param name="BusinessId" example="42">The business to fix.</param>
    /// <param name="BusinessName" example="Kopi Sidikalang Bu Rina">Its name.</param>
    /// <param name="KecamatanCode" example="12.71.01">Its kecamatan.</param>
    /// <param name="Kelurahan" example="Pasar Merah">The kelurahan text recorded, which matches no kelurahan of the kecamatan.</param>
    public sealed record UnmatchedKelurahanResponse(string BusinessId, string BusinessName, string KecamatanCode, string Kelurahan);

    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["kecamatanCode"] = "b.KecamatanCode", ["kelurahan"] = "b.Kelurahan", ["name"] = "b.Name",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Kecamatan!).Must(KecamatanRules.Codes.Contains).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_not_medan");
        }
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string KecamatanCode { get; init; } = "";
        public string Kelurahan { get; init; } = "";
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<UnmatchedKelurahanResponse>>
    {
        public async ValueTask<PagedResponse<UnmatchedKelurahanResponse>> Handle(Query query, CancellationToken ct)
        {
            var where = "WHERE b.KelurahanCode IS NULL" + (query.Kecamatan is null ? "" : " AND b.KecamatanCode = @Kecamatan");
            var sql = $"SELECT b.Id, b.Name, b.KecamatanCode, b.Kelurahan FROM Businesses b\n{where}\n" +
                      $"{query.OrderBy(SortColumns, "kecamatanCode", "b.Id")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM Businesses b {where};";
            var args = new DynamicParameters();
            args.Add("Kecamatan", query.Kecamatan);
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<UnmatchedKelurahanResponse>(
                rows.Select(r => new UnmatchedKelurahanResponse(r.Id.ToString(CultureInfo.InvariantCulture), r.Name, r.KecamatanCode, r.Kelurahan)).ToList(),
                query.Page, query.PageSize, total);
        }
    }
}
