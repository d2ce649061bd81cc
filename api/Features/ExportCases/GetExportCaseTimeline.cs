using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Texts;

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
        public string? FromStatus { get; init; }
        public string? ToStatus { get; init; }
        public string? Detail { get; init; }
        public string? Note { get; init; }
        public int? ActorUserId { get; init; }
        public string? ActorName { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
    }

    private const string Sql = """
        SELECT t.Id, t.Kind, t.FromStage, t.ToStage, t.DocumentType, t.FromStatus, t.ToStatus, t.Detail, t.Note, t.ActorUserId,
               t.ActorName, t.OccurredAt
        FROM ExportCaseTimeline t
        WHERE t.ExportCaseId = @Id
        ORDER BY t.Id
        """;

    /// <summary>
    /// The entry's sentence in the reader's language, from its codes. Entries stored before the codes
    /// (migration 180) keep their sentence in the note; they read "... diperbarui" / "... updated".
    /// </summary>
    public static string TextOf(string kind, ExportStage? from, ExportStage? to, string? documentType,
        DocumentStatus? fromStatus, DocumentStatus? toStatus, string? detail)
    {
        string Document() => documentType is null ? "" : ExportCaseSql.DocumentName(documentType);
        return kind switch
        {
            "opened" => ServerTexts.Get("export.timeline.opened"),
            "stage_changed" when from is { } f && to is { } t =>
                ServerTexts.Get("export.timeline.stage_changed", ("from", ExportCaseSql.StageText(f)), ("to", ExportCaseSql.StageText(t))),
            "document_updated" when fromStatus is { } fs && toStatus is { } ts =>
                ServerTexts.Get("export.timeline.document_updated", ("document", Document()),
                    ("from", ExportCaseSql.StatusText(fs)), ("to", ExportCaseSql.StatusText(ts))),
            "document_updated" => ServerTexts.Get("export.timeline.document_updated_legacy", ("document", Document())),
            "file_uploaded" => ServerTexts.Get("export.timeline.file_uploaded", ("document", Document()), ("file", detail ?? "")),
            "plot_added" or "plot_updated" or "plot_deleted" => ServerTexts.Get("export.timeline." + kind, ("plot", detail ?? "")),
            "charges_recorded" => ServerTexts.Get("export.timeline.charges_recorded", ("month", detail ?? "")),
            _ => ServerTexts.Get("export.timeline.note"),
        };
    }

    public static async Task<IReadOnlyList<ExportCaseTimelineEntry>> ReadAsync(DbSession db, int caseId, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Sql, new { Id = caseId }, ct)).Select(r =>
        {
            var from = r.FromStage is null ? (ExportStage?)null : EnumText.Parse<ExportStage>(r.FromStage);
            var to = r.ToStage is null ? (ExportStage?)null : EnumText.Parse<ExportStage>(r.ToStage);
            var fromStatus = r.FromStatus is null ? (DocumentStatus?)null : EnumText.Parse<DocumentStatus>(r.FromStatus);
            var toStatus = r.ToStatus is null ? (DocumentStatus?)null : EnumText.Parse<DocumentStatus>(r.ToStatus);
            return new ExportCaseTimelineEntry
        {
            Id = ExportCaseSql.IdText(r.Id),
            Kind = r.Kind,
            FromStage = from,
            ToStage = to,
            DocumentType = r.DocumentType,
            FromStatus = fromStatus,
            ToStatus = toStatus,
            Detail = r.Detail,
            Text = TextOf(r.Kind, from, to, r.DocumentType, fromStatus, toStatus, r.Detail),
            Note = r.Note,
            ActorId = r.ActorUserId is { } actorId ? ExportCaseSql.IdText(actorId) : null,
            ActorName = r.ActorName,
            OccurredAt = r.OccurredAt,
        };
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
