using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>The case's history, oldest first.</summary>
public static class GetExportCaseTimeline
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/timeline", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ExportCaseSql.ParseId(id)), ct))
        .WithName(nameof(GetExportCaseTimeline))
        .WithSummary("The case's timeline: opening, stage moves, notes and document changes, with who and when")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int Id) : IQuery<IReadOnlyList<ExportCaseTimelineEntry>>;

    public sealed class Row
    {
        public int Id { get; init; }
        public string Kind { get; init; } = "";
        public string? FromStage { get; init; }
        public string? ToStage { get; init; }
        public string? DocumentType { get; init; }
        public string? Note { get; init; }
        public int? ActorUserId { get; init; }
        public string? ActorName { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
    }

    private const string Sql = """
        SELECT t.Id, t.Kind, t.FromStage, t.ToStage, t.DocumentType, t.Note, t.ActorUserId, t.ActorName, t.OccurredAt
        FROM ExportCaseTimeline t
        WHERE t.ExportCaseId = @Id
        ORDER BY t.Id
        """;

    public static async Task<IReadOnlyList<ExportCaseTimelineEntry>> ReadAsync(DbSession db, int caseId, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Sql, new { Id = caseId }, ct)).Select(r => new ExportCaseTimelineEntry
        {
            Id = ExportCaseSql.IdText(r.Id),
            Kind = r.Kind,
            FromStage = r.FromStage is null ? null : EnumText.Parse<ExportStage>(r.FromStage),
            ToStage = r.ToStage is null ? null : EnumText.Parse<ExportStage>(r.ToStage),
            DocumentType = r.DocumentType,
            Note = r.Note,
            ActorId = r.ActorUserId is { } actorId ? ExportCaseSql.IdText(actorId) : null,
            ActorName = r.ActorName,
            OccurredAt = r.OccurredAt,
        }).ToList();

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<ExportCaseTimelineEntry>>
    {
        public async ValueTask<IReadOnlyList<ExportCaseTimelineEntry>> Handle(Query query, CancellationToken ct)
        {
            if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCases WHERE Id = @Id", new { query.Id }, ct) == 0)
                throw new NotFoundException("ExportCase", ExportCaseSql.IdText(query.Id));
            return await ReadAsync(db, query.Id, ct);
        }
    }
}
