using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>One export case with its stage clock.</summary>
public static class GetExportCase
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ExportCaseSql.ParseId(id)), ct))
        .WithName(nameof(GetExportCase))
        .WithSummary("Read one export case (with ETag)")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int Id) : IQuery<ExportCaseResponse>;

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options) : IQueryHandler<Query, ExportCaseResponse>
    {
        public async ValueTask<ExportCaseResponse> Handle(Query query, CancellationToken ct) =>
            await ExportCaseSql.LoadAsync(db, query.Id, clock.GetUtcNow(), options.Value.Targets, ct);
    }
}
