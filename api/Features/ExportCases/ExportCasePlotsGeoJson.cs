using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;

namespace MedanUmkm.Api.Features.ExportCases;

/// <summary>
/// The case's plots as a GeoJSON FeatureCollection (RFC 7946) in the shape the EU Information System (TRACES)
/// takes for a due diligence statement, per the Commission's "EUDR GeoJSON File Description" (v1.2, 4 Jul 2024,
/// as summarised by public guides; the Commission's own file was not reachable from here): WGS84 longitude,
/// latitude; each feature a Point or Polygon with properties ProducerName, ProducerCountry (ISO alpha-2),
/// ProductionPlace and, for points, Area in hectares.
/// </summary>
public static class ExportCasePlotsGeoJson
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/plots.geojson", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Text((await sender.Send(new Query(ExportCaseSql.ParseId(id)), ct)).ToJsonString(), "application/geo+json"))
        .WithName(nameof(ExportCasePlotsGeoJson))
        .WithSummary("The case's plots as a GeoJSON FeatureCollection for the EU information system (application/geo+json)")
        .WithDescription("Features: geometry Point or Polygon (WGS84, longitude first); properties ProducerName, ProducerCountry, ProductionPlace, Area (points only, ha).")
        .Produces<string>(StatusCodes.Status200OK, "application/geo+json")
        .RequireAuthorization(Policies.ExportCasesRead);

    public sealed record Query(int Id) : IQuery<JsonObject>;

    /// <summary>The FeatureCollection of the plots.</summary>
    public static JsonObject FeatureCollection(IEnumerable<ExportCasePlotResponse> plots)
    {
        var features = new JsonArray();
        foreach (var p in plots)
        {
            var properties = new JsonObject
            {
                ["ProducerName"] = p.ProducerName,
                ["ProducerCountry"] = p.CountryCode,
                ["ProductionPlace"] = $"{p.ProductionPlace}, {p.Region}",
            };
            if (p.GeometryType == "point") properties["Area"] = p.AreaHa;
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = properties,
                ["geometry"] = JsonNode.Parse(p.Geometry.GetRawText()),
            });
        }
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, JsonObject>
    {
        public async ValueTask<JsonObject> Handle(Query query, CancellationToken ct)
        {
            if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM ExportCases WHERE Id = @Id", new { query.Id }, ct) == 0)
                throw new NotFoundException("ExportCase", ExportCaseSql.IdText(query.Id));
            var rows = await db.QueryAsync<ExportPlotSql.Row>(ExportPlotSql.OfCase, new { CaseId = query.Id }, ct);
            return FeatureCollection(rows.Select(ExportPlotSql.ToResponse));
        }
    }
}
