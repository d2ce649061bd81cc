using MedanUmkm.Api.Infrastructure.Http;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Commodities the office assists with.</summary>
public enum Commodity { Coffee, Rubber, PalmOil, PalmOilDerivative, Other }

/// <summary>Stages of an export case, in order; rejected and withdrawn end a case from any open stage.</summary>
public enum ExportStage
{
    Intake, LegalCheck, CommodityLicence, BuyerContract, Certification, Customs, CertificateOfOrigin,
    Shipped, PostExport, Closed, Rejected, Withdrawn,
}

public enum DocumentStatus { Missing, Submitted, Verified, Rejected }

/// <summary>How a case ended: completed (closed after export), rejected or withdrawn.</summary>
public enum CaseOutcome { Completed, Rejected, Withdrawn }

public enum VolumeUnit { Kg, Tonne, Litre, Bag }

/// <summary>The allowed stage moves: forward one stage at a time; rejected or withdrawn from any open stage.</summary>
public static class StageFlow
{
    public static readonly ExportStage[] Forward =
    [
        ExportStage.Intake, ExportStage.LegalCheck, ExportStage.CommodityLicence, ExportStage.BuyerContract,
        ExportStage.Certification, ExportStage.Customs, ExportStage.CertificateOfOrigin, ExportStage.Shipped,
        ExportStage.PostExport, ExportStage.Closed,
    ];

    public static bool IsOpen(ExportStage stage) => stage is not (ExportStage.Closed or ExportStage.Rejected or ExportStage.Withdrawn);

    public static ExportStage? Next(ExportStage stage) =>
        IsOpen(stage) ? Forward[Array.IndexOf(Forward, stage) + 1] : null;

    public static IReadOnlyList<ExportStage> Allowed(ExportStage from) =>
        Next(from) is { } next ? [next, ExportStage.Rejected, ExportStage.Withdrawn] : [];

    /// <summary>Position for sorting (terminal stages after closed).</summary>
    public static int Order(ExportStage stage) => (int)stage;

    public static CaseOutcome? OutcomeOf(ExportStage stage) => stage switch
    {
        ExportStage.Closed => CaseOutcome.Completed,
        ExportStage.Rejected => CaseOutcome.Rejected,
        ExportStage.Withdrawn => CaseOutcome.Withdrawn,
        _ => null,
    };

    /// <summary>Stages whose case has left Indonesia (counted as shipped in reports).</summary>
    public static bool HasShipped(ExportStage stage) => stage is ExportStage.Shipped or ExportStage.PostExport or ExportStage.Closed;
}

/// <summary>One document of the checklist: which stage needs it and for which cases.</summary>
public sealed record DocumentRequirement(string Type, string Name, ExportStage Stage, Func<Commodity, string, string, bool> AppliesTo);

/// <summary>
/// THE checklist: every document an export case can need, by stage, and the cases it applies to
/// (commodity, HS code digits, destination country). Document rows are created from it when a
/// case opens and kept in step when commodity, HS code or destination change.
/// </summary>
public static class DocumentChecklist
{
    private static bool All(Commodity c, string hs, string dest) => true;
    private static bool Is(Commodity c, params Commodity[] any) => any.Contains(c);

