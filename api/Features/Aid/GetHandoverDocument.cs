using System.Globalization;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>The stored handover document of a distribution (404 when none was uploaded).</summary>
public static class GetHandoverDocument
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/handover-document", async (string id, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new Query(AidSql.ParseId(id)), ct);
                return TypedResults.File(document.Content, document.ContentType, document.FileName);
            })
        .WithName(nameof(GetHandoverDocument))
        .WithSummary("Download the handover document")
        .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
        .RequireAuthorization(Policies.AidRead);

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
                   ?? throw new NotFoundException("Handover document of aid distribution", query.Id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
