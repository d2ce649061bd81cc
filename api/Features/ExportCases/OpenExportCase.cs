using MedanUmkm.Api.Infrastructure.Pipeline;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Opens an export case at intake with the full document checklist for its commodity and destination.</summary>
public static class OpenExportCase
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async ([FromBody] Body body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/export-cases/{created.Id}", created);
            })
        .WithName(nameof(OpenExportCase))
        .WithSummary("Open an export case at intake")
        .WithDescription("Creates the document checklist from the requirements catalogue (scope export) for the commodity, HS code, destination, " +
                         "exporter scale and declared value, as of plannedShipmentOn (else today). The assigned officer defaults to the caller. " +
                         "SIR rubber (HS 4001.22) needs the exporter's TPP SIR number: a trading business without one is refused (400 rubber_not_sir_producer, Permendag 1/2026).")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="BusinessId" example="42">The exporting business (must be active).</param>
    /// <param name="Commodity" example="coffee">coffee, rubber, palm_oil, palm_oil_derivative or other.</param>
    /// <param name="HsCode" example="0901.11.90">4 to 8 digits; dots allowed; stored as digits.</param>
    /// <param name="ProductDescription" example="Green arabica coffee, Sidikalang, grade 1">What is exported.</param>
    /// <param name="DestinationCountry" example="MY">ISO 3166-1 alpha-2, not ID.</param>
    /// <param name="Volume" example="18">Quantity in volumeUnit.</param>
    /// <param name="VolumeUnit" example="tonne">kg, tonne, litre or bag.</param>
    /// <param name="EstimatedValueUsd" example="95400.50">US dollars, at most 2 decimals.</param>
    /// <param name="EstimatedValueIdr" example="1526000000">Whole rupiah.</param>
    /// <param name="AssignedOfficerId" example="2">An active officer or admin; defaults to the caller.</param>
    /// <param name="OpenedOn" example="2026-11-02">Defaults to today; not in the future.</param>
    /// <param name="PlannedShipmentOn" example="2027-01-15">Planned shipment date; the checklist is evaluated as of it.</param>
    /// <param name="TppSirNumber" example="TPP-SIR/123/DAGLU/2026">The exporter's TPP SIR (required for SIR rubber, HS 4001.22).</param>
    public sealed record Body(
        string BusinessId, Commodity? Commodity, string HsCode, string ProductDescription, string DestinationCountry,
        decimal Volume, VolumeUnit? VolumeUnit, decimal EstimatedValueUsd, long EstimatedValueIdr,
        string? AssignedOfficerId, DateOnly? OpenedOn, DateOnly? PlannedShipmentOn = null, string? TppSirNumber = null) : IExportCaseFields;

    public sealed record Command(Body Body) : ICommand<ExportCaseResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Body).NotNull().SetValidator(new ExportCaseFieldsValidator<Body>());
            RuleFor(c => c.Body.BusinessId).NotEmpty().Must(id => ExportCaseSql.TryParseId(id, out _)).WithErrorCode("business_id_invalid")
                .WithMessage(_ => ServerTexts.Get("export.business_id_invalid")).When(c => c.Body is not null);
            RuleFor(c => c.Body.OpenedOn)
                .FromUntilToday(new DateOnly(2000, 1, 1), clock).WithErrorCode("opened_on_range")
                .WithMessage(_ => ServerTexts.Get("export.opened_on_range"))
                .When(c => c.Body?.OpenedOn is not null);

        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseResponse>
    {
        private const string InsertSql = """
            INSERT INTO ExportCases (BusinessId, Commodity, HsCode, ProductDescription, DestinationCountry, Volume, VolumeUnit,
                EstimatedValueUsdCents, EstimatedValueIdr, AssignedOfficerId, Stage, StageEnteredAt, OpenedOn, ClosedOn, Outcome,
                PlannedShipmentOn, TppSirNumber, CreatedAt, UpdatedAt, Version)
            VALUES (@BusinessId, @Commodity, @HsCode, @ProductDescription, @DestinationCountry, @Volume, @VolumeUnit,
                @EstimatedValueUsdCents, @EstimatedValueIdr, @AssignedOfficerId, 'intake', @Now, @OpenedOn, NULL, NULL,
                @PlannedShipmentOn, @TppSirNumber, @Now, @Now, 1)
            """;

        public async ValueTask<ExportCaseResponse> Handle(Command command, CancellationToken ct)
        {
            var input = command.Body;
            var now = clock.GetUtcNow();
            var businessId = ExportCaseSql.ParseId(input.BusinessId);
            var status = await db.QuerySingleOrDefaultAsync<string>("SELECT Status FROM Businesses WHERE Id = @Id", new { Id = businessId }, ct);
            if (status is null)
                throw new FieldValidationException("businessId", ServerTexts.Get("export.business_missing", ("id", input.BusinessId)), "business_missing");
            if (status != "active")
                throw new FieldValidationException("businessId", ServerTexts.Get("export.business_inactive", ("id", input.BusinessId)), "business_inactive");

            int officerId;
            if (input.AssignedOfficerId is not null) officerId = ExportCaseSql.ParseId(input.AssignedOfficerId, "User");
            else officerId = actor.UserId ?? throw new FieldValidationException("assignedOfficerId", ServerTexts.Get("export.officer_required"), "officer_required");
            await ExportCaseSql.EnsureOfficerAsync(db, officerId, ct);

            var hs = Identifiers.Digits(input.HsCode);
            var id = await db.InsertAsync(InsertSql, new
            {
                BusinessId = businessId,
                Commodity = EnumText.Of(input.Commodity!.Value),
                HsCode = hs,
                ProductDescription = input.ProductDescription.Trim(),
                input.DestinationCountry,
                input.Volume,
                VolumeUnit = EnumText.Of(input.VolumeUnit!.Value),
                EstimatedValueUsdCents = (long)(input.EstimatedValueUsd * 100m),
                input.EstimatedValueIdr,
                AssignedOfficerId = officerId,
                OpenedOn = input.OpenedOn ?? OfficeTime.DateOf(now),
                input.PlannedShipmentOn,
                TppSirNumber = string.IsNullOrWhiteSpace(input.TppSirNumber) ? null : input.TppSirNumber.Trim(),
                Now = now,
            }, ct);
            await ExportCaseSql.SyncChecklistAsync(db, await ExportCaseSql.LoadAsync(db, id, now, options.Value.Targets, ct), now, ct);
            await ExportCaseSql.AddTimelineAsync(db, actor, id, now, "opened", null, ExportStage.Intake, null, null, ct);
            var created = await ExportCaseSql.LoadAsync(db, id, now, options.Value.Targets, ct);
            await audit.RecordAsync("export_case", created.Id, "opened", null, created, ct);
            return created;
        }
    }
}
