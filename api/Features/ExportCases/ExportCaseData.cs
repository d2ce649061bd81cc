using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Requirements;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>A row of <c>ExportCases</c> joined with its business's and officer's names.</summary>

public sealed class ExportCaseRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string BusinessName { get; init; } = "";
    public string Commodity { get; init; } = "";
    public string HsCode { get; init; } = "";
    public string ProductDescription { get; init; } = "";
    public string DestinationCountry { get; init; } = "";
    public decimal Volume { get; init; }
    public string VolumeUnit { get; init; } = "";
    public long EstimatedValueUsdCents { get; init; }
    public long EstimatedValueIdr { get; init; }
    public int AssignedOfficerId { get; init; }
    public string AssignedOfficerName { get; init; } = "";
    public string BusinessScale { get; init; } = "";
    public DateOnly? PlannedShipmentOn { get; init; }
    public string? TppSirNumber { get; init; }
    public string? ReferenceMonth { get; init; }
    public decimal? ReferencePriceUsdPerTonne { get; init; }
    public decimal? LevyRatePercent { get; init; }
    public decimal? DutyUsdPerTonne { get; init; }
    public decimal? ExchangeRateIdrPerUsd { get; init; }
    public string Stage { get; init; } = "";
    public DateTimeOffset StageEnteredAt { get; init; }
    public DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}


/// <summary>A row of <c>ExportCaseDocuments</c> (without the file's content).</summary>

