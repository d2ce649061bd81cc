using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// The case's checklist from the requirements catalogue as of its date: each item with its legal basis,
/// evidence and state (required, advisory, or upcoming with the day a coming rule takes effect), the document
/// that answers it, and the EUDR due diligence.
/// </summary>
public static class GetExportCaseChecklist
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/checklist", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(ExportCaseSql.ParseId(id)), ct))
        .WithName(nameof(GetExportCaseChecklist))
        .WithSummary("The case's checklist from the requirements catalogue as of its date, with coming rules and the EUDR due diligence")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int Id) : IQuery<Response>;

    /// <param name="Code" example="export.eudr_dds">The requirement's code in the catalogue (GET /requirements/{code}).</param>
    /// <param name="DocumentType" example="eudr_dds">The document that answers it.</param>
    /// <param name="Name">The document's name in the caller's language.</param>
    /// <param name="Stage">The stage that cannot be left without it.</param>
    /// <param name="State">required, advisory or upcoming.</param>
    /// <param name="EffectiveFrom">When the applying version took (or takes) effect.</param>
    /// <param name="VersionNo">The applying version.</param>
    /// <param name="LegalBasis">Regulation(s).</param>
    /// <param name="LegalArticle">Article(s), where known.</param>
    /// <param name="Evidence">number, date, file, expiry.</param>
    /// <param name="NextStep">What to do, in the caller's language.</param>
    /// <param name="DocumentId">The case's document row, when there is one.</param>
    /// <param name="DocumentStatus">Its status.</param>
    public sealed record Item(string Code, string DocumentType, string Name, ExportStage Stage, ChecklistState State, DateOnly EffectiveFrom,
        int VersionNo, string LegalBasis, string? LegalArticle, IReadOnlyList<string> Evidence, string NextStep, string? DocumentId,
        DocumentStatus? DocumentStatus);

    /// <param name="AsOf">The date the checklist is evaluated on (planned shipment, else closing day, else today).</param>
    /// <param name="Items">In stage order.</param>
    /// <param name="DueDiligence">The EUDR due diligence.</param>
    public sealed record Response(DateOnly AsOf, IReadOnlyList<Item> Items, DueDiligenceResponse DueDiligence);

    public sealed class Handler(DbSession db, TimeProvider clock, IOptions<ExportCaseOptions> options) : IQueryHandler<Query, Response>
    {
        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var c = await ExportCaseSql.LoadAsync(db, query.Id, now, options.Value.Targets, ct);
            var checklist = await ExportCaseSql.ChecklistAsync(db, c, ct);
            var documents = (await ExportCaseSql.LoadDocumentsAsync(db, c, OfficeTime.DateOf(now), ct)).ToDictionary(d => d.Type);
            var english = Infrastructure.Texts.TextLanguage.Current == Infrastructure.Texts.TextLanguage.English;
            var items = checklist.Items.Select(i =>
            {
                var document = documents.GetValueOrDefault(i.DocumentType);
                return new Item(i.Code, i.DocumentType, ExportCaseSql.DocumentName(i.DocumentType), i.Stage, i.State, i.Version.EffectiveFrom,
                    i.Version.VersionNo, i.Version.LegalBasis, i.Version.LegalArticle,
                    RequirementVersionRow.Split(i.Version.Evidence).Where(e => e != "none").ToList(),
                    english ? i.Version.NextStepEn : i.Version.NextStepId, document?.Id, document?.Status);
            }).ToList();
            return new Response(checklist.AsOf, items, c.DueDiligence!);
        }
    }
}
