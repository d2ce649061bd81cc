using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Loans disbursed per quarter of a year: count and total rupiah (by disbursement date).</summary>
public static class LoanDisbursementsByQuarterReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/disbursed-by-quarter", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(LoanDisbursementsByQuarterReport))
        .WithSummary("Loans disbursed per quarter of a year")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Year" example="2026">Calendar year (default: this year).</param>
    public sealed record Query(int? Year = null) : IQuery<Response>;

    public sealed record Quarter(int Number, DateOnly From, DateOnly To, int Loans, long AmountDisbursedIdr);

    public sealed record Response(int Year, IReadOnlyList<Quarter> Quarters, int Loans, long AmountDisbursedIdr);

    public sealed class Row
    {
        public int Loans { get; init; }
        public long AmountDisbursedIdr { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        // One range query per quarter keeps the SQL portable (no engine-specific date functions)
        // and each one is an index range on DisbursedOn.
        private const string Sql = """
            SELECT COUNT(*) AS Loans, COALESCE(SUM(l.AmountDisbursedIdr), 0) AS AmountDisbursedIdr
            FROM LoanReferrals l
            WHERE l.Status = 'disbursed' AND l.DisbursedOn >= @From AND l.DisbursedOn < @To
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? OfficeTime.Today(clock).Year;
            var quarters = new List<Quarter>();
            for (var q = 1; q <= 4; q++)
            {
                var from = new DateOnly(year, q * 3 - 2, 1);
                var to = from.AddMonths(3);
                var row = (await db.QueryAsync<Row>(Sql, new { From = from, To = to }, ct))[0];
                quarters.Add(new Quarter(q, from, to.AddDays(-1), row.Loans, row.AmountDisbursedIdr));
            }
            return new Response(year, quarters, quarters.Sum(q => q.Loans), quarters.Sum(q => q.AmountDisbursedIdr));
        }
    }
}
