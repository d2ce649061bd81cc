using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>One export case with its stage clock.</summary>
public static class GetExportCase
{
    public sealed record Query(int Id) : IQuery<ExportCaseResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock, IConfiguration config) : IQueryHandler<Query, ExportCaseResponse>
    {
        public async ValueTask<ExportCaseResponse> Handle(Query query, CancellationToken ct) =>
            await ExportCaseSql.LoadAsync(db, query.Id, clock.GetUtcNow(), StageTargets.From(config), ct);
    }
}