public sealed class ExportCaseDocumentRow
{
    public int Id { get; init; }
    public int ExportCaseId { get; init; }
    public string DocumentType { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public string? Note { get; init; }
    public string? FileName { get; init; }
    public string? FileContentType { get; init; }
    public int? FileSize { get; init; }
    public DateTimeOffset? FileUploadedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>SQL and reads shared by the export case use cases.</summary>
public static class ExportCaseSql
{
    // Volume * 1.0: SQLite keeps whole numbers in a NUMERIC column as integers and fractions as
    // reals; Dapper maps a column with the type of the first row, so mixed rows need one type.
    public const string Select = """
        SELECT c.Id, c.BusinessId, b.Name AS BusinessName, c.Commodity, c.HsCode, c.ProductDescription,
               c.DestinationCountry, c.Volume * 1.0 AS Volume, c.VolumeUnit, c.EstimatedValueUsdCents, c.EstimatedValueIdr,
               c.AssignedOfficerId, u.Name AS AssignedOfficerName, b.Scale AS BusinessScale, c.PlannedShipmentOn, c.TppSirNumber,
               c.ReferenceMonth, c.ReferencePriceUsdPerTonne * 1.0 AS ReferencePriceUsdPerTonne, c.LevyRatePercent * 1.0 AS LevyRatePercent,
               c.DutyUsdPerTonne * 1.0 AS DutyUsdPerTonne, c.ExchangeRateIdrPerUsd * 1.0 AS ExchangeRateIdrPerUsd, c.Stage, c.StageEnteredAt, c.OpenedOn,
               c.ClosedOn, c.Outcome, c.CreatedAt, c.UpdatedAt, c.Version
        FROM ExportCases c
        JOIN Businesses b ON b.Id = c.BusinessId
        JOIN Users u ON u.Id = c.AssignedOfficerId
        """;

    private const string ById = Select + "\nWHERE c.Id = @Id";

    public const string SelectDocuments = """
        SELECT d.Id, d.ExportCaseId, d.DocumentType, d.Status, d.Number, d.IssuedOn, d.ExpiresOn, d.Note,
               d.FileName, d.FileContentType, d.FileSize, d.FileUploadedAt, d.UpdatedAt, d.Version
        FROM ExportCaseDocuments d
        """;

    private const string DocumentsOfCase = SelectDocuments + "\nWHERE d.ExportCaseId = @CaseId";
    private const string DocumentById = SelectDocuments + "\nWHERE d.Id = @Id AND d.ExportCaseId = @CaseId";

    private const string ClaimCaseSql = """
        UPDATE ExportCases SET Version = Version + 1, UpdatedAt = @Now WHERE Id = @Id AND Version = @ExpectedVersion
        """;

    private const string ClaimDocumentSql = """
        UPDATE ExportCaseDocuments SET Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id AND ExportCaseId = @CaseId AND Version = @ExpectedVersion
        """;

    public const string InsertDocument = """
        INSERT INTO ExportCaseDocuments (ExportCaseId, DocumentType, Status, UpdatedAt, Version)
        VALUES (@CaseId, @DocumentType, 'missing', @Now, 1)
        """;

    public const string InsertTimeline = """
        INSERT INTO ExportCaseTimeline (ExportCaseId, OccurredAt, Kind, FromStage, ToStage, DocumentType, FromStatus, ToStatus, Detail, Note,
            ActorUserId, ActorName)
        VALUES (@CaseId, @OccurredAt, @Kind, @FromStage, @ToStage, @DocumentType, @FromStatus, @ToStatus, @Detail, @Note,
            @ActorUserId, @ActorName)
        """;

    /// <summary>An id as it travels on the wire.</summary>
    public static string IdText(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseId(string? id, out int value) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>Parses a route id; anything that is not one of ours is simply not found.</summary>
    public static int ParseId(string id, string entity = "ExportCase") =>
        RouteIds.Parse(id, entity);

    /// <summary>Parses a document's route id (404 ExportCaseDocument when it is not one of ours).</summary>
    public static int ParseDocumentId(string documentId) => RouteIds.Parse(documentId, "ExportCaseDocument");

    /// <summary>The case with its stage clock, or 404.</summary>
    public static async Task<ExportCaseResponse> LoadAsync(DbSession db, int id, DateTimeOffset now,
        IReadOnlyDictionary<ExportStage, int> targets, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ExportCaseRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("ExportCase", id.ToString(CultureInfo.InvariantCulture));
        var c = ToResponse(row, now, targets);
        return c with { DueDiligence = await DueDiligenceAsync(db, c, await ChecklistAsync(db, c, ct), ct) };
    }

    private sealed class PlotTotals
    {
        public int Plots { get; init; }
        public decimal AreaHa { get; init; }
    }

    private sealed class DueDiligenceDocument
    {
        public string? Number { get; init; }
        public string Status { get; init; } = "";
    }

    private const string PlotTotalsSql = """
        SELECT COUNT(*) AS Plots, COALESCE(SUM(p.AreaHa), 0) * 1.0 AS AreaHa FROM ExportCasePlots p WHERE p.ExportCaseId = @Id
        """;

    private const string DueDiligenceDocumentSql = """
        SELECT d.Number, d.Status FROM ExportCaseDocuments d WHERE d.ExportCaseId = @Id AND d.DocumentType = @Type
        """;

    /// <summary>The case's EUDR due diligence: which rule applies (or will), its plots, reference number and what is missing.</summary>
    public static async Task<DueDiligenceResponse> DueDiligenceAsync(DbSession db, ExportCaseResponse c, CaseChecklist checklist, CancellationToken ct)
    {
        var id = int.Parse(c.Id, CultureInfo.InvariantCulture);
        var item = DueDiligence.ItemOf(checklist.Items);
        var totals = (await db.QuerySingleOrDefaultAsync<PlotTotals>(PlotTotalsSql, new { Id = id }, ct))!;
        var document = item is null || item.State == ChecklistState.Upcoming ? null
            : await db.QuerySingleOrDefaultAsync<DueDiligenceDocument>(DueDiligenceDocumentSql, new { Id = id, Type = item.DocumentType }, ct);
        var (status, missing) = DueDiligence.Assess(item, totals.Plots, document?.Number,
            document is null ? null : EnumText.Parse<DocumentStatus>(document.Status));
        return new DueDiligenceResponse
        {
            Status = status,
            StatusText = status == DueDiligenceStatus.Upcoming
                ? ServerTexts.Get("export.eudr.status.upcoming", ("date", item!.Version.EffectiveFrom))
                : ServerTexts.Get("export.eudr.status." + EnumText.Of(status)),
            DocumentType = item?.DocumentType,
            AppliesFrom = item?.Version.EffectiveFrom,
            ReferenceNumber = document?.Number,
            Plots = totals.Plots,
            AreaHa = decimal.Round(totals.AreaHa, 4),
            Missing = missing.Select(m => new DueDiligenceMissing(m, ServerTexts.Get("export.eudr.missing." + m))).ToList(),
        };
    }

    public static ExportCaseResponse ToResponse(ExportCaseRow row, DateTimeOffset now, IReadOnlyDictionary<ExportStage, int> targets)
    {
        var stage = EnumText.Parse<ExportStage>(row.Stage);
        var clock = StageClock.Of(stage, row.StageEnteredAt, now, targets);
        var commodity = EnumText.Parse<Commodity>(row.Commodity);
        var unit = EnumText.Parse<VolumeUnit>(row.VolumeUnit);
        var isPalm = commodity is Commodity.PalmOil or Commodity.PalmOilDerivative;
        return new ExportCaseResponse
        {
            ExporterScale = row.BusinessScale,
            DestinationGroup = DestinationGroups.Of(row.DestinationCountry),
            PlannedShipmentOn = row.PlannedShipmentOn,
            ChecklistAsOf = ExportChecklist.AsOf(row.PlannedShipmentOn, row.ClosedOn, OfficeTime.DateOf(now)),
            TppSirNumber = row.TppSirNumber,
            Charges = !isPalm ? null : new ShipmentChargesResponse
            {
                ReferenceMonth = row.ReferenceMonth,
                ReferencePriceUsdPerTonne = row.ReferencePriceUsdPerTonne,
                LevyRatePercent = row.LevyRatePercent,
                DutyUsdPerTonne = row.DutyUsdPerTonne,
                ExchangeRateIdrPerUsd = row.ExchangeRateIdrPerUsd,
                Estimate = ShipmentCharges.Estimate(row.Volume, unit, row.ReferencePriceUsdPerTonne, row.LevyRatePercent,
                    row.DutyUsdPerTonne, row.ExchangeRateIdrPerUsd),
            },
            Id = IdText(row.Id),
            BusinessId = IdText(row.BusinessId),
            BusinessName = row.BusinessName,
            Commodity = commodity,
            HsCode = row.HsCode,
            ProductDescription = row.ProductDescription,
            DestinationCountry = row.DestinationCountry,
            Volume = decimal.Round(row.Volume, 3),
            VolumeUnit = unit,
            EstimatedValueUsd = row.EstimatedValueUsdCents / 100m,
            EstimatedValueIdr = row.EstimatedValueIdr,
            AssignedOfficerId = IdText(row.AssignedOfficerId),
            AssignedOfficerName = row.AssignedOfficerName,
            Stage = stage,
            StageEnteredAt = row.StageEnteredAt,
            DaysInStage = clock.DaysInStage,
            TargetDays = clock.TargetDays,
            IsOverdue = clock.IsOverdue,
            DaysOverdue = clock.IsOverdue ? clock.DaysInStage - clock.TargetDays!.Value : 0,
            AllowedStages = StageFlow.Allowed(stage),
            OpenedOn = row.OpenedOn,
            ClosedOn = row.ClosedOn,
            Outcome = row.Outcome is null ? null : EnumText.Parse<CaseOutcome>(row.Outcome),
            CreatedAt = row.CreatedAt,
            UpdatedAt = row.UpdatedAt,
            Version = row.Version,
        };
    }

    /// <summary>
    /// Bumps the version if it is still the one the caller read, as the command's first write, so that
    /// concurrent changes queue on the row lock instead of deadlocking; 404 or 412 otherwise.
    /// </summary>
    public static async Task ClaimCaseAsync(DbSession db, int id, int expectedVersion, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ExecuteAsync(ClaimCaseSql, new { Id = id, ExpectedVersion = expectedVersion, Now = now }, ct) == 1) return;
        var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCases WHERE Id = @Id", new { Id = id }, ct);
        var text = id.ToString(CultureInfo.InvariantCulture);
        throw exists == 0 ? new NotFoundException("ExportCase", text) : new PreconditionFailedException("ExportCase", text);
    }

    public static async Task ClaimDocumentAsync(DbSession db, int caseId, int documentId, int expectedVersion, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.ExecuteAsync(ClaimDocumentSql, new { Id = documentId, CaseId = caseId, ExpectedVersion = expectedVersion, Now = now }, ct) == 1) return;
        var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCaseDocuments WHERE Id = @Id AND ExportCaseId = @CaseId",
            new { Id = documentId, CaseId = caseId }, ct);
        var text = documentId.ToString(CultureInfo.InvariantCulture);
        throw exists == 0 ? new NotFoundException("ExportCaseDocument", text) : new PreconditionFailedException("ExportCaseDocument", text);
    }