    public static readonly IReadOnlyList<DocumentRequirement> Requirements =
    [
        new("nib_export_kbli", "NIB with an export (trading) KBLI", ExportStage.LegalCheck, All),
        new("npwp", "NPWP tax registration", ExportStage.LegalCheck, All),
        new("customs_access", "Customs access registration (registrasi kepabeanan)", ExportStage.LegalCheck, All),

        new("etk_coffee", "Registered coffee exporter (ETK)", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Coffee),
        new("tpp_sir", "Registered SIR rubber processor-exporter (TPP SIR)", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Rubber),
        new("sppt_sni_1903", "SNI 1903:2017 product certificate (SPPT-SNI) for SIR", ExportStage.CommodityLicence, (c, _, _) => c == Commodity.Rubber),
        new("pe_palm_oil", "Export approval (PE) for palm oil products", ExportStage.CommodityLicence,
            (c, _, _) => Is(c, Commodity.PalmOil, Commodity.PalmOilDerivative)),

        new("sales_contract", "Sales contract or buyer's purchase order", ExportStage.BuyerContract, All),

        new("phytosanitary", "Phytosanitary certificate", ExportStage.Certification,
            (c, _, _) => Is(c, Commodity.Coffee, Commodity.PalmOil, Commodity.PalmOilDerivative)),
        new("sir_quality_certificate", "SIR quality certificate per SNI 1903:2017", ExportStage.Certification, (c, _, _) => c == Commodity.Rubber),
        // Halal where it applies: palm oil derivatives (food fats) and processed coffee
        // (roasted 0901.2x, extracts and instant coffee 2101.1x); not green coffee.
        new("halal", "Halal certificate", ExportStage.Certification,
            (c, hs, _) => c == Commodity.PalmOilDerivative || (c == Commodity.Coffee && (hs.StartsWith("09012") || hs.StartsWith("21011")))),

        new("peb", "Export declaration (PEB)", ExportStage.Customs, All),
        new("npe", "Export release approval (NPE)", ExportStage.Customs, All),

        new("ska_form_d", "Certificate of origin e-SKA Form D (ATIGA)", ExportStage.CertificateOfOrigin, (_, _, d) => Countries.AseanAtiga.Contains(d)),
        new("ska", "Certificate of origin (e-SKA)", ExportStage.CertificateOfOrigin, (_, _, d) => !Countries.AseanAtiga.Contains(d)),
        new("ico_certificate", "ICO certificate of origin (Form ICO)", ExportStage.CertificateOfOrigin, (c, _, _) => c == Commodity.Coffee),

        new("realisation_report", "Export realisation report", ExportStage.PostExport, All),
    ];

    public static readonly IReadOnlyDictionary<string, DocumentRequirement> ByType = Requirements.ToDictionary(r => r.Type);

    public static IReadOnlyList<DocumentRequirement> For(Commodity commodity, string hsCode, string destination) =>
        Requirements.Where(r => r.AppliesTo(commodity, hsCode, destination)).ToList();

    public static int Position(string type) => Requirements.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Type == type).i;
}

/// <summary>
/// HS headings each commodity is exported under (BTKI): coffee 0901 and extracts 2101; natural rubber
/// 4001; crude and refined palm oil 1511. Derivatives span many chapters and "other" anything, so
/// those two are not checked.
/// </summary>
public static class CommodityHs
{
    public static readonly IReadOnlyDictionary<Commodity, string[]> Headings = new Dictionary<Commodity, string[]>
    {
        [Commodity.Coffee] = ["0901", "2101"],
        [Commodity.Rubber] = ["4001"],
        [Commodity.PalmOil] = ["1511"],
    };

    public static bool Fits(Commodity commodity, string hsDigits) =>
        !Headings.TryGetValue(commodity, out var headings) || headings.Any(hsDigits.StartsWith);
}

/// <summary>Target days per stage, configuration section <c>ExportCases:StageTargetDays</c> (keys as snake_case stage names).</summary>
public static class StageTargets
{
    public const string Section = "ExportCases:StageTargetDays";

    public static readonly IReadOnlyDictionary<ExportStage, int> Defaults = new Dictionary<ExportStage, int>
    {
        [ExportStage.Intake] = 7,
        [ExportStage.LegalCheck] = 14,
        [ExportStage.CommodityLicence] = 30,
        [ExportStage.BuyerContract] = 30,
        [ExportStage.Certification] = 21,
        [ExportStage.Customs] = 14,
        [ExportStage.CertificateOfOrigin] = 7,
        [ExportStage.Shipped] = 45,
        [ExportStage.PostExport] = 30,
    };

