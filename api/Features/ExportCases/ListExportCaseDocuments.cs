using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The case's document checklist, in stage order, with expiry and whether each is still required.</summary>
public static class ListExportCaseDocuments
{
    public sealed record Query(int CaseId) : IQuery<IReadOnlyList<ExportCaseDocumentResponse>>;

    public sealed class Handler(DbSession db, TimeProvider clock, IConfiguration config)
        : IQueryHandler<Query, IReadOnlyList<ExportCaseDocumentResponse>>
    {
        public async ValueTask<IReadOnlyList<ExportCaseDocumentResponse>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, query.CaseId, now, StageTargets.From(config), ct);
            return await ExportCaseSql.LoadDocumentsAsync(db, c, OfficeTime.DateOf(now), ct);
        }
    }
}
