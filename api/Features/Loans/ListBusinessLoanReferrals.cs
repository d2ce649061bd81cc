using System.Globalization;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>A business's loan referrals, newest first (business page).</summary>
public static class ListBusinessLoanReferrals
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/loan-referrals", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(ListBusinessLoanReferrals))
        .WithSummary("Loan referrals of a business")
        .RequireAuthorization(Policies.LoansRead);

    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<LoanReferralResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<LoanReferralResponse>>
    {
        private const string Sql = LoanSql.Select + "\nWHERE l.BusinessId = @BusinessId\nORDER BY l.ReferredOn DESC, l.Id DESC";

        public async ValueTask<IReadOnlyList<LoanReferralResponse>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            return (await db.QueryAsync<LoanReferralRow>(Sql, query, ct)).Select(LoanMapper.ToResponse).ToList();
        }
    }
}
