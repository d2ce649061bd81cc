using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>One loan referral.</summary>
public static class GetLoanReferral
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(LoanSql.ParseId(id)), ct))
        .WithName(nameof(GetLoanReferral))
        .WithSummary("Read one loan referral (with ETag)")
        .RequireAuthorization(Policies.LoansRead);

    public sealed record Query(int Id) : IQuery<LoanReferralResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, LoanReferralResponse>
    {
        public async ValueTask<LoanReferralResponse> Handle(Query query, CancellationToken ct) => await LoanSql.LoadAsync(db, query.Id, ct);
    }
}
