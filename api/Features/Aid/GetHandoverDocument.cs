using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>The stored handover document of a distribution (404 when none was uploaded).</summary>
public static class GetHandoverDocument
{
    public sealed record Query(int Id) : IQuery<Document>;

    public sealed class Document
    {
        public string FileName { get; init; } = "";
        public string ContentType { get; init; } = "";
        public byte[] Content { get; init; } = [];
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, Document>
    {
        private const string Sql = "SELECT FileName, ContentType, Content FROM AidHandoverDocuments WHERE AidDistributionId = @Id";

        public async ValueTask<Document> Handle(Query query, CancellationToken ct)
        {
            await AidSql.LoadAsync(db, query.Id, ct);
            return await db.QuerySingleOrDefaultAsync<Document>(Sql, query, ct)
                   ?? throw new NotFoundException("Handover document of aid distribution", query.Id.ToString());
        }
    }
}
