using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

/// <summary>Issue #17's done-when scenarios: EUDR plots and due diligence, ETK gone, palm charges, the rubber intake stop.</summary>
public sealed class ExportProceduresTests : ExportCaseTest
{
    private const double Lat = 2.745, Lon = 98.312;

    /// <summary>A square of the given hectares at Sidikalang (sides along the meridian and the parallel).</summary>
    private static JsonObject Square(double hectares, double lat = Lat, double lon = Lon)
    {
        var side = Math.Sqrt(hectares * 10_000);
        var dLat = side / (6_371_007.2 * Math.PI / 180);
        var dLon = dLat / Math.Cos(lat * Math.PI / 180);
        double[][] ring = [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];
        return new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(new JsonArray(ring.Select(p => (JsonNode)new JsonArray(p[0], p[1])).ToArray())) };
    }

    private static JsonObject Plot(JsonNode? geometry, decimal? areaHa = null, string place = "Kebun Sumbul 1") => new()
    {
        ["producerName"] = "Kelompok Tani Kopi Sumbul",
        ["productionPlace"] = place,
        ["countryCode"] = "ID",
        ["region"] = "Kabupaten Dairi, Sumatera Utara",
        ["productionFrom"] = "2026-03-01",
        ["productionTo"] = "2026-09-30",
        ["geometry"] = geometry,
        ["areaHa"] = areaHa,
    };

    private static JsonObject Point(double lon = Lon, double lat = Lat) =>
        new() { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) };

    private async Task<string> OpenEuCoffee(string scale = "medium", string plannedShipmentOn = "2027-01-15")
    {
        var body = await CaseBody(destination: "DE");
        body["plannedShipmentOn"] = plannedShipmentOn;
        await Factory.ScalarAsync<int?>("UPDATE Businesses SET Scale = @Scale WHERE Id = @Id",
            new { Scale = scale, Id = int.Parse(body["businessId"]!.GetValue<string>()) });
        var response = await Officer.PostAsJsonAsync(Cases, body);
        return Id(await Expect(response, HttpStatusCode.Created));
    }

    [Test]
    public async Task CoffeeToGermany_WalksFromIntakeToClosed_WithA6HaPolygonAnd2HaPoint()
    {
        var id = await OpenEuCoffee();
        var polygon = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Square(6))), HttpStatusCode.Created);
        var point = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Point(Lon + 0.01, Lat + 0.01), 2m, "Ladang Parongil")), HttpStatusCode.Created);
        Assert.That(polygon.GetProperty("areaHa").GetDecimal(), Is.EqualTo(6m).Within(0.01m));
        Assert.That(polygon.GetProperty("areaSource").GetString(), Is.EqualTo("computed"));
        Assert.That(point.GetProperty("areaHa").GetDecimal(), Is.EqualTo(2m));

        for (var i = 0; i < 5; i++) await Advance(id); // intake .. certification -> customs
        var atCustoms = await Expect(await Viewer.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK);
        Assert.That(atCustoms.GetProperty("stage").GetString(), Is.EqualTo("customs"));
        Assert.That(atCustoms.GetProperty("dueDiligence").GetProperty("status").GetString(), Is.EqualTo("ready_to_declare"));
        var documents = await Documents(id);
        Assert.That(documents.EnumerateArray().Select(d => d.GetProperty("type").GetString()), Does.Contain("eudr_dds").And.Contain("rex_statement").And.Not.Contain("etk_coffee"));

        // Customs can't be left until the statement is verified with its reference number.
        var blocked = await Move(id, ETagOf(atCustoms), "certificate_of_origin");
        var problem = await Expect(blocked, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("documents_incomplete"));

        for (var i = 0; i < 4; i++) await Advance(id); // customs .. post_export -> closed
        var closed = await Expect(await Viewer.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK);
        Assert.That(closed.GetProperty("stage").GetString(), Is.EqualTo("closed"));
        Assert.That(closed.GetProperty("dueDiligence").GetProperty("status").GetString(), Is.EqualTo("declared"));
        Assert.That(closed.GetProperty("dueDiligence").GetProperty("plots").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Plot_Of6HaAsAPoint_IsA400NamingTheGeometry()
    {
        var id = await OpenEuCoffee();

        var problem = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Point(), 6m)), HttpStatusCode.BadRequest);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("plot_polygon_required"));
        Assert.That(problem.GetProperty("errors").GetProperty("geometry")[0].GetString(), Does.Contain("6").And.Contain("4 ha"));
    }

    [Test]
    public async Task Plot_SelfIntersectingPolygon_IsRefused_AndAnOpenRingToo()
    {
        var id = await OpenEuCoffee();
        var bowtie = new JsonObject
        {
            ["type"] = "Polygon",
            ["coordinates"] = new JsonArray(new JsonArray(new JsonArray(Lon, Lat), new JsonArray(Lon + 0.003, Lat + 0.003),
                new JsonArray(Lon + 0.003, Lat), new JsonArray(Lon, Lat + 0.003), new JsonArray(Lon, Lat))),
        };
        var open = Square(2);
        ((JsonArray)open["coordinates"]![0]!).RemoveAt(4);

        var crossed = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(bowtie)), HttpStatusCode.BadRequest);
        var unclosed = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(open)), HttpStatusCode.BadRequest);
        var outside = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Point(Lat, 198.3), 1m)), HttpStatusCode.BadRequest);

        Assert.That(crossed.GetProperty("code").GetString(), Is.EqualTo("plot_self_intersection"));
        Assert.That(unclosed.GetProperty("code").GetString(), Is.EqualTo("plot_ring_not_closed"));
        Assert.That(outside.GetProperty("code").GetString(), Is.EqualTo("plot_out_of_range"));
    }

    [Test]
    public async Task PlotsGeoJson_IsAFeatureCollectionInTheEuShape()
    {
        var id = await OpenEuCoffee();
        await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Square(6))), HttpStatusCode.Created);
        await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Point(), 2m)), HttpStatusCode.Created);

        var response = await Viewer.GetAsync($"{Cases}/{id}/plots.geojson");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/geo+json"));
        var fc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.That(fc.GetProperty("type").GetString(), Is.EqualTo("FeatureCollection"));
        var features = fc.GetProperty("features").EnumerateArray().ToList();
        Assert.That(features, Has.Count.EqualTo(2));
        foreach (var f in features)
        {
            Assert.That(f.GetProperty("type").GetString(), Is.EqualTo("Feature"));
            Assert.That(f.GetProperty("geometry").GetProperty("type").GetString(), Is.AnyOf("Point", "Polygon"));
            Assert.That(f.GetProperty("properties").GetProperty("ProducerCountry").GetString(), Is.EqualTo("ID"));
            Assert.That(f.GetProperty("properties").GetProperty("ProducerName").GetString(), Is.Not.Empty);
        }
        var ring = features[0].GetProperty("geometry").GetProperty("coordinates")[0];
        Assert.That(ring[0].ToString(), Is.EqualTo(ring[ring.GetArrayLength() - 1].ToString()), "closed ring");
        Assert.That(features[1].GetProperty("properties").GetProperty("Area").GetDecimal(), Is.EqualTo(2m));
        Assert.That(features[0].GetProperty("properties").TryGetProperty("Area", out _), Is.False, "Area is for points only");
    }

    [Test]
    public async Task Plot_UpdateNeedsIfMatch_AndDeleteRemovesIt()
    {
        var id = await OpenEuCoffee();
        var plot = await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Point(), 2m)), HttpStatusCode.Created);
        var url = $"{Cases}/{id}/plots/{Id(plot)}";

        var noIfMatch = await Officer.PutAsJsonAsync(url, Plot(Square(5)));
        var updated = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, url, ETagOf(plot), Plot(Square(5)))), HttpStatusCode.OK);
        var stale = await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, ETagOf(plot)));
        var deleted = await Officer.SendAsync(WithIfMatch(HttpMethod.Delete, url, ETagOf(updated)));
        var list = await Expect(await Viewer.GetAsync($"{Cases}/{id}/plots"), HttpStatusCode.OK);

        Assert.That(noIfMatch.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That(updated.GetProperty("geometryType").GetString(), Is.EqualTo("polygon"));
        Assert.That(updated.GetProperty("areaHa").GetDecimal(), Is.EqualTo(5m).Within(0.01m));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(list.GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public async Task CoffeeToJapan_ReachesClosed_WithoutEtkOrEudr()
    {
        var (c, _) = await OpenCase(destination: "JP");
        var id = Id(c);
        var types = (await Documents(id)).EnumerateArray().Select(d => d.GetProperty("type").GetString()).ToList();
        Assert.That(types, Does.Not.Contain("etk_coffee").And.Not.Contain("eudr_dds").And.Not.Contain("eudr_simplified_declaration"));
        Assert.That(types, Does.Contain("ska_form_ijepa"));

        for (var i = 0; i < 9; i++) await Advance(id);

        var closed = await Expect(await Viewer.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK);
        Assert.That(closed.GetProperty("stage").GetString(), Is.EqualTo("closed"));
        Assert.That(closed.GetProperty("dueDiligence").GetProperty("status").GetString(), Is.EqualTo("not_required"));
    }

    [Test]
    public async Task PalmOilCase_ShowsLevyAndDuty_AsEstimates()
    {
        var body = await CaseBody("palm_oil", "1511.10.00", "IN");
        body["volume"] = 500m;
        var c = await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.Created);
        var types = (await Documents(Id(c))).EnumerateArray().Select(d => d.GetProperty("type").GetString()).ToList();
        Assert.That(types, Does.Contain("palm_export_levy").And.Contain("palm_export_duty"));

        var recorded = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(c)}/shipment-charges", ETagOf(c), new
        {
            referenceMonth = "2026-12", referencePriceUsdPerTonne = 963.75m, dutyUsdPerTonne = 124m, exchangeRateIdrPerUsd = 16_400m,
        })), HttpStatusCode.OK);

        var charges = recorded.GetProperty("charges");
        Assert.That(charges.GetProperty("levyRatePercent").GetDecimal(), Is.EqualTo(10m), "the catalogue's PMK 30/2025 rate");
        var estimate = charges.GetProperty("estimate");
        Assert.That(estimate.GetProperty("isEstimate").GetBoolean(), Is.True);
        Assert.That(estimate.GetProperty("levyUsd").GetDecimal(), Is.EqualTo(48_187.50m)); // 963.75 x 10 % x 500 t
        Assert.That(estimate.GetProperty("levyIdr").GetInt64(), Is.EqualTo(790_275_000L));
        Assert.That(estimate.GetProperty("dutyUsd").GetDecimal(), Is.EqualTo(62_000m));
        Assert.That(estimate.GetProperty("dutyIdr").GetInt64(), Is.EqualTo(1_016_800_000L));
    }

    [Test]
    public async Task SirRubber_FromANonProducer_IsStoppedAtIntakeWithTheReason()
    {
        var body = await CaseBody("rubber", "4001.22.20", "CN");
        body["tppSirNumber"] = null; // a trading business: no TPP SIR

        var refused = await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.BadRequest);
        body["tppSirNumber"] = "TPP-SIR/123/DAGLU/2026";
        var opened = await Officer.PostAsJsonAsync(Cases, body);

        Assert.That(refused.GetProperty("errors").GetProperty("tppSirNumber")[0].GetString(), Does.Contain("Permendag 1/2026"));
        Assert.That(refused.GetProperty("codes").GetProperty("tppSirNumber")[0].GetProperty("code").GetString(), Is.EqualTo("rubber_not_sir_producer"));
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("medium", "2026-12-29", "upcoming")]
    [TestCase("medium", "2026-12-30", "plots_missing")]
    [TestCase("micro", "2026-12-30", "upcoming")]
    [TestCase("micro", "2027-06-29", "upcoming")]
    [TestCase("micro", "2027-06-30", "plots_missing")]
    public async Task Eudr_DueDiligence_ByScaleAtItsBoundaryDates(string scale, string plannedShipmentOn, string status)
    {
        var id = await OpenEuCoffee(scale, plannedShipmentOn);

        var c = await Expect(await Viewer.GetAsync($"{Cases}/{id}"), HttpStatusCode.OK);
        var checklist = await Expect(await Viewer.GetAsync($"{Cases}/{id}/checklist"), HttpStatusCode.OK);

        Assert.That(c.GetProperty("dueDiligence").GetProperty("status").GetString(), Is.EqualTo(status));
        Assert.That(checklist.GetProperty("asOf").GetString(), Is.EqualTo(plannedShipmentOn));
        var eudr = checklist.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("documentType").GetString()!.StartsWith("eudr", StringComparison.Ordinal));
        Assert.That(eudr.GetProperty("state").GetString(), Is.EqualTo(status == "upcoming" ? "upcoming" : "required"));
    }

    [Test]
    public async Task Verified_NeedsAFileOrAReason()
    {
        var (c, _) = await OpenCase();
        var npwp = Document(await Documents(Id(c)), "npwp");

        var refused = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"{Cases}/{Id(c)}/documents/{Id(npwp)}", ETagOf(npwp),
            new { status = "verified", number = "0123456789012345" }));
        var withReason = await SetDocument(Id(c), npwp, "verified", note: "Checked in DJP Online.");

        var problem = await Expect(refused, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("document_verify_needs_evidence"));
        Assert.That(withReason.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Timeline_SpeaksIndonesian_WhileCodesStay()
    {
        var (c, _) = await OpenCase();
        var npwp = Document(await Documents(Id(c)), "npwp");
        await Expect(await SetDocument(Id(c), npwp, "verified"), HttpStatusCode.OK);

        var timeline = await Expect(await Viewer.GetAsync($"{Cases}/{Id(c)}/timeline"), HttpStatusCode.OK);
        var english = await Expect(await Viewer.GetAsync($"{Cases}/{Id(c)}/timeline?lang=en"), HttpStatusCode.OK);

        var entry = timeline.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "document_updated");
        Assert.That(entry.GetProperty("fromStatus").GetString(), Is.EqualTo("missing"));
        Assert.That(entry.GetProperty("toStatus").GetString(), Is.EqualTo("verified"));
        Assert.That(entry.GetProperty("text").GetString(), Is.EqualTo("NPWP: belum ada → terverifikasi"));
        Assert.That(english.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "document_updated").GetProperty("text").GetString(),
            Is.EqualTo("NPWP tax registration: missing → verified"));
    }

    [Test]
    public async Task OldCoffeeCase_KeepsItsEtkDocument_MarkedNoLongerRequired()
    {
        var (c, _) = await OpenCase();
        await Factory.ScalarAsync<int?>("""
            INSERT INTO ExportCaseDocuments (ExportCaseId, DocumentType, Status, Number, UpdatedAt, Version)
            VALUES (@Id, 'etk_coffee', 'verified', '02.ETK-17.19.1234', @Now, 1)
            """, new { Id = int.Parse(Id(c)), Now });

        var etk = Document(await Documents(Id(c)), "etk_coffee");

        Assert.That(etk.GetProperty("required").GetBoolean(), Is.False);
        Assert.That(etk.GetProperty("requirement").GetString(), Is.EqualTo("no_longer_required"));
        Assert.That(etk.GetProperty("number").GetString(), Is.EqualTo("02.ETK-17.19.1234"));
    }

    [Test]
    public async Task Reports_CountCasesByDestinationGroupAndEudrStatus_AndPlotsPerCommodity()
    {
        var id = await OpenEuCoffee();
        await Expect(await Officer.PostAsJsonAsync($"{Cases}/{id}/plots", Plot(Square(6))), HttpStatusCode.Created);

        var groups = await Expect(await Viewer.GetAsync("/api/v1/export-reports/cases-by-destination-group"), HttpStatusCode.OK);
        var plots = await Expect(await Viewer.GetAsync("/api/v1/export-reports/plots-by-commodity"), HttpStatusCode.OK);

        var eu = groups.EnumerateArray().Single(g => g.GetProperty("destinationGroup").GetString() == "EU");
        Assert.That(eu.GetProperty("byEudrStatus").GetProperty("ready_to_declare").GetInt32(), Is.GreaterThanOrEqualTo(1));
        var coffee = plots.EnumerateArray().Single(p => p.GetProperty("commodity").GetString() == "coffee");
        Assert.That(coffee.GetProperty("polygons").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(coffee.GetProperty("areaHa").GetDecimal(), Is.GreaterThanOrEqualTo(6m - 0.01m));
    }
}
