using System.Globalization;
using System.Text.Json;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>An EUDR production plot of a case: who produced, where, when, its geometry and area.</summary>
public sealed record ExportCasePlotResponse : IVersioned
{
    public required string Id { get; init; }
    public required string CaseId { get; init; }
    /// <summary>Supplier or farmer (EU file: ProducerName).</summary>
    /// <example>Kelompok Tani Kopi Sumbul</example>
    public required string ProducerName { get; init; }
    /// <example>Kebun Sumbul 1</example>
    public required string ProductionPlace { get; init; }
    /// <summary>Country of production, ISO 3166-1 alpha-2.</summary>
    /// <example>ID</example>
    public required string CountryCode { get; init; }
    /// <example>Kabupaten Dairi, Sumatera Utara</example>
    public required string Region { get; init; }
    public required DateOnly ProductionFrom { get; init; }
    public required DateOnly ProductionTo { get; init; }
    /// <summary>point or polygon.</summary>
    public required string GeometryType { get; init; }
    /// <summary>GeoJSON geometry (WGS84, longitude then latitude).</summary>
    public required JsonElement Geometry { get; init; }
    /// <summary>Hectares: computed from a polygon (authalic sphere), declared for a point.</summary>
    public required decimal AreaHa { get; init; }
    /// <summary>computed (polygon) or declared (point).</summary>
    public required string AreaSource { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

/// <summary>The plot fields a caller sends (add and update).</summary>
/// <param name="ProducerName" example="Kelompok Tani Kopi Sumbul">Supplier or farmer.</param>
/// <param name="ProductionPlace" example="Kebun Sumbul 1">Name of the plot or farm.</param>
/// <param name="CountryCode" example="ID">Country of production (default ID).</param>
/// <param name="Region" example="Kabupaten Dairi, Sumatera Utara">Region (regency, province).</param>
/// <param name="ProductionFrom" example="2026-03-01">First day of the production (harvest) period.</param>
/// <param name="ProductionTo" example="2026-09-30">Last day of the production period.</param>
/// <param name="Geometry">GeoJSON Point or Polygon (or a Feature holding one); or give latitude and longitude.</param>
/// <param name="Latitude" example="2.745123">A point's latitude (instead of geometry).</param>
/// <param name="Longitude" example="98.312456">A point's longitude (instead of geometry).</param>
/// <param name="AreaHa" example="2">A point's area in hectares (at most 4); not for polygons.</param>
public sealed record PlotInput(
    string ProducerName, string ProductionPlace, string? CountryCode, string Region, DateOnly? ProductionFrom, DateOnly? ProductionTo,
    JsonElement? Geometry, double? Latitude, double? Longitude, decimal? AreaHa);

/// <summary>Rows, SQL and checks shared by the plot use cases.</summary>
public static class ExportPlotSql
{
    public sealed class Row
    {
        public int Id { get; init; }
        public int ExportCaseId { get; init; }
        public string ProducerName { get; init; } = "";
        public string ProductionPlace { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public string Region { get; init; } = "";
        public DateOnly ProductionFrom { get; init; }
        public DateOnly ProductionTo { get; init; }
        public string GeometryType { get; init; } = "";
        public string Geometry { get; init; } = "";
        public decimal AreaHa { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }
    }

    public const string Select = """
        SELECT p.Id, p.ExportCaseId, p.ProducerName, p.ProductionPlace, p.CountryCode, p.Region, p.ProductionFrom, p.ProductionTo,
               p.GeometryType, p.Geometry, p.AreaHa * 1.0 AS AreaHa, p.UpdatedAt, p.Version
        FROM ExportCasePlots p
        """;

    public const string OfCase = Select + "\nWHERE p.ExportCaseId = @CaseId\nORDER BY p.Id";
    private const string ById = Select + "\nWHERE p.Id = @Id AND p.ExportCaseId = @CaseId";

    public static ExportCasePlotResponse ToResponse(Row r)
    {
        using var doc = JsonDocument.Parse(r.Geometry);
        return new ExportCasePlotResponse
        {
            Id = ExportCaseSql.IdText(r.Id), CaseId = ExportCaseSql.IdText(r.ExportCaseId), ProducerName = r.ProducerName,
            ProductionPlace = r.ProductionPlace, CountryCode = r.CountryCode, Region = r.Region, ProductionFrom = r.ProductionFrom,
            ProductionTo = r.ProductionTo, GeometryType = r.GeometryType, Geometry = doc.RootElement.Clone(),
            AreaHa = decimal.Round(r.AreaHa, 4), AreaSource = r.GeometryType == "polygon" ? "computed" : "declared",
            UpdatedAt = r.UpdatedAt, Version = r.Version,
        };
    }

    public static async Task<ExportCasePlotResponse> LoadAsync(DbSession db, int caseId, int plotId, CancellationToken ct) =>
        ToResponse(await db.QuerySingleOrDefaultAsync<Row>(ById, new { Id = plotId, CaseId = caseId }, ct)
                   ?? throw new NotFoundException("ExportCasePlot", plotId.ToString(CultureInfo.InvariantCulture)));

    public static int ParsePlotId(string plotId) => RouteIds.Parse(plotId, "ExportCasePlot");

    /// <summary>409 plot_not_eudr unless the case is EU-bound coffee, rubber or palm oil.</summary>
    public static void EnsureEudrCase(ExportCaseResponse c)
    {
        if (c.DestinationGroup != "EU" || c.Commodity is not (Commodity.Coffee or Commodity.Rubber or Commodity.PalmOil or Commodity.PalmOilDerivative))
            throw new ConflictException("plot_not_eudr", ServerTexts.Get("export.plot_not_eudr"), ServerTexts.Get("title.409"));
    }

    /// <summary>The checked geometry and area, or a 400 naming the field and the rule.</summary>
    public static (PlotGeometry Plot, decimal AreaHa) Check(PlotInput input)
    {
        JsonElement geometry;
        if (input.Geometry is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } g) geometry = g;
        else if (input.Latitude is { } lat && input.Longitude is { } lon)
            geometry = JsonDocument.Parse(string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{lon:R},{lat:R}]}}")).RootElement;
        else throw Field("geometry", PlotGeometryError.Of("plot_geometry_not_geojson"));
        var (plot, error) = PlotRules.Parse(geometry);
        if (error is not null) throw Field("geometry", error);
        if (plot!.Type == "polygon" && input.AreaHa is not null) throw Field("areaHa", PlotGeometryError.Of("plot_area_not_for_polygon"));
        if (PlotRules.CheckKindForArea(plot, input.AreaHa) is { } kind)
            throw Field(kind.Code == "plot_point_area_required" ? "areaHa" : "geometry", kind);
        return (plot, plot.AreaHa ?? input.AreaHa!.Value);
    }