    /// <summary>The defaults overridden by configuration (positive whole days for open stages only).</summary>
    public static IReadOnlyDictionary<ExportStage, int> From(IConfiguration config)
    {
        var result = new Dictionary<ExportStage, int>(Defaults);
        foreach (var child in config.GetSection(Section).GetChildren())
        {
            var known = EnumText.TryParse<ExportStage>(child.Key, out var stage)
                        || Enum.TryParse(child.Key, ignoreCase: true, out stage);
            if (!known || !StageFlow.IsOpen(stage))
                throw new InvalidOperationException($"{Section}:{child.Key} is not an open export stage.");
            if (!int.TryParse(child.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1)
                throw new InvalidOperationException($"{Section}:{child.Key} must be a positive whole number of days.");
            result[stage] = days;
        }
        return result;
    }
}

/// <summary>How long a case has been in its stage against the stage's target.</summary>
public readonly record struct StageClock(int DaysInStage, int? TargetDays, bool IsOverdue)
{
    public static StageClock Of(ExportStage stage, DateTimeOffset enteredAt, DateTimeOffset now, IReadOnlyDictionary<ExportStage, int> targets)
    {
        var days = Math.Max(0, (int)Math.Floor((now - enteredAt).TotalDays));
        if (!StageFlow.IsOpen(stage) || !targets.TryGetValue(stage, out var target)) return new(days, null, false);
        return new(days, target, days > target);
    }

    /// <summary>A case is overdue when whole days in stage exceed the target: entered at or before this instant.</summary>
    public static DateTimeOffset OverdueCutoff(DateTimeOffset now, int targetDays) => now.AddDays(-(targetDays + 1));
}

/// <summary>Fields common to opening and updating a case.</summary>
public interface IExportCaseFields
{
    Commodity? Commodity { get; }
    string HsCode { get; }
    string ProductDescription { get; }
    string DestinationCountry { get; }
    decimal Volume { get; }
    VolumeUnit? VolumeUnit { get; }
    decimal EstimatedValueUsd { get; }
    long EstimatedValueIdr { get; }
    string? AssignedOfficerId { get; }
}

public sealed class ExportCaseFieldsValidator<T> : AbstractValidator<T> where T : IExportCaseFields
{
    public ExportCaseFieldsValidator()
    {
        RuleFor(c => c.Commodity).NotNull().IsInEnum()
            .WithMessage($"commodity must be one of: {string.Join(", ", EnumText.All<Commodity>())}.");
        RuleFor(c => c.HsCode).NotEmpty().Must(Identifiers.IsValidHsCode)
            .WithMessage("hsCode must have 4 to 8 digits (dots allowed, e.g. 0901.11).");
        RuleFor(c => c.HsCode).Must((c, hs) => CommodityHs.Fits(c.Commodity!.Value, Identifiers.Digits(hs)))
            .When(c => c.Commodity is not null && Identifiers.IsValidHsCode(c.HsCode))
            .WithMessage(c => $"hsCode {c.HsCode} is not under a {EnumText.Of(c.Commodity!.Value)} heading ({string.Join(", ", CommodityHs.Headings[c.Commodity!.Value])}).");
        RuleFor(c => c.ProductDescription).NotEmpty().Length(3, 300);
        RuleFor(c => c.DestinationCountry).NotEmpty().Must(Countries.IsValid)
            .WithMessage("destinationCountry must be an ISO 3166-1 alpha-2 code in capitals, such as MY or US.");
        RuleFor(c => c.DestinationCountry).NotEqual("ID").WithMessage("An export goes to a country other than Indonesia.");
        RuleFor(c => c.Volume).GreaterThan(0).LessThanOrEqualTo(1_000_000_000m)
            .Must(v => decimal.Round(v, 3) == v).WithMessage("volume has at most 3 decimals.");
        RuleFor(c => c.VolumeUnit).NotNull().IsInEnum()
            .WithMessage($"volumeUnit must be one of: {string.Join(", ", EnumText.All<VolumeUnit>())}.");
        RuleFor(c => c.EstimatedValueUsd).GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000_000m)
            .Must(v => decimal.Round(v, 2) == v).WithMessage("estimatedValueUsd has at most 2 decimals (cents).");
        RuleFor(c => c.EstimatedValueIdr).InclusiveBetween(0, 1_000_000_000_000_000);
        RuleFor(c => c.AssignedOfficerId).Must(id => ExportCaseSql.TryParseId(id, out _)).When(c => c.AssignedOfficerId is not null)
            .WithMessage("assignedOfficerId must be a user id.");
    }
}