    /// <summary>409 case_closed for changes to a case that has ended.</summary>
    public static void EnsureOpen(ExportCaseResponse c)
    {
        if (!StageFlow.IsOpen(c.Stage))
            throw new ConflictException("case_closed",
                ServerTexts.Get("export.case_closed", ("id", c.Id), ("stage", StageText(c.Stage))), ServerTexts.Get("title.409"));
    }

    /// <summary>The export catalogue and the case's facts: its checklist as of its date.</summary>
    public static async Task<CaseChecklist> ChecklistAsync(DbSession db, ExportCaseResponse c, CancellationToken ct)
    {
        var catalogue = await RequirementCatalogue.LoadAsync(db, ExportChecklist.Scope, ct);
        return new CaseChecklist(catalogue.Rows, FactsOf(c), c.ChecklistAsOf);
    }

    public static ExportCaseFacts FactsOf(ExportCaseResponse c) =>
        new(c.Commodity, c.HsCode, c.DestinationCountry, c.ExporterScale, c.EstimatedValueUsd);

    public static async Task<IReadOnlyList<ExportCaseDocumentResponse>> LoadDocumentsAsync(DbSession db, ExportCaseResponse c, DateOnly today, CancellationToken ct)
    {
        var checklist = await ChecklistAsync(db, c, ct);
        var rows = await db.QueryAsync<ExportCaseDocumentRow>(DocumentsOfCase, new { CaseId = int.Parse(c.Id, CultureInfo.InvariantCulture) }, ct);
        return rows.Select(r => ToResponse(r, checklist, today))
            .OrderBy(d => StageFlow.Order(d.Stage)).ThenBy(d => checklist.Position(d.Type)).ToList();
    }