    private static FieldValidationException Field(string field, PlotGeometryError e) =>
        new(field, ServerTexts.Get("export." + e.Code, e.Args), e.Code) { Parameters = e.Args };
}

/// <summary>The plot fields' rules (add and update).</summary>
public sealed class PlotInputValidator : AbstractValidator<PlotInput>
{
    public PlotInputValidator()
    {
        RuleFor(p => p.ProducerName).NotEmpty().Length(2, 200);
        RuleFor(p => p.ProductionPlace).NotEmpty().Length(2, 200);
        RuleFor(p => p.Region).NotEmpty().Length(2, 200);
        RuleFor(p => p.ProductionFrom).NotNull();
        RuleFor(p => p.ProductionTo).NotNull();
        RuleFor(p => p.ProductionTo).GreaterThanOrEqualTo(p => p.ProductionFrom)
            .When(p => p.ProductionFrom is not null && p.ProductionTo is not null)
            .WithErrorCode("plot_production_period").WithMessage(_ => ServerTexts.Get("export.plot_production_period"));
        RuleFor(p => p.CountryCode).Must(Countries.IsValid).When(p => p.CountryCode is not null)
            .WithErrorCode("plot_country_invalid").WithMessage(_ => ServerTexts.Get("export.plot_country_invalid"));
        RuleFor(p => p.AreaHa).GreaterThan(0).LessThanOrEqualTo(100_000).When(p => p.AreaHa is not null);
    }
}
