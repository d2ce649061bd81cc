using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>An import job: status, percentage, counts and the first 1,000 row errors of its report.</summary>
public static class GetImport
{
    public sealed record Query(int Id) : IQuery<ImportJobResponse>;

    public sealed class Handler(DbSession db, ImportProgress progress) : IQueryHandler<Query, ImportJobResponse>
    {
        public async ValueTask<ImportJobResponse> Handle(Query query, CancellationToken ct) =>
            ImportSql.ToResponse(await ImportSql.LoadAsync(db, query.Id, ct), progress);
    }
}
