using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>Why a plot's geometry is refused: a catalogue code with its parameters.</summary>
public sealed record PlotGeometryError(string Code, IReadOnlyDictionary<string, object?> Args)
{
    public static PlotGeometryError Of(string code, params (string Name, object? Value)[] args) =>
        new(code, args.ToDictionary(a => a.Name, a => a.Value));
}

/// <summary>A checked plot geometry: its kind, the NetTopologySuite geometry, its GeoJSON and (polygons) its area.</summary>
public sealed record PlotGeometry(string Type, Geometry Geometry, string GeoJson, decimal? AreaHa);

/// <summary>
/// EUDR plot geometry (Regulation (EU) 2023/1115 art. 2(28) and art. 9(1)(d)): a GeoJSON Point or Polygon
/// in WGS84 longitude/latitude (RFC 7946 order), rings closed, no self-intersection (NetTopologySuite's
/// IsValidOp), a polygon for plots above 4 ha. A Feature is accepted and its geometry taken.
/// Area: the ring's area on the sphere of the WGS84 authalic radius (6,371,007.2 m) by the spherical
/// excess formula of Chamberlain and Duquette (2007), as OpenLayers and Turf compute it; on the plots
/// the office sees (a few hectares near the equator) it differs from the ellipsoidal area by well under 1 %.
/// </summary>
public static class PlotRules
{
    public const decimal PointMaxHa = 4m;

    /// <summary>Radius of the sphere with the WGS84 ellipsoid's surface area (metres).</summary>
    public const double AuthalicRadius = 6_371_007.2;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>Parses and checks a GeoJSON geometry; the error names what is wrong.</summary>
    public static (PlotGeometry? Plot, PlotGeometryError? Error) Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            return (null, PlotGeometryError.Of("plot_geometry_not_geojson"));
        var type = typeElement.GetString();
        if (type == "Feature")
            return json.TryGetProperty("geometry", out var inner) ? Parse(inner) : (null, PlotGeometryError.Of("plot_geometry_not_geojson"));
        if (!json.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
            return (null, PlotGeometryError.Of("plot_geometry_not_geojson"));
        return type switch
        {
            "Point" => ParsePoint(coordinates),
            "Polygon" => ParsePolygon(coordinates),
            _ => (null, PlotGeometryError.Of("plot_geometry_type", ("type", type))),
        };
    }

    private static (PlotGeometry?, PlotGeometryError?) ParsePoint(JsonElement coordinates)
    {
        var (position, error) = Position(coordinates);
        if (error is not null) return (null, error);
        var point = Factory.CreatePoint(position);
        return (new PlotGeometry("point", point, GeoJsonOf(point), null), null);
    }

    private static (PlotGeometry?, PlotGeometryError?) ParsePolygon(JsonElement rings)
    {
        if (rings.GetArrayLength() == 0) return (null, PlotGeometryError.Of("plot_ring_too_short", ("ring", 1)));
        var linear = new List<LinearRing>();
        var index = 0;
        foreach (var ring in rings.EnumerateArray())
        {
            index++;
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
                return (null, PlotGeometryError.Of("plot_ring_too_short", ("ring", index)));
            var positions = new List<Coordinate>();
            foreach (var p in ring.EnumerateArray())
            {
                var (c, error) = Position(p);
                if (error is not null) return (null, error);
                positions.Add(c!);
            }
            if (!positions[0].Equals2D(positions[^1])) return (null, PlotGeometryError.Of("plot_ring_not_closed", ("ring", index)));
            if (positions.Select(p => (p.X, p.Y)).Distinct().Count() < 3) return (null, PlotGeometryError.Of("plot_ring_too_short", ("ring", index)));
            linear.Add(Factory.CreateLinearRing(positions.ToArray()));
        }
        var polygon = Factory.CreatePolygon(linear[0], linear.Skip(1).ToArray());
        var validation = new IsValidOp(polygon).ValidationError;
        if (validation is not null)
        {
            var at = validation.Coordinate;
            var code = validation.ErrorType is TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection
                ? "plot_self_intersection" : "plot_invalid_polygon";
            return (null, PlotGeometryError.Of(code,
                ("lon", at is null ? "" : at.X.ToString("0.######", CultureInfo.InvariantCulture)),
                ("lat", at is null ? "" : at.Y.ToString("0.######", CultureInfo.InvariantCulture))));
        }
        return (new PlotGeometry("polygon", polygon, GeoJsonOf(polygon), AreaHa(polygon)), null);
    }

