using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>One loan referral.</summary>
public static class GetLoanReferral
{
    public sealed record Query(int Id) : IQuery<LoanReferralResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, LoanReferralResponse>
    {
        public async ValueTask<LoanReferralResponse> Handle(Query query, CancellationToken ct) => await LoanSql.LoadAsync(db, query.Id, ct);
    }
}
