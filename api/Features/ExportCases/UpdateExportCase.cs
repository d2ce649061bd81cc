using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Replaces a case's details (If-Match). Stage moves have their own endpoint. A change of commodity,
/// HS code or destination brings the document checklist in step.
/// </summary>
public static class UpdateExportCase
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, ExpectedVersion version, [FromBody] Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(ExportCaseSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateExportCase))
        .WithSummary("Update an export case's details (If-Match required)")
        .RequireAuthorization(Policies.ExportCasesWrite);

    /// <param name="Commodity" example="coffee">coffee, rubber, palm_oil, palm_oil_derivative or other.</param>
    /// <param name="HsCode" example="0901.11.90">4 to 8 digits; dots allowed; stored as digits.</param>
    /// <param name="ProductDescription" example="Green arabica coffee, Sidikalang, grade 1">What is exported.</param>
    /// <param name="DestinationCountry" example="MY">ISO 3166-1 alpha-2, not ID.</param>
    /// <param name="Volume" example="18">Quantity in volumeUnit.</param>
    /// <param name="VolumeUnit" example="tonne">kg, tonne, litre or bag.</param>
    /// <param name="EstimatedValueUsd" example="95400.50">US dollars, at most 2 decimals.</param>
    /// <param name="EstimatedValueIdr" example="1526000000">Whole rupiah.</param>
    /// <param name="AssignedOfficerId" example="2">An active officer or admin; null keeps the current one.</param>
    /// <param name="PlannedShipmentOn" example="2027-01-15">Planned shipment date; the checklist is evaluated as of it.</param>
    /// <param name="TppSirNumber" example="TPP-SIR/123/DAGLU/2026">The exporter's TPP SIR (SIR rubber).</param>
    public sealed record Body(
        Commodity? Commodity, string HsCode, string ProductDescription, string DestinationCountry,
        decimal Volume, VolumeUnit? VolumeUnit, decimal EstimatedValueUsd, long EstimatedValueIdr,
        string? AssignedOfficerId, DateOnly? PlannedShipmentOn = null, string? TppSirNumber = null) : IExportCaseFields;

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<ExportCaseResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotNull().SetValidator(new ExportCaseFieldsValidator<Body>());
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, IOptions<ExportCaseOptions> options)
        : ICommandHandler<Command, ExportCaseResponse>
    {
        private const string UpdateSql = """
            UPDATE ExportCases SET Commodity = @Commodity, HsCode = @HsCode, ProductDescription = @ProductDescription,
                DestinationCountry = @DestinationCountry, Volume = @Volume, VolumeUnit = @VolumeUnit,
                EstimatedValueUsdCents = @EstimatedValueUsdCents, EstimatedValueIdr = @EstimatedValueIdr,
                AssignedOfficerId = @AssignedOfficerId, PlannedShipmentOn = @PlannedShipmentOn, TppSirNumber = @TppSirNumber, UpdatedAt = @Now
            WHERE Id = @Id
            """;

        public async ValueTask<ExportCaseResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var targets = options.Value.Targets;
            await ExportCaseSql.ClaimCaseAsync(db, command.Id, command.ExpectedVersion, now, ct);
            var before = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            ExportCaseSql.EnsureOpen(before);
            var input = command.Body;
            var officerId = input.AssignedOfficerId is null ? int.Parse(before.AssignedOfficerId, CultureInfo.InvariantCulture) : ExportCaseSql.ParseId(input.AssignedOfficerId, "User");
            if (input.AssignedOfficerId is not null && input.AssignedOfficerId != before.AssignedOfficerId)
                await ExportCaseSql.EnsureOfficerAsync(db, officerId, ct);
            var hs = Identifiers.Digits(input.HsCode);
            await db.ExecuteAsync(UpdateSql, new
            {
                command.Id,
                Commodity = EnumText.Of(input.Commodity!.Value),
                HsCode = hs,
                ProductDescription = input.ProductDescription.Trim(),
                input.DestinationCountry,
                input.Volume,
                VolumeUnit = EnumText.Of(input.VolumeUnit!.Value),
                EstimatedValueUsdCents = (long)(input.EstimatedValueUsd * 100m),
                input.EstimatedValueIdr,
                AssignedOfficerId = officerId,
                input.PlannedShipmentOn,
                TppSirNumber = string.IsNullOrWhiteSpace(input.TppSirNumber) ? null : input.TppSirNumber.Trim(),
                Now = now,
            }, ct);
            await ExportCaseSql.SyncChecklistAsync(db, await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct), now, ct);
            var after = await ExportCaseSql.LoadAsync(db, command.Id, now, targets, ct);
            await audit.RecordAsync("export_case", after.Id, "updated", before, after, ct);
            return after;
        }
    }
}
