using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.ExportReports;

/// <summary>Cases per destination group (EU, ASEAN, CN, JP, KR, IN, AANZ, other) and EUDR due diligence status, as of each case's date.</summary>
public static class CasesByDestinationGroup
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/cases-by-destination-group", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(CasesByDestinationGroup))
        .WithSummary("Export cases per destination group and EUDR due diligence status (open and ended)")
        .RequireAuthorization(Policies.ReportsRead);

    public sealed record Query : IQuery<IReadOnlyList<GroupRow>>;

    /// <param name="DestinationGroup">EU, ASEAN, CN, JP, KR, IN, AANZ or other.</param>
    /// <param name="Cases">Cases in the group.</param>
    /// <param name="Open">Of those, still open.</param>
    /// <param name="ByEudrStatus">Counts per due diligence status (every status, zero included).</param>
    public sealed record GroupRow(string DestinationGroup, int Cases, int Open, IReadOnlyDictionary<string, int> ByEudrStatus);

    public sealed class Row
    {
        public int Id { get; init; }
        public string Commodity { get; init; } = "";
        public string HsCode { get; init; } = "";
        public string DestinationCountry { get; init; } = "";
        public string Scale { get; init; } = "";
        public long EstimatedValueUsdCents { get; init; }
        public string Stage { get; init; } = "";
        public DateOnly? PlannedShipmentOn { get; init; }
        public DateOnly? ClosedOn { get; init; }
        public int Plots { get; init; }
    }

    public sealed class DocumentRow
    {
        public int ExportCaseId { get; init; }
        public string DocumentType { get; init; } = "";
        public string? Number { get; init; }
        public string Status { get; init; } = "";
    }

    private const string CasesSql = """
        SELECT c.Id, c.Commodity, c.HsCode, c.DestinationCountry, b.Scale, c.EstimatedValueUsdCents, c.Stage, c.PlannedShipmentOn, c.ClosedOn,
               (SELECT COUNT(*) FROM ExportCasePlots p WHERE p.ExportCaseId = c.Id) AS Plots
        FROM ExportCases c
        JOIN Businesses b ON b.Id = c.BusinessId
        """;

    private const string DocumentsSql = """
        SELECT d.ExportCaseId, d.DocumentType, d.Number, d.Status FROM ExportCaseDocuments d
        WHERE d.DocumentType IN ('eudr_dds', 'eudr_simplified_declaration')
        """;

    public static readonly string[] Groups = ["EU", "ASEAN", "CN", "JP", "KR", "IN", "AANZ", "other"];

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<GroupRow>>
    {
        public async ValueTask<IReadOnlyList<GroupRow>> Handle(Query query, CancellationToken ct)
        {
            var today = OfficeTime.Today(clock);
            var catalogue = (await RequirementCatalogue.LoadAsync(db, ExportChecklist.Scope, ct)).Rows
                .Where(r => ExportChecklist.DueDiligenceTypes.Contains(ExportChecklist.DocumentTypeOf(r))).ToList();
            var documents = (await db.QueryAsync<DocumentRow>(DocumentsSql, null, ct)).ToLookup(d => (d.ExportCaseId, d.DocumentType));
            var cases = (await db.QueryAsync<Row>(CasesSql, null, ct)).Select(c =>
            {
                var facts = new ExportCaseFacts(EnumText.Parse<Commodity>(c.Commodity), c.HsCode, c.DestinationCountry, c.Scale, c.EstimatedValueUsdCents / 100m);
                var item = DueDiligence.ItemOf(ExportChecklist.Evaluate(catalogue, facts, ExportChecklist.AsOf(c.PlannedShipmentOn, c.ClosedOn, today)));
                var document = item is null ? null : documents[(c.Id, item.DocumentType)].FirstOrDefault();
                var (status, _) = DueDiligence.Assess(item, c.Plots, document?.Number,
                    document is null ? null : EnumText.Parse<DocumentStatus>(document.Status));
                return (Group: DestinationGroups.Of(c.DestinationCountry), Open: StageFlow.IsOpen(EnumText.Parse<ExportStage>(c.Stage)), Status: status);
            }).ToList();
            return Groups.Select(g =>
            {
                var inGroup = cases.Where(c => c.Group == g).ToList();
                return new GroupRow(g, inGroup.Count, inGroup.Count(c => c.Open),
                    EnumText.All<DueDiligenceStatus>().ToDictionary(s => s, s => inGroup.Count(c => EnumText.Of(c.Status) == s)));
            }).ToList();
        }
    }
}