    public static async Task<ExportCaseDocumentResponse> LoadDocumentAsync(DbSession db, ExportCaseResponse c, int documentId, DateOnly today, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ExportCaseDocumentRow>(DocumentById,
                      new { Id = documentId, CaseId = int.Parse(c.Id, CultureInfo.InvariantCulture) }, ct)
                  ?? throw new NotFoundException("ExportCaseDocument", documentId.ToString(CultureInfo.InvariantCulture));
        return ToResponse(row, await ChecklistAsync(db, c, ct), today);
    }

    /// <summary>A document type's name in the caller's language.</summary>
    public static string DocumentName(string type) => ServerTexts.Get("export.document." + type);

    public static string StageText(ExportStage stage) => ServerTexts.Get("export.stage." + EnumText.Of(stage));

    public static string StatusText(DocumentStatus status) => ServerTexts.Get("export.document_status." + EnumText.Of(status));

    public static ExportCaseDocumentResponse ToResponse(ExportCaseDocumentRow row, CaseChecklist checklist, DateOnly today)
    {
        var version = checklist.VersionOf(row.DocumentType);
        int? expiresIn = row.ExpiresOn is { } e ? e.DayNumber - today.DayNumber : null;
        var state = checklist.Required.Contains(row.DocumentType) ? RequirementState.Required
            : checklist.Applicable.Contains(row.DocumentType) ? RequirementState.Advisory : RequirementState.NoLongerRequired;
        return new ExportCaseDocumentResponse
        {
            Id = IdText(row.Id),
            CaseId = IdText(row.ExportCaseId),
            Type = row.DocumentType,
            Name = DocumentName(row.DocumentType),
            Stage = version is null ? ExportStage.Intake : ExportChecklist.StageOf(version),
            Required = state == RequirementState.Required,
            Requirement = state,
            LegalBasis = version?.LegalBasis,
            Evidence = version is null ? [] : RequirementVersionRow.Split(version.Evidence).Where(x => x != "none").ToList(),
            Status = EnumText.Parse<DocumentStatus>(row.Status),
            Number = row.Number,
            IssuedOn = row.IssuedOn,
            ExpiresOn = row.ExpiresOn,
            ExpiresInDays = expiresIn,
            IsExpired = expiresIn < 0,
            Note = row.Note,
            File = row.FileName is null ? null
                : new ExportCaseDocumentFile(row.FileName, row.FileContentType!, row.FileSize ?? 0, row.FileUploadedAt!.Value),
            UpdatedAt = row.UpdatedAt,
            Version = row.Version,
        };
    }

