using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Records a palm oil shipment's reference price (the month's CPO reference price), the levy rate (default: the
/// catalogue's rate in force, PMK 30/2025), the export duty per tonne (PMK 38/2024 column) and the exchange rate;
/// the case then shows the levy and duty in USD and rupiah as estimates.
/// </summary>
public static class RecordExportShipmentCharges
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}/shipment-charges", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ExportCaseSql.ParseId(id), version, body), ct))
        .WithName(nameof(RecordExportShipmentCharges))
        .WithSummary("Record a palm oil shipment's reference price, levy and duty rates and exchange rate (If-Match on the case)")
        .WithDescription("409 charges_not_palm for other commodities. The amounts the case shows are estimates.")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="ReferenceMonth" example="2026-12">Month of the CPO reference price.</param>
    /// <param name="ReferencePriceUsdPerTonne" example="963.75">CPO reference price, USD per tonne (Kepmendag of the month).</param>
    /// <param name="LevyRatePercent" example="10">Levy rate in % of the reference price; default the catalogue's rate in force.</param>
    /// <param name="DutyUsdPerTonne" example="124">Export duty, USD per tonne, of the reference price column (PMK 38/2024).</param>
    /// <param name="ExchangeRateIdrPerUsd" example="16450">Minister of Finance exchange rate, rupiah per USD.</param>
    public sealed record Body(string? ReferenceMonth, decimal? ReferencePriceUsdPerTonne, decimal? LevyRatePercent, decimal? DutyUsdPerTonne,
        decimal? ExchangeRateIdrPerUsd);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<ExportCaseResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            When(c => c.Body is not null, () =>
            {
                RuleFor(c => c.Body.ReferenceMonth).Must(m => DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    .When(c => c.Body.ReferenceMonth is not null).WithErrorCode("reference_month_invalid")
                    .WithMessage(_ => ServerTexts.Get("export.reference_month_invalid"));
                RuleFor(c => c.Body.ReferencePriceUsdPerTonne).NotNull().GreaterThan(0).LessThanOrEqualTo(100_000);
                RuleFor(c => c.Body.LevyRatePercent).InclusiveBetween(0, 100).When(c => c.Body.LevyRatePercent is not null);
                RuleFor(c => c.Body.DutyUsdPerTonne).InclusiveBetween(0, 100_000).When(c => c.Body.DutyUsdPerTonne is not null);
                RuleFor(c => c.Body.ExchangeRateIdrPerUsd).NotNull().GreaterThan(0).LessThanOrEqualTo(1_000_000);
            });
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseResponse>
    {
        private const string UpdateSql = """
            UPDATE ExportCases SET ReferenceMonth = @ReferenceMonth, ReferencePriceUsdPerTonne = @ReferencePriceUsdPerTonne,
                LevyRatePercent = @LevyRatePercent, DutyUsdPerTonne = @DutyUsdPerTonne, ExchangeRateIdrPerUsd = @ExchangeRateIdrPerUsd
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCaseResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var targets = options.Value.Targets;
            await ExportCaseSql.ClaimCaseAsync(db, command.Id, command.ExpectedVersion, now, ct);
            var before = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            ExportCaseSql.EnsureOpen(before);
            if (before.Charges is null)
                throw new ConflictException("charges_not_palm", ServerTexts.Get("export.charges_not_palm"), ServerTexts.Get("title.409"));
            var b = command.Body;
            var rate = b.LevyRatePercent;
            if (rate is null)
            {
                var levy = (await ExportCaseSql.ChecklistAsync(db, before, ct)).Items.FirstOrDefault(i => i.DocumentType == "palm_export_levy");
                if (levy is not null && levy.Version.ParameterMap.TryGetValue("levyRatePercent", out var text)
                    && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var fromCatalogue)) rate = fromCatalogue;
            }
            await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, b.ReferenceMonth, b.ReferencePriceUsdPerTonne, LevyRatePercent = rate, b.DutyUsdPerTonne, b.ExchangeRateIdrPerUsd,
            }, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, command.Id, now, "charges_recorded", null, null, null, null, ct, detail: b.ReferenceMonth ?? "");
            var after = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            await audit.RecordAsync("export_case", after.Id, "charges_recorded", before, after, ct);
            return after;
        }
    }
}
