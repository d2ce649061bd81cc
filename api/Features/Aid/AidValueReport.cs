using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Value of delivered aid per group, kecamatan, programme or budget year, largest first.</summary>
public static class AidValueReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/value", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(AidValueReport))
        .WithSummary("Value of delivered aid per group, kecamatan, programme or budget year")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="By" example="kecamatan">group, kecamatan, programme or year (budget year).</param>
    /// <param name="Year" example="2026">Only this budget year (optional).</param>
    public sealed record Query(string By = "group", int? Year = null) : IQuery<IReadOnlyList<Line>>;

    /// <param name="Key" example="12.71.11">Group id, kecamatan code, programme or year.</param>
    /// <param name="Label" example="Medan Johor">Readable name.</param>
    /// <param name="Distributions">Delivered distributions counted.</param>
    /// <param name="Groups">Distinct groups that received them.</param>
    /// <param name="TotalValueIdr">Their total value in whole rupiah.</param>
    public sealed record Line(string Key, string Label, int Distributions, int Groups, long TotalValueIdr);

    public sealed class Row
    {
        public string Key { get; init; } = "";
        public string Label { get; init; } = "";
        public int Distributions { get; init; }
        public int Groups { get; init; }
        public long TotalValueIdr { get; init; }
    }

    private static readonly Dictionary<string, (string Key, string Label)> Dimensions = new()
    {
        ["group"] = ("CAST(g.Id AS VARCHAR(12))", "g.Name"),
        ["kecamatan"] = ("g.KecamatanCode", "k.Name"),
        ["programme"] = ("a.Programme", "a.Programme"),
        ["year"] = ("CAST(a.BudgetYear AS VARCHAR(12))", "CAST(a.BudgetYear AS VARCHAR(12))"),
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.By).Must(Dimensions.ContainsKey).WithText("must_be_one_of", ("allowed", Dimensions.Keys.ToArray()));
            RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Line>>
    {
        public async ValueTask<IReadOnlyList<Line>> Handle(Query query, CancellationToken ct)
        {
            var (key, label) = Dimensions[query.By];
            // key and label come from the whitelist above, never from the request.
            var sql = $"""
                SELECT {key} AS "Key", {label} AS Label, COUNT(*) AS Distributions, COUNT(DISTINCT a.GroupId) AS Groups,
                       SUM(a.TotalValueIdr) AS TotalValueIdr
                FROM AidDistributions a
                JOIN BusinessGroups g ON g.Id = a.GroupId
                JOIN Kecamatan k ON k.Code = g.KecamatanCode
                WHERE a.Status = 'delivered'{(query.Year is null ? "" : " AND a.BudgetYear = @Year")}
                GROUP BY {key}, {label}
                ORDER BY SUM(a.TotalValueIdr) DESC, {key}
                """;
            var rows = await db.QueryAsync<Row>(sql, new { query.Year }, ct);
            return rows.Select(r => new Line(r.Key, r.Label, r.Distributions, r.Groups, r.TotalValueIdr)).ToList();
        }
    }
}
