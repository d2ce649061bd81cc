using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The stored file of a document.</summary>
public static class DownloadExportCaseDocumentFile
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{documentId}/file", async (string id, string documentId, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new Query(ExportCaseSql.ParseId(id), ExportCaseSql.ParseDocumentId(documentId)), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
        .WithName(nameof(DownloadExportCaseDocumentFile))
        .WithSummary("Download a document's file")
        .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int CaseId, int DocumentId) : IQuery<StoredFile>;

    public sealed record StoredFile(string FileName, string ContentType, byte[] Content);

    public sealed class Row
    {
        public string? FileName { get; init; }
        public string? FileContentType { get; init; }
        public byte[]? Content { get; init; }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, StoredFile>
    {
        private const string Sql = """
            SELECT d.FileName, d.FileContentType, f.Content
            FROM ExportCaseDocuments d
            LEFT JOIN ExportCaseDocumentFiles f ON f.DocumentId = d.Id
            WHERE d.Id = @DocumentId AND d.ExportCaseId = @CaseId
            """;

        public async ValueTask<StoredFile> Handle(Query query, CancellationToken ct)
        {
            var row = await db.QuerySingleOrDefaultAsync<Row>(Sql, new { query.DocumentId, query.CaseId }, ct)
                      ?? throw new Infrastructure.Errors.NotFoundException("ExportCaseDocument", ExportCaseSql.IdText(query.DocumentId));
            if (row.Content is null || row.FileName is null)
                throw new Infrastructure.Errors.NotFoundException("File of document", ExportCaseSql.IdText(query.DocumentId));
            return new StoredFile(row.FileName, row.FileContentType!, row.Content);
        }
    }
}
