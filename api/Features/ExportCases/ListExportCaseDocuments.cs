using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The case's document checklist, in stage order, with expiry and whether each is still required.</summary>
public static class ListExportCaseDocuments
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/documents", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ExportCaseSql.ParseId(id)), ct))
        .WithName(nameof(ListExportCaseDocuments))
        .WithSummary("The case's document checklist")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int CaseId) : IQuery<IReadOnlyList<ExportCaseDocumentResponse>>;

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : IQueryHandler<Query, IReadOnlyList<ExportCaseDocumentResponse>>
    {
        public async ValueTask<IReadOnlyList<ExportCaseDocumentResponse>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, query.CaseId, now, options.Value.Targets, ct);
            return await ExportCaseSql.LoadDocumentsAsync(db, c, OfficeTime.DateOf(now), ct);
        }
    }
}
