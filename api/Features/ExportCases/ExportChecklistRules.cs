using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Requirements;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// Destination groups the export catalogue names in its Destinations column: the parties of a trade
/// agreement whose certificate of origin applies, and the EU for the EUDR and the REX statement.
/// </summary>
public static class DestinationGroups
{
    /// <summary>The 27 EU member states (since 1 Feb 2020).</summary>
    public static readonly IReadOnlySet<string> Eu = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> Members = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["EU"] = Eu,
        ["ASEAN"] = Countries.AseanAtiga,
        ["AANZ"] = new HashSet<string>(StringComparer.Ordinal) { "AU", "NZ" },
    };

    /// <summary>Whether a catalogue token (a group name or an ISO code) covers the destination.</summary>
    public static bool Covers(string token, string destination) =>
        Members.TryGetValue(token, out var members) ? members.Contains(destination) : token == destination;

    /// <summary>The group a destination is reported under: EU, ASEAN, CN, JP, KR, IN, AANZ or other.</summary>
    public static string Of(string destination) =>
        Eu.Contains(destination) ? "EU"
        : Countries.AseanAtiga.Contains(destination) ? "ASEAN"
        : destination is "AU" or "NZ" ? "AANZ"
        : destination is "CN" or "JP" or "KR" or "IN" ? destination
        : "other";
}

/// <summary>
/// HS headings each commodity is exported under (BTKI): coffee 0901 and extracts 2101; natural rubber
/// 4001; crude and refined palm oil 1511; fisheries chapter 03 and headings 1604, 1605. Derivatives
/// span many chapters and "other" anything, so those two are not checked.
/// </summary>
public static class CommodityHs
{
    public static readonly IReadOnlyDictionary<Commodity, string[]> Headings = new Dictionary<Commodity, string[]>
    {
        [Commodity.Coffee] = ["0901", "2101"],
        [Commodity.Rubber] = ["4001"],
        [Commodity.PalmOil] = ["1511"],
        [Commodity.Fisheries] = ["03", "1604", "1605"],
    };

    public static bool Fits(Commodity commodity, string hsDigits) =>
        !Headings.TryGetValue(commodity, out var headings) || headings.Any(h => hsDigits.StartsWith(h, StringComparison.Ordinal));

    /// <summary>Technically specified natural rubber (SIR, TSNR): HS 4001.22. Permendag 1/2026 lets only SIR producer-exporters with a TPP SIR export it.</summary>
    public static bool IsSir(Commodity commodity, string hsDigits) =>
        commodity == Commodity.Rubber && hsDigits.StartsWith("400122", StringComparison.Ordinal);
}

/// <summary>What the catalogue's applicability is checked against.</summary>
public sealed record ExportCaseFacts(Commodity Commodity, string HsDigits, string Destination, string Scale, decimal ValueUsd);

/// <summary>Required: blocks leaving its stage; advisory: shown, never blocks; upcoming: takes effect after the case's date.</summary>
public enum ChecklistState { Required, Advisory, Upcoming }

/// <summary>One item of a case's checklist: the requirement version that applies and the document it asks for.</summary>
public sealed record ChecklistItem(string Code, string DocumentType, ExportStage Stage, ChecklistState State, RequirementVersionRow Version);

/// <summary>
/// The export checklist from the requirements catalogue (scope export): for each requirement, the version in
/// force on the case's date applies when its commodity, HS prefix, destination (or group), exporter scale and
/// declared value conditions hold; a later version that would apply is listed as upcoming with its date.
/// </summary>
public static class ExportChecklist
{
    public const string Scope = "export";

    /// <summary>The documents of the EU due diligence: the statement or, for micro and small, the simplified declaration.</summary>
    public static readonly IReadOnlySet<string> DueDiligenceTypes = new HashSet<string>(StringComparer.Ordinal) { "eudr_dds", "eudr_simplified_declaration" };

    public static string DocumentTypeOf(RequirementVersionRow v) =>
        v.ParameterMap.TryGetValue("documentType", out var t) ? t : v.Code.Replace("export.", "", StringComparison.Ordinal);

    public static ExportStage StageOf(RequirementVersionRow v) =>
        v.ParameterMap.TryGetValue("stage", out var s) && EnumText.TryParse<ExportStage>(s, out var stage) ? stage : ExportStage.Intake;

    /// <summary>Whether the version's applicability covers the case.</summary>
    public static bool Applies(RequirementVersionRow v, ExportCaseFacts f)
    {
        var commodities = RequirementVersionRow.Split(v.Commodities);
        if (commodities.Count > 0 && !commodities.Contains(EnumText.Of(f.Commodity))) return false;
        var destinations = RequirementVersionRow.Split(v.Destinations);
        if (destinations.Count > 0 && !destinations.Any(d => DestinationGroups.Covers(d, f.Destination))) return false;
        var scales = v.ScaleList;
        if (scales.Count > 0 && !scales.Contains(f.Scale)) return false;
        var p = v.ParameterMap;
        if (p.TryGetValue("notDestinations", out var not) && not.Split('|').Any(d => DestinationGroups.Covers(d, f.Destination))) return false;
        if (p.TryGetValue("hsPrefixes", out var hs) && !hs.Split('|').Any(h => f.HsDigits.StartsWith(h, StringComparison.Ordinal))) return false;
        if (p.TryGetValue("minValueUsd", out var min)
            && decimal.TryParse(min, NumberStyles.Number, CultureInfo.InvariantCulture, out var threshold) && f.ValueUsd <= threshold) return false;
        return true;
    }