    private static (Coordinate?, PlotGeometryError?) Position(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() is < 2 or > 3
            || p.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.Number))
            return (null, PlotGeometryError.Of("plot_position"));
        var lon = p[0].GetDouble();
        var lat = p[1].GetDouble();
        if (lon is < -180 or > 180 || lat is < -90 or > 90 || double.IsNaN(lon) || double.IsNaN(lat))
            return (null, PlotGeometryError.Of("plot_out_of_range",
                ("lon", lon.ToString(CultureInfo.InvariantCulture)), ("lat", lat.ToString(CultureInfo.InvariantCulture))));
        return (new Coordinate(lon, lat), null);
    }

    /// <summary>Area of a polygon in hectares on the authalic sphere (outer ring less its holes), 4 decimals.</summary>
    public static decimal AreaHa(Polygon polygon)
    {
        var m2 = Math.Abs(RingArea(polygon.ExteriorRing.Coordinates)) - polygon.InteriorRings.Sum(r => Math.Abs(RingArea(r.Coordinates)));
        return decimal.Round((decimal)(m2 / 10_000d), 4);
    }

    /// <summary>Signed spherical area of a closed ring (square metres): R²/2 · Σ (λ₂ − λ₁)(2 + sin φ₁ + sin φ₂).</summary>
    public static double RingArea(IReadOnlyList<Coordinate> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count - 1; i++)
        {
            var (p1, p2) = (ring[i], ring[i + 1]);
            sum += Radians(p2.X - p1.X) * (2 + Math.Sin(Radians(p1.Y)) + Math.Sin(Radians(p2.Y)));
        }
        return sum * AuthalicRadius * AuthalicRadius / 2;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    /// <summary>
    /// The refusal for a plot's kind and area, or null: a point may stand for a plot of at most 4 ha
    /// (art. 2(28)); above that the plot needs its polygon.
    /// </summary>
    public static PlotGeometryError? CheckKindForArea(PlotGeometry plot, decimal? declaredAreaHa)
    {
        if (plot.Type != "point") return null;
        if (declaredAreaHa is null) return PlotGeometryError.Of("plot_point_area_required");
        return declaredAreaHa > PointMaxHa
            ? PlotGeometryError.Of("plot_polygon_required", ("area", declaredAreaHa.Value), ("max", PointMaxHa))
            : null;
    }

    /// <summary>GeoJSON text of a point or polygon (longitude, latitude; invariant numbers).</summary>
    public static string GeoJsonOf(Geometry g)
    {
        static string Pos(Coordinate c) =>
            "[" + c.X.ToString("R", CultureInfo.InvariantCulture) + "," + c.Y.ToString("R", CultureInfo.InvariantCulture) + "]";
        static string Ring(LineString r) => "[" + string.Join(",", r.Coordinates.Select(Pos)) + "]";
        var sb = new StringBuilder();
        if (g is Point p) sb.Append("{\"type\":\"Point\",\"coordinates\":").Append(Pos(p.Coordinate)).Append('}');
        else if (g is Polygon poly)
            sb.Append("{\"type\":\"Polygon\",\"coordinates\":[")
              .Append(string.Join(",", new[] { poly.ExteriorRing }.Concat(poly.InteriorRings).Select(Ring))).Append("]}");
        return sb.ToString();
    }
}
