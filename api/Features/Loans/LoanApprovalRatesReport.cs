using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>
/// Referrals per bank and product with the approval rate: approved (including disbursed) out of
/// those the bank decided (approved + rejected). Pending referrals do not lower the rate.
/// </summary>
public static class LoanApprovalRatesReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/approval-rates", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(LoanApprovalRatesReport))
        .WithSummary("Referrals and approval rate per bank and product")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Year" example="2026">Only referrals made in this calendar year (optional).</param>
    public sealed record Query(int? Year = null) : IQuery<IReadOnlyList<Line>>;

    /// <param name="Bank">Banks the office refers businesses to (KUR channelling banks in Medan); other for the rest.</param>
    /// <param name="Product">KUR (people's business credit) schemes and commercial loans.</param>
    /// <param name="Referrals">Referrals made.</param>
    /// <param name="Pending">Referred or submitted, not decided yet.</param>
    /// <param name="Approved">Approved (including disbursed).</param>
    /// <param name="Rejected">Rejected by the bank.</param>
    /// <param name="ApprovalRate" example="0.72">approved / (approved + rejected), null when nothing was decided yet.</param>
    /// <param name="AmountRequestedIdr">Total asked for, whole rupiah.</param>
    /// <param name="AmountApprovedIdr">Total approved, whole rupiah.</param>
    public sealed record Line(LoanBank Bank, LoanProduct Product, int Referrals, int Pending, int Approved, int Rejected,
        double? ApprovalRate, long AmountRequestedIdr, long AmountApprovedIdr);

    public sealed class Row
    {
        public string Bank { get; init; } = "";
        public string Product { get; init; } = "";
        public int Referrals { get; init; }
        public int Pending { get; init; }
        public int Approved { get; init; }
        public int Rejected { get; init; }
        public long AmountRequestedIdr { get; init; }
        public long AmountApprovedIdr { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<Line>>
    {
        private const string Sql = """
            SELECT l.Bank, l.Product, COUNT(*) AS Referrals,
                   SUM(CASE WHEN l.Status IN ('referred', 'submitted') THEN 1 ELSE 0 END) AS Pending,
                   SUM(CASE WHEN l.Status IN ('approved', 'disbursed') THEN 1 ELSE 0 END) AS Approved,
                   SUM(CASE WHEN l.Status = 'rejected' THEN 1 ELSE 0 END) AS Rejected,
                   SUM(l.AmountRequestedIdr) AS AmountRequestedIdr,
                   SUM(COALESCE(l.AmountApprovedIdr, 0)) AS AmountApprovedIdr
            FROM LoanReferrals l
            /**where**/
            GROUP BY l.Bank, l.Product
            ORDER BY l.Bank, l.Product
            """;

        public async ValueTask<IReadOnlyList<Line>> Handle(Query query, CancellationToken ct)
        {
            var sql = Sql.Replace("/**where**/", query.Year is null ? "" : "WHERE l.ReferredOn >= @From AND l.ReferredOn < @To");
            var rows = await db.QueryAsync<Row>(sql, query.Year is { } y
                ? new { From = new DateOnly(y, 1, 1), To = new DateOnly(y + 1, 1, 1) } : null, ct);
            return rows.Select(r => new Line(LoanMapper.ToBank(r.Bank), LoanMapper.ToProduct(r.Product), r.Referrals, r.Pending,
                r.Approved, r.Rejected, r.Approved + r.Rejected == 0 ? null : Math.Round((double)r.Approved / (r.Approved + r.Rejected), 4),
                r.AmountRequestedIdr, r.AmountApprovedIdr)).ToList();
        }
    }
}