/// <summary>An export assistance case with its stage clock.</summary>
public sealed record ExportCaseResponse
{
    /// <example>12</example>
    public required string Id { get; init; }
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required Commodity Commodity { get; init; }
    /// <summary>HS code digits (4 to 8, Indonesian BTKI codes have 8).</summary>
    /// <example>09011190</example>
    public required string HsCode { get; init; }
    public required string ProductDescription { get; init; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    /// <example>MY</example>
    public required string DestinationCountry { get; init; }
    public required decimal Volume { get; init; }
    public required VolumeUnit VolumeUnit { get; init; }
    /// <summary>US dollars with cents.</summary>
    public decimal EstimatedValueUsd { get; init; }
    public required long EstimatedValueIdr { get; init; }
    public required string AssignedOfficerId { get; init; }
    public required string AssignedOfficerName { get; init; }
    public required ExportStage Stage { get; init; }
    public required DateTimeOffset StageEnteredAt { get; init; }
    /// <summary>Whole days since the case entered its stage.</summary>
    public int DaysInStage { get; init; }
    /// <summary>Target days for the stage (null for closed, rejected, withdrawn).</summary>
    public int? TargetDays { get; init; }
    /// <summary>True when daysInStage exceeds targetDays.</summary>
    public bool IsOverdue { get; init; }
    /// <summary>Days beyond the target (0 when not overdue).</summary>
    public int DaysOverdue { get; init; }
    /// <summary>Stages this case may move to next.</summary>
    public IReadOnlyList<ExportStage> AllowedStages { get; init; } = [];
    public required DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public CaseOutcome? Outcome { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

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
    public string Stage { get; init; } = "";
    public DateTimeOffset StageEnteredAt { get; init; }
    public DateOnly OpenedOn { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public string? Outcome { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>A timeline entry: opened, stage_changed, note, document_updated or file_uploaded, with who and when.</summary>
public sealed record ExportCaseTimelineEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public ExportStage? FromStage { get; init; }
    public ExportStage? ToStage { get; init; }
    public string? DocumentType { get; init; }
    public string? Note { get; init; }
    public string? ActorId { get; init; }
    public string? ActorName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}

/// <summary>One document of a case's checklist.</summary>
public sealed record ExportCaseDocumentResponse
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    /// <summary>Checklist code, e.g. etk_coffee, peb, ska_form_d.</summary>
    public required string Type { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The stage that cannot be left until this document is verified.</summary>
    public ExportStage Stage { get; init; }
    /// <summary>False when the case's commodity, HS code or destination changed so that it no longer needs this document.</summary>
    public bool Required { get; init; }
    public required DocumentStatus Status { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    /// <summary>Days until expiry (negative when expired); null without an expiry date.</summary>
    public int? ExpiresInDays { get; init; }
    public bool IsExpired { get; init; }
    public string? Note { get; init; }
    public ExportCaseDocumentFile? File { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>The uploaded file of a document (download at .../documents/{documentId}/file).</summary>
public sealed record ExportCaseDocumentFile(string FileName, string ContentType, int Size, DateTimeOffset UploadedAt);

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

[Mapper]
public static partial class ExportCaseMapper
{
    [MapperIgnoreSource(nameof(ExportCaseRow.EstimatedValueUsdCents))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.EstimatedValueUsd))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.DaysInStage))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.TargetDays))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.IsOverdue))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.DaysOverdue))]
    [MapperIgnoreTarget(nameof(ExportCaseResponse.AllowedStages))]
    public static partial ExportCaseResponse ToResponse(ExportCaseRow row);

    [MapProperty(nameof(ExportCaseDocumentRow.ExportCaseId), nameof(ExportCaseDocumentResponse.CaseId))]
    [MapProperty(nameof(ExportCaseDocumentRow.DocumentType), nameof(ExportCaseDocumentResponse.Type))]
    [MapperIgnoreSource(nameof(ExportCaseDocumentRow.FileName))]
    [MapperIgnoreSource(nameof(ExportCaseDocumentRow.FileContentType))]
    [MapperIgnoreSource(nameof(ExportCaseDocumentRow.FileSize))]
    [MapperIgnoreSource(nameof(ExportCaseDocumentRow.FileUploadedAt))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.Name))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.Stage))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.Required))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.ExpiresInDays))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.IsExpired))]
    [MapperIgnoreTarget(nameof(ExportCaseDocumentResponse.File))]
    public static partial ExportCaseDocumentResponse ToResponse(ExportCaseDocumentRow row);

    private static string IdText(int id) => id.ToString(CultureInfo.InvariantCulture);
    private static Commodity ToCommodity(string s) => EnumText.Parse<Commodity>(s);
    private static ExportStage ToStage(string s) => EnumText.Parse<ExportStage>(s);
    private static VolumeUnit ToUnit(string s) => EnumText.Parse<VolumeUnit>(s);
    private static DocumentStatus ToStatus(string s) => EnumText.Parse<DocumentStatus>(s);
    private static CaseOutcome? ToOutcome(string? s) => s is null ? null : EnumText.Parse<CaseOutcome>(s);
}