    /// <summary>The case's checklist on <paramref name="asOf"/>: what applies then, and what a later version will add.</summary>
    public static IReadOnlyList<ChecklistItem> Evaluate(IReadOnlyList<RequirementVersionRow> catalogue, ExportCaseFacts facts, DateOnly asOf)
    {
        var items = new List<ChecklistItem>();
        foreach (var versions in catalogue.GroupBy(r => r.Code))
        {
            var current = RequirementCatalogue.InForce(versions, asOf);
            if (current is not null && Applies(current, facts))
            {
                items.Add(new(current.Code, DocumentTypeOf(current), StageOf(current),
                    current.IsAdvisory ? ChecklistState.Advisory : ChecklistState.Required, current));
                continue;
            }
            var coming = RequirementCatalogue.Upcoming(versions, asOf).FirstOrDefault(v => Applies(v, facts));
            if (coming is not null) items.Add(new(coming.Code, DocumentTypeOf(coming), StageOf(coming), ChecklistState.Upcoming, coming));
        }
        return items.OrderBy(i => StageFlow.Order(i.Stage)).ThenBy(i => i.Version.Position).ToList();
    }

    /// <summary>Document types that apply now (required or advisory): the rows a case keeps.</summary>
    public static IReadOnlySet<string> Applicable(IEnumerable<ChecklistItem> items) =>
        items.Where(i => i.State != ChecklistState.Upcoming).Select(i => i.DocumentType).ToHashSet(StringComparer.Ordinal);

    /// <summary>Document types required now (one required item suffices when two fill one document).</summary>
    public static IReadOnlySet<string> Required(IEnumerable<ChecklistItem> items) =>
        items.Where(i => i.State == ChecklistState.Required).Select(i => i.DocumentType).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The date a case's checklist is evaluated on: its planned shipment date when recorded (the EUDR applies to
    /// what is placed on the EU market from its date), otherwise the day it closed, otherwise today.
    /// </summary>
    public static DateOnly AsOf(DateOnly? plannedShipmentOn, DateOnly? closedOn, DateOnly today) => plannedShipmentOn ?? closedOn ?? today;
}

/// <summary>Estimated palm oil levy and export duty of one shipment, from the rates the officer recorded.</summary>
public static class ShipmentCharges
{
    /// <summary>The shipment in tonnes, or null for units that are not a weight (litres and bags need a conversion the office has not set).</summary>
    public static decimal? Tonnes(decimal volume, VolumeUnit unit) => unit switch
    {
        VolumeUnit.Tonne => volume,
        VolumeUnit.Kg => volume / 1000m,
        _ => null,
    };

    /// <summary>The estimate, or null when a figure it needs is missing.</summary>
    public static ShipmentChargesEstimate? Estimate(decimal volume, VolumeUnit unit, decimal? referencePrice, decimal? levyRatePercent,
        decimal? dutyUsdPerTonne, decimal? exchangeRate)
    {
        if (Tonnes(volume, unit) is not { } tonnes || referencePrice is null || exchangeRate is null) return null;
        var levyUsd = levyRatePercent is { } rate ? decimal.Round(referencePrice.Value * rate / 100m * tonnes, 2) : (decimal?)null;
        var dutyUsd = dutyUsdPerTonne is { } duty ? decimal.Round(duty * tonnes, 2) : (decimal?)null;
        return new ShipmentChargesEstimate(tonnes, levyUsd, levyUsd is { } l ? (long)decimal.Round(l * exchangeRate.Value) : null,
            dutyUsd, dutyUsd is { } d ? (long)decimal.Round(d * exchangeRate.Value) : null);
    }
}

/// <summary>Where a case's EU due diligence stands, from its checklist item, plots and statement document.</summary>
public static class DueDiligence
{
    /// <summary>The EUDR item of a checklist (in force before upcoming), or null when none applies.</summary>
    public static ChecklistItem? ItemOf(IEnumerable<ChecklistItem> items) =>
        items.Where(i => ExportChecklist.DueDiligenceTypes.Contains(i.DocumentType)).OrderBy(i => i.State).FirstOrDefault();

    /// <summary>The status and the missing items (plots, reference_number, verification).</summary>
    public static (DueDiligenceStatus Status, IReadOnlyList<string> Missing) Assess(ChecklistItem? item, int plots, string? referenceNumber,
        DocumentStatus? documentStatus)
    {
        if (item is null) return (DueDiligenceStatus.NotRequired, []);
        var missing = new List<string>();
        if (plots == 0) missing.Add("plots");
        if (item.State == ChecklistState.Upcoming) return (DueDiligenceStatus.Upcoming, missing);
        if (string.IsNullOrWhiteSpace(referenceNumber)) missing.Add("reference_number");
        if (documentStatus != DocumentStatus.Verified) missing.Add("verification");
        var status = plots == 0 ? DueDiligenceStatus.PlotsMissing
            : missing.Count == 0 ? DueDiligenceStatus.Declared : DueDiligenceStatus.ReadyToDeclare;
        return (status, missing);
    }
}
