using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Requirements;

/// <summary>
/// Adds a version of a requirement: it takes effect on its date and supersedes the version in force
/// then (a later-added version with the same date wins). Fields left out are copied from the version
/// in force on that date. Audited; every business's stored readiness is marked stale in the same
/// transaction (one statement) and recomputed by the refresh job just after, and again from the
/// version's effective date (each row's StaleOn is the next date a rule version changes it).
/// </summary>
public static class AddRequirementVersion
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{code}/versions", async (string code, [FromBody] Input body, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new Command(code, body), ct);
                return TypedResults.Created($"/api/v1/requirements/{result.Code}", result);
            })
        .WithName(nameof(AddRequirementVersion))
        .WithSummary("Add a version of a requirement (admin); it takes effect on effectiveFrom")
        .WithDescription("Fields left out are copied from the version in force on effectiveFrom; note says why. Audited; " +
                         "stored e-katalog readiness (lists, dashboard) is marked stale and recomputed in the background within seconds, " +
                         "and again on effectiveFrom; GET .../ekatalog-readiness?asOf= answers either side of the date at once.")
        .RequireAuthorization(Policies.Admin);

    /// <summary>The new version: effectiveFrom and the fields that change.</summary>
    /// <param name="EffectiveFrom" example="2027-10-17">First day in force.</param>
    /// <param name="EffectiveTo" example="null">Last day in force (none: until a later version).</param>
    /// <param name="Level" example="required">required or advisory.</param>
    /// <param name="TitleId">Title in Indonesian.</param>
    /// <param name="TitleEn">Title in English.</param>
    /// <param name="NextStepId">What to do next, Indonesian.</param>
    /// <param name="NextStepEn">What to do next, English.</param>
    /// <param name="LegalBasis">Regulation(s).</param>
    /// <param name="LegalArticle">Article(s), where known.</param>
    /// <param name="Evidence">Evidence needed: number, date, file, expiry, none.</param>
    /// <param name="Sectors">Business sectors it applies to (empty list: all).</param>
    /// <param name="ProductCategories">Product categories it applies to (empty list: all).</param>
    /// <param name="Scales" example="[&quot;micro&quot;,&quot;small&quot;,&quot;medium&quot;,&quot;large&quot;]">Scales it applies to (empty list: all).</param>
    /// <param name="LegalForms">Legal forms it applies to (empty list: all).</param>
    /// <param name="Commodities">Export rules: commodities (empty list: all).</param>
    /// <param name="Destinations">Export rules: destinations (empty list: all).</param>
    /// <param name="Parameters" example="{&quot;individualDeadline&quot;:&quot;03-31&quot;}">Rule parameters, replacing the old ones.</param>
    /// <param name="Note" example="Deadline moved by PP .../2026">Why (required).</param>
    public sealed record Input(
        DateOnly? EffectiveFrom, DateOnly? EffectiveTo = null, RequirementLevel? Level = null,
        string? TitleId = null, string? TitleEn = null, string? NextStepId = null, string? NextStepEn = null,
        string? LegalBasis = null, string? LegalArticle = null, IReadOnlyList<string>? Evidence = null,
        IReadOnlyList<string>? Sectors = null, IReadOnlyList<string>? ProductCategories = null, IReadOnlyList<string>? Scales = null,
        IReadOnlyList<string>? LegalForms = null, IReadOnlyList<string>? Commodities = null, IReadOnlyList<string>? Destinations = null,
        IReadOnlyDictionary<string, string>? Parameters = null, string? Note = null);

    public sealed record Command(string Code, Input Body) : ICommand<RequirementResponse>;

    /// <summary>The most entries of one of the version's lists (sectors, destinations, ...).</summary>
    public const int MaxListItems = 50;

    private static readonly string[] EvidenceKinds = ["number", "date", "file", "expiry", "none"];
    private static readonly string[] ScaleNames = ["micro", "small", "medium", "large"];
    private static readonly string[] LegalFormNames = ["perorangan", "cv", "pt", "pt_perorangan", "koperasi"];

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.EffectiveFrom).NotNull().OverridePropertyName("effectiveFrom");
            RuleFor(c => c.Body.EffectiveTo).GreaterThanOrEqualTo(c => c.Body.EffectiveFrom)
                .When(c => c.Body.EffectiveTo is not null && c.Body.EffectiveFrom is not null).OverridePropertyName("effectiveTo")
                .WithMessage("effectiveTo must not be before effectiveFrom.");
            RuleFor(c => c.Body.Level).IsInEnum().When(c => c.Body.Level is not null).OverridePropertyName("level");
            RuleFor(c => c.Body.Note).NotEmpty().MaximumLength(1000).OverridePropertyName("note")
                .WithMessage("note (why the rule changes) is required.");
            RuleFor(c => c.Body.TitleId).MaximumLength(200).OverridePropertyName("titleId");
            RuleFor(c => c.Body.TitleEn).MaximumLength(200).OverridePropertyName("titleEn");
            RuleFor(c => c.Body.NextStepId).MaximumLength(500).OverridePropertyName("nextStepId");
            RuleFor(c => c.Body.NextStepEn).MaximumLength(500).OverridePropertyName("nextStepEn");
            RuleFor(c => c.Body.LegalBasis).MaximumLength(400).OverridePropertyName("legalBasis");
            RuleFor(c => c.Body.LegalArticle).MaximumLength(300).OverridePropertyName("legalArticle");
            foreach (var (list, name) in new (System.Linq.Expressions.Expression<Func<Command, IReadOnlyList<string>?>>, string)[]
                     {
                         (c => c.Body.Evidence, "evidence"), (c => c.Body.Sectors, "sectors"), (c => c.Body.ProductCategories, "productCategories"),
                         (c => c.Body.Scales, "scales"), (c => c.Body.LegalForms, "legalForms"), (c => c.Body.Commodities, "commodities"),
                         (c => c.Body.Destinations, "destinations"),
                     })
                RuleFor(list).MaxItems(MaxListItems).OverridePropertyName(name);
            RuleFor(c => c.Body.Evidence).Must(e => e!.All(EvidenceKinds.Contains)).When(c => c.Body.Evidence is not null)
                .OverridePropertyName("evidence").WithMessage("evidence items must be among: number, date, file, expiry, none.");
            RuleFor(c => c.Body.Scales).Must(e => e!.All(ScaleNames.Contains)).When(c => c.Body.Scales is not null)
                .OverridePropertyName("scales").WithMessage("scales must be among: micro, small, medium, large.");
            RuleFor(c => c.Body.LegalForms).Must(e => e!.All(LegalFormNames.Contains)).When(c => c.Body.LegalForms is not null)
                .OverridePropertyName("legalForms").WithMessage("legalForms must be among: perorangan, cv, pt, pt_perorangan, koperasi.");
            RuleFor(c => c.Body.Parameters).Must(p => p!.Count <= 20 && p.All(kv => kv.Key.Length <= 50 && kv.Value.Length <= 200))
                .When(c => c.Body.Parameters is not null).OverridePropertyName("parameters");
            RuleFor(c => c.Body.Parameters).Must(p => p!.Where(kv => kv.Key.EndsWith("Deadline", StringComparison.Ordinal)).All(kv => IsMonthDay(kv.Value)))
                .When(c => c.Body.Parameters is not null).OverridePropertyName("parameters")
                .WithMessage("Deadlines are month-day, e.g. 03-31.");
        }

        private static bool IsMonthDay(string v) =>
            v.Length == 5 && v[2] == '-' && int.TryParse(v[..2], out var m) && int.TryParse(v[3..], out var d)
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2024, m);
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, RequirementResponse>
    {
        private const string InsertSql = """
            INSERT INTO RequirementVersions (Code, VersionNo, EffectiveFrom, EffectiveTo, Level, TitleId, TitleEn, NextStepId, NextStepEn,
                LegalBasis, LegalArticle, Evidence, Sectors, ProductCategories, Scales, LegalForms, Commodities, Destinations, Parameters,
                Note, CreatedAt, CreatedByName)
            VALUES (@Code, @VersionNo, @EffectiveFrom, @EffectiveTo, @Level, @TitleId, @TitleEn, @NextStepId, @NextStepEn,
                @LegalBasis, @LegalArticle, @Evidence, @Sectors, @ProductCategories, @Scales, @LegalForms, @Commodities, @Destinations, @Parameters,
                @Note, @CreatedAt, @CreatedByName)
            """;

        public async ValueTask<RequirementResponse> Handle(Command command, CancellationToken ct)
        {
            var before = await RequirementCatalogue.LoadAsync(db, command.Code, OfficeTime.Today(clock), ct);
            var rows = await RequirementCatalogue.VersionsAsync(db, command.Code, ct);
            var b = command.Body;
            var from = b.EffectiveFrom!.Value;
            var basis = RequirementCatalogue.InForce(rows, from) ?? rows.OrderByDescending(r => r.VersionNo).First();
            string? Pick(IReadOnlyList<string>? list, string? old) => list is null ? old : RequirementVersionRow.Join(list);
            var versionNo = rows.Max(r => r.VersionNo) + 1;
            await db.ExecuteAsync(InsertSql, new
            {
                command.Code, VersionNo = versionNo, EffectiveFrom = from, b.EffectiveTo,
                Level = b.Level is { } l ? EnumText.Of(l) : basis.Level,
                TitleId = b.TitleId ?? basis.TitleId, TitleEn = b.TitleEn ?? basis.TitleEn,
                NextStepId = b.NextStepId ?? basis.NextStepId, NextStepEn = b.NextStepEn ?? basis.NextStepEn,
                LegalBasis = b.LegalBasis ?? basis.LegalBasis, LegalArticle = b.LegalArticle ?? basis.LegalArticle,
                Evidence = Pick(b.Evidence, basis.Evidence) ?? "|none|",
                Sectors = Pick(b.Sectors, basis.Sectors), ProductCategories = Pick(b.ProductCategories, basis.ProductCategories),
                Scales = Pick(b.Scales, basis.Scales), LegalForms = Pick(b.LegalForms, basis.LegalForms),
                Commodities = Pick(b.Commodities, basis.Commodities), Destinations = Pick(b.Destinations, basis.Destinations),
                Parameters = b.Parameters is null ? basis.Parameters : System.Text.Json.JsonSerializer.Serialize(b.Parameters),
                b.Note, CreatedAt = clock.GetUtcNow(), CreatedByName = actor.Name,
            }, ct);
            var after = await RequirementCatalogue.LoadAsync(db, command.Code, OfficeTime.Today(clock), ct);
            await audit.RecordAsync("requirement", command.Code, "version_added",
                new { versions = before.Versions!.Count }, new { versions = after.Versions!.Count, added = after.Versions![after.Versions.Count - 1] }, ct);
            // Whether the version is in force today or later, every business's readiness (and its
            // coming-rule counts) may change: the rows are marked stale with this transaction and the
            // refresh job recomputes them in batches (BusinessChanges.TouchAll).
            if (before.Scope == RequirementScopes.Ekatalog) changes.TouchAll();
            return after;
        }
    }
}
