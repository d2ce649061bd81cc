using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Features.Businesses;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The KSWP checks recorded for a business, newest first (the first one counts).</summary>
public static class ListTaxStatus
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/tax-status", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(BusinessSql.ParseId(id)), ct))
        .WithName(nameof(ListTaxStatus))
        .WithSummary("KSWP checks of a business, newest first")
        .RequireAuthorization(Policies.StaffRead);

    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<TaxStatusResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<TaxStatusResponse>>
    {
        private const string Sql = """
            SELECT t.Id, t.BusinessId, t.Status, t.CheckedOn, t.Reference, t.RecordedAt, t.RecordedByName, b.LegalForm
            FROM TaxStatusChecks t JOIN Businesses b ON b.Id = t.BusinessId
            WHERE t.BusinessId = @BusinessId
            ORDER BY t.CheckedOn DESC, t.Id DESC
            """;

        public async ValueTask<IReadOnlyList<TaxStatusResponse>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            return (await db.QueryAsync<TaxStatusRow>(Sql, new { query.BusinessId }, ct)).Select(r => r.ToResponse()).ToList();
        }
    }
}