/// <summary>413 or 415 for an upload that is too large or not a PDF or image.</summary>
public sealed class FileRejectedException(int status, string title, string detail) : DomainException(title, detail)
{
    public override int StatusCode => status;
}

/// <summary>SQL and reads shared by the export case use cases.</summary>
public static class ExportCaseSql
{
    // Volume * 1.0: SQLite keeps whole numbers in a NUMERIC column as integers and fractions as
    // reals; Dapper maps a column with the type of the first row, so mixed rows need one type.
    public const string Select = """
        SELECT c.Id, c.BusinessId, b.Name AS BusinessName, c.Commodity, c.HsCode, c.ProductDescription,
               c.DestinationCountry, c.Volume * 1.0 AS Volume, c.VolumeUnit, c.EstimatedValueUsdCents, c.EstimatedValueIdr,
               c.AssignedOfficerId, u.Name AS AssignedOfficerName, c.Stage, c.StageEnteredAt, c.OpenedOn,
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
        INSERT INTO ExportCaseTimeline (ExportCaseId, OccurredAt, Kind, FromStage, ToStage, DocumentType, Note, ActorUserId, ActorName)
        VALUES (@CaseId, @OccurredAt, @Kind, @FromStage, @ToStage, @DocumentType, @Note, @ActorUserId, @ActorName)
        """;

    public static bool TryParseId(string? id, out int value) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>Parses a route id; anything that is not one of ours is simply not found.</summary>
    public static int ParseId(string id, string entity = "ExportCase") =>
        RouteIds.Parse(id, entity);

    /// <summary>The case with its stage clock, or 404.</summary>
    public static async Task<ExportCaseResponse> LoadAsync(DbSession db, int id, DateTimeOffset now,
        IReadOnlyDictionary<ExportStage, int> targets, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ExportCaseRow>(ById, new { Id = id }, ct)
                  ?? throw new NotFoundException("ExportCase", id.ToString(CultureInfo.InvariantCulture));
        return ToResponse(row, now, targets);
    }

