using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>One document of a case (with ETag).</summary>
public static class GetExportCaseDocument
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{documentId}", (string id, string documentId, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(ExportCaseSql.ParseId(id), ExportCaseSql.ParseDocumentId(documentId)), ct))
        .WithName(nameof(GetExportCaseDocument))
        .WithSummary("Read one document of a case (with ETag)")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int CaseId, int DocumentId) : IQuery<ExportCaseDocumentResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options) : IQueryHandler<Query, ExportCaseDocumentResponse>
    {
        public async ValueTask<ExportCaseDocumentResponse> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, query.CaseId, now, options.Value.Targets, ct);
            return await ExportCaseSql.LoadDocumentAsync(db, c, query.DocumentId, OfficeTime.DateOf(now), ct);
        }
    }
}
