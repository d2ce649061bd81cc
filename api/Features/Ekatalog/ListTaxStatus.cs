using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>The KSWP checks recorded for a business, newest first (the first one counts).</summary>
public static class ListTaxStatus
{
    public sealed record Query(int BusinessId) : IQuery<IReadOnlyList<TaxStatusResponse>>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<TaxStatusResponse>>
    {
        private const string Sql = """
            SELECT Id, BusinessId, Status, CheckedOn, Reference, RecordedAt, RecordedByName FROM TaxStatusChecks
            WHERE BusinessId = @BusinessId
            ORDER BY CheckedOn DESC, Id DESC
            """;

        public async ValueTask<IReadOnlyList<TaxStatusResponse>> Handle(Query query, CancellationToken ct)
        {
            await ProductSql.EnsureBusinessExistsAsync(db, query.BusinessId, ct);
            return (await db.QueryAsync<TaxStatusRow>(Sql, new { query.BusinessId }, ct)).Select(r => r.ToResponse()).ToList();
        }
    }
}
