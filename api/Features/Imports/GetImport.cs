using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>An import job: status, percentage, counts and the first 1,000 row errors of its report.</summary>
public static class GetImport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ImportSql.ParseId(id)), ct))
        .WithName(nameof(GetImport))
        .WithSummary("Read an import job: status, percentage, counts and the row errors (with ETag)")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Query(int Id) : IQuery<ImportJobResponse>;

    public sealed class Handler(DbSession db, ImportProgress progress, IEnumerable<IImportKind> kinds) : IQueryHandler<Query, ImportJobResponse>
    {
        public async ValueTask<ImportJobResponse> Handle(Query query, CancellationToken ct) =>
            ImportSql.ToResponse(await ImportSql.LoadAsync(db, query.Id, ct), progress, kinds);
    }
}
