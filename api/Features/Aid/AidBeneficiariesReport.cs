using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>
/// Businesses that benefited from delivered aid through the groups they belong to (current
/// membership), with how many distributions and the value their groups received.
/// </summary>
public static class AidBeneficiariesReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/beneficiaries", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(AidBeneficiariesReport))
        .WithSummary("Businesses that benefited from aid through their groups")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Year" example="2026">Only aid handed over in this calendar year (optional).</param>
    /// <param name="Kecamatan" example="12.71.11">Kecamatan of the business (optional).</param>
    /// <param name="Sort" example="-groupAidValue">name, groupAidValue, distributions; prefix - for descending.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, int? Year = null, string? Kecamatan = null)
        : IQuery<PagedResponse<Line>>, IPagedQuery;

    /// <param name="BusinessId" example="42">The business.</param>
    /// <param name="Name">Its trading name.</param>
    /// <param name="KecamatanCode" example="12.71.11">Its kecamatan.</param>
    /// <param name="Groups">How many of its groups received delivered aid.</param>
    /// <param name="Distributions">How many deliveries those groups received.</param>
    /// <param name="GroupAidValueIdr">Total value of the aid delivered to the business's groups (shared by all members, not a per-member share).</param>
    public sealed record Line(string BusinessId, string Name, string KecamatanCode, int Groups, int Distributions, long GroupAidValueIdr);

    public sealed class Row
    {
        public int BusinessId { get; init; }
        public string Name { get; init; } = "";
        public string KecamatanCode { get; init; } = "";
        public int Groups { get; init; }
        public int Distributions { get; init; }
        public long GroupAidValueIdr { get; init; }
    }

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "b.Name", ["groupAidValue"] = "SUM(a.TotalValueIdr)", ["distributions"] = "COUNT(a.Id)",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<Line>>
    {
        public async ValueTask<PagedResponse<Line>> Handle(Query query, CancellationToken ct)
        {
            var args = new DynamicParameters();
            var where = "WHERE a.Status = 'delivered'";
            if (query.Year is { } year)
            {
                where += " AND a.HandedOverOn >= @From AND a.HandedOverOn < @To";
                args.Add("From", new DateOnly(year, 1, 1));
                args.Add("To", new DateOnly(year + 1, 1, 1));
            }
            if (query.Kecamatan is not null)
            {
                where += " AND b.KecamatanCode = @Kecamatan";
                args.Add("Kecamatan", query.Kecamatan);
            }
            const string from = """
                FROM BusinessGroupMembers m
                JOIN Businesses b ON b.Id = m.BusinessId
                JOIN AidDistributions a ON a.GroupId = m.GroupId
                """;
            var order = query.OrderBy(SortColumns, "-groupAidValue", "b.Id");
            var sql = $"""
                SELECT b.Id AS BusinessId, b.Name, b.KecamatanCode, COUNT(DISTINCT m.GroupId) AS Groups,
                       COUNT(a.Id) AS Distributions, SUM(a.TotalValueIdr) AS GroupAidValueIdr
                {from}
                {where}
                GROUP BY b.Id, b.Name, b.KecamatanCode
                {order}
                {db.Dialect.Paging};
                SELECT COUNT(DISTINCT m.BusinessId) {from} {where};
                """;
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<Line>(rows.Select(r => new Line(r.BusinessId.ToString(CultureInfo.InvariantCulture), r.Name, r.KecamatanCode, r.Groups,
                r.Distributions, r.GroupAidValueIdr)).ToList(), query.Page, query.PageSize, total);
        }
    }
}