    /// <summary>
    /// Keeps the document rows in step with the catalogue for the case's facts and date: adds what applies now;
    /// drops rows no longer applying that hold nothing yet (a row with a status, number or file is kept, marked
    /// no longer required).
    /// </summary>
    public static async Task SyncChecklistAsync(DbSession db, ExportCaseResponse c, DateTimeOffset now, CancellationToken ct)
    {
        var caseId = int.Parse(c.Id, CultureInfo.InvariantCulture);
        var needed = (await ChecklistAsync(db, c, ct)).Applicable;
        var existing = await db.QueryAsync<ExportCaseDocumentRow>(DocumentsOfCase, new { CaseId = caseId }, ct);
        var have = existing.Select(d => d.DocumentType).ToHashSet();
        var add = needed.Where(t => !have.Contains(t)).Select(t => new { CaseId = caseId, DocumentType = t, Now = now }).ToList();
        if (add.Count > 0) await db.ExecuteAsync(InsertDocument, add, ct);
        var drop = existing
            .Where(d => !needed.Contains(d.DocumentType) && d.Status == "missing" && d.Number is null && d.FileName is null)
            .Select(d => d.Id).ToArray();
        if (drop.Length > 0) await db.ExecuteAsync("DELETE FROM ExportCaseDocuments WHERE Id IN @Ids", new { Ids = drop }, ct);
    }

    /// <summary>Appends a timeline entry by the current actor.</summary>
    public static Task AddTimelineAsync(DbSession db, CurrentActor actor, int caseId, DateTimeOffset at, string kind,
        ExportStage? from, ExportStage? to, string? documentType, string? note, CancellationToken ct,
        DocumentStatus? fromStatus = null, DocumentStatus? toStatus = null, string? detail = null) =>
        db.ExecuteAsync(InsertTimeline, new
        {
            CaseId = caseId,
            OccurredAt = at,
            Kind = kind,
            FromStage = from is { } f ? EnumText.Of(f) : null,
            ToStage = to is { } t ? EnumText.Of(t) : null,
            DocumentType = documentType,
            FromStatus = fromStatus is { } fs ? EnumText.Of(fs) : null,
            ToStatus = toStatus is { } ts ? EnumText.Of(ts) : null,
            Detail = detail is null ? null : detail.Length > 200 ? detail[..200] : detail,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
        }, ct);

    /// <summary>400 on assignedOfficerId unless it is an active officer or admin.</summary>
    public static async Task EnsureOfficerAsync(DbSession db, int userId, CancellationToken ct)
    {
        var ok = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM Users WHERE Id = @Id AND IsActive = 1 AND Role IN ('officer', 'admin')", new { Id = userId }, ct);
        if (ok == 0)
            throw new FieldValidationException("assignedOfficerId", ServerTexts.Get("export.officer_invalid"), "officer_invalid");
    }
}

/// <summary>A case's checklist as of its date, with each document type's requirement version.</summary>
public sealed class CaseChecklist(IReadOnlyList<RequirementVersionRow> catalogue, ExportCaseFacts facts, DateOnly asOf)
{
    public DateOnly AsOf => asOf;
    public ExportCaseFacts Facts => facts;
    public IReadOnlyList<ChecklistItem> Items { get; } = ExportChecklist.Evaluate(catalogue, facts, asOf);
    public IReadOnlySet<string> Required => ExportChecklist.Required(Items);
    public IReadOnlySet<string> Applicable => ExportChecklist.Applicable(Items);

    /// <summary>The version that applies to the type now, else the latest version naming it (for its stage and legal basis).</summary>
    public RequirementVersionRow? VersionOf(string type) =>
        Items.Where(i => i.DocumentType == type && i.State != ChecklistState.Upcoming).OrderBy(i => i.State).Select(i => i.Version).FirstOrDefault()
        ?? catalogue.Where(r => ExportChecklist.DocumentTypeOf(r) == type)
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.VersionNo).FirstOrDefault();

    public int Position(string type) => VersionOf(type)?.Position ?? int.MaxValue;
}