    public static ExportCaseResponse ToResponse(ExportCaseRow row, DateTimeOffset now, IReadOnlyDictionary<ExportStage, int> targets)
    {
        var response = ExportCaseMapper.ToResponse(row);
        var clock = StageClock.Of(response.Stage, response.StageEnteredAt, now, targets);
        return response with
        {
            EstimatedValueUsd = row.EstimatedValueUsdCents / 100m,
            Volume = decimal.Round(row.Volume, 3),
            DaysInStage = clock.DaysInStage,
            TargetDays = clock.TargetDays,
            IsOverdue = clock.IsOverdue,
            DaysOverdue = clock.IsOverdue ? clock.DaysInStage - clock.TargetDays!.Value : 0,
            AllowedStages = StageFlow.Allowed(response.Stage),
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
            throw new ConflictException("case_closed", $"Export case {c.Id} is {EnumText.Of(c.Stage)}; it can no longer be changed.", "Case closed");
    }

    public static async Task<IReadOnlyList<ExportCaseDocumentResponse>> LoadDocumentsAsync(DbSession db, ExportCaseResponse c, DateOnly today, CancellationToken ct)
    {
        var rows = await db.QueryAsync<ExportCaseDocumentRow>(DocumentsOfCase, new { CaseId = int.Parse(c.Id, CultureInfo.InvariantCulture) }, ct);
        var required = DocumentChecklist.For(c.Commodity, c.HsCode, c.DestinationCountry).Select(r => r.Type).ToHashSet();
        return rows.Select(r => ToResponse(r, required.Contains(r.DocumentType), today))
            .OrderBy(d => StageFlow.Order(d.Stage)).ThenBy(d => DocumentChecklist.Position(d.Type)).ToList();
    }

    public static async Task<ExportCaseDocumentResponse> LoadDocumentAsync(DbSession db, ExportCaseResponse c, int documentId, DateOnly today, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<ExportCaseDocumentRow>(DocumentById,
                      new { Id = documentId, CaseId = int.Parse(c.Id, CultureInfo.InvariantCulture) }, ct)
                  ?? throw new NotFoundException("ExportCaseDocument", documentId.ToString(CultureInfo.InvariantCulture));
        var required = DocumentChecklist.For(c.Commodity, c.HsCode, c.DestinationCountry).Any(r => r.Type == row.DocumentType);
        return ToResponse(row, required, today);
    }

    public static ExportCaseDocumentResponse ToResponse(ExportCaseDocumentRow row, bool required, DateOnly today)
    {
        var requirement = DocumentChecklist.ByType[row.DocumentType];
        int? expiresIn = row.ExpiresOn is { } e ? e.DayNumber - today.DayNumber : null;
        return ExportCaseMapper.ToResponse(row) with
        {
            Name = requirement.Name,
            Stage = requirement.Stage,
            Required = required,
            ExpiresInDays = expiresIn,
            IsExpired = expiresIn < 0,
            File = row.FileName is null ? null
                : new ExportCaseDocumentFile(row.FileName, row.FileContentType!, row.FileSize ?? 0, row.FileUploadedAt!.Value),
        };
    }

    /// <summary>
    /// Keeps the document rows in step with the checklist for the case's commodity, HS code and
    /// destination: adds what is now needed; drops rows no longer needed that hold nothing yet.
    /// </summary>
    public static async Task SyncChecklistAsync(DbSession db, int caseId, Commodity commodity, string hsCode, string destination,
        DateTimeOffset now, CancellationToken ct)
    {
        var needed = DocumentChecklist.For(commodity, hsCode, destination).Select(r => r.Type).ToList();
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
        ExportStage? from, ExportStage? to, string? documentType, string? note, CancellationToken ct) =>
        db.ExecuteAsync(InsertTimeline, new
        {
            CaseId = caseId,
            OccurredAt = at,
            Kind = kind,
            FromStage = from is { } f ? EnumText.Of(f) : null,
            ToStage = to is { } t ? EnumText.Of(t) : null,
            DocumentType = documentType,
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
            throw new FieldValidationException("assignedOfficerId", "assignedOfficerId must be an active officer or admin.");
    }
}
