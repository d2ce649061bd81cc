using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>A RequirementVersions row.</summary>
public sealed class RequirementVersionRow
{
    public string Code { get; init; } = "";
    public string Scope { get; init; } = "";
    public int Position { get; init; }
    public int VersionNo { get; init; }
    public DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public string Level { get; init; } = "";
    public string TitleId { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string NextStepId { get; init; } = "";
    public string NextStepEn { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public string? LegalArticle { get; init; }
    public string Evidence { get; init; } = "";
    public string? Sectors { get; init; }
    public string? ProductCategories { get; init; }
    public string? Scales { get; init; }
    public string? LegalForms { get; init; }
    public string? Commodities { get; init; }
    public string? Destinations { get; init; }
    public string? Parameters { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedByName { get; init; }

    public IReadOnlyList<string> ScaleList => Split(Scales);
    public IReadOnlyList<string> SectorList => Split(Sectors);
    public IReadOnlyList<string> CategoryList => Split(ProductCategories);
    public IReadOnlyList<string> LegalFormList => Split(LegalForms);
    public bool IsAdvisory => Level == "advisory";

    public IReadOnlyDictionary<string, string> ParameterMap =>
        string.IsNullOrWhiteSpace(Parameters) ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(Parameters) ?? new Dictionary<string, string>();

    public static IReadOnlyList<string> Split(string? pipe) => (pipe ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string? Join(IReadOnlyList<string>? values) =>
        values is null || values.Count == 0 ? null : "|" + string.Concat(values.Select(v => v + "|"));

    public RequirementVersionResponse ToResponse() => new(
        VersionNo, EffectiveFrom, EffectiveTo, Level == "advisory" ? RequirementLevel.Advisory : RequirementLevel.Required,
        TitleId, TitleEn, NextStepId, NextStepEn, LegalBasis, LegalArticle, Split(Evidence), SectorList, CategoryList,
        ScaleList, LegalFormList, Split(Commodities), Split(Destinations), ParameterMap, Note, CreatedAt, CreatedByName);
}

/// <summary>The catalogue's reads: every version of a scope's requirements, or of one requirement.</summary>
public sealed partial class RequirementCatalogue
{
    public const string SelectSql = """
        SELECT v.Code, r.Scope, r.Position, v.VersionNo, v.EffectiveFrom, v.EffectiveTo, v.Level, v.TitleId, v.TitleEn,
               v.NextStepId, v.NextStepEn, v.LegalBasis, v.LegalArticle, v.Evidence, v.Sectors, v.ProductCategories,
               v.Scales, v.LegalForms, v.Commodities, v.Destinations, v.Parameters, v.Note, v.CreatedAt, v.CreatedByName
        FROM RequirementVersions v
        JOIN Requirements r ON r.Code = v.Code
        """;

    private const string ByScopeSql = SelectSql + "\nWHERE r.Scope = @Scope\nORDER BY r.Position, v.Code, v.VersionNo";
    private const string ByCodeSql = SelectSql + "\nWHERE v.Code = @Code\nORDER BY v.VersionNo";

    public static async Task<RequirementCatalogue> LoadAsync(DbSession db, string scope, CancellationToken ct) =>
        new((await db.QueryAsync<RequirementVersionRow>(ByScopeSql, new { Scope = scope }, ct)).ToList());

    /// <summary>Every version of one requirement, oldest first (none when the code is unknown).</summary>
    public static async Task<List<RequirementVersionRow>> VersionsAsync(DbSession db, string code, CancellationToken ct) =>
        (await db.QueryAsync<RequirementVersionRow>(ByCodeSql, new { Code = code }, ct)).ToList();

    /// <summary>One requirement with every version as answered on <paramref name="today"/>, or 404.</summary>
    public static async Task<RequirementResponse> LoadAsync(DbSession db, string code, DateOnly today, CancellationToken ct)
    {
        var rows = await VersionsAsync(db, code, ct);
        if (rows.Count == 0) throw new NotFoundException("Requirement", code);
        return ToResponse(rows, today, withVersions: true);
    }

    /// <summary>A requirement as answered: its version in force <paramref name="today"/>, the coming ones and (optionally) every version.</summary>
    public static RequirementResponse ToResponse(IReadOnlyList<RequirementVersionRow> versions, DateOnly today, bool withVersions) => new(
        versions[0].Code, versions[0].Scope, versions[0].Position,
        InForce(versions, today)?.ToResponse(),
        Upcoming(versions, today).Select(v => v.ToResponse()).ToList(),
        withVersions ? versions.OrderBy(v => v.VersionNo).Select(v => v.ToResponse()).ToList() : null);
}
