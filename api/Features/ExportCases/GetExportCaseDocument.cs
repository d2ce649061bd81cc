using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>One document of a case (with ETag).</summary>
public static class GetExportCaseDocument
{
    public sealed record Query(int CaseId, int DocumentId) : IQuery<ExportCaseDocumentResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock, IConfiguration config) : IQueryHandler<Query, ExportCaseDocumentResponse>
    {
        public async ValueTask<ExportCaseDocumentResponse> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, query.CaseId, now, StageTargets.From(config), ct);
            return await ExportCaseSql.LoadDocumentAsync(db, c, query.DocumentId, OfficeTime.DateOf(now), ct);
        }
    }
}
