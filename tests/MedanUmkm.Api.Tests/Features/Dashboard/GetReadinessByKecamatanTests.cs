using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Dashboard;

public sealed class GetReadinessByKecamatanTests : ApiTest
{
    private static int Cell(JsonElement table, string kecamatan, string requirement)
    {
        var column = table.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()).ToList().IndexOf(requirement);
        Assert.That(column, Is.GreaterThanOrEqualTo(0), requirement);
        var row = table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == kecamatan);
        return row.GetProperty("missing")[column].GetInt32();
    }

    private static int NotListed(JsonElement table, string kecamatan) =>
        table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == kecamatan).GetProperty("notListed").GetInt32();

    [Test]
    public async Task ReadinessByKecamatan_CountsANewBusinessUnderItsKecamatanAndWhatItMisses()
    {
        var before = await Expect(await Viewer.GetAsync("/api/v1/dashboard/readiness-by-kecamatan"), HttpStatusCode.OK);
        var body = TestData.Business();
        body["kecamatanCode"] = "12.71.11";
        await TestData.RegisterBusiness(Officer, body);

        var after = await Expect(await Viewer.GetAsync("/api/v1/dashboard/readiness-by-kecamatan"), HttpStatusCode.OK);

        Assert.That(after.GetProperty("rows").GetArrayLength(), Is.EqualTo(21));
        Assert.That(after.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()),
            Is.SupersetOf(new[] { "nib", "npwp", "kswp", "product", "halal", "pirt_bpom" }));
        // A new business has no product yet: one more not-listed business there, missing "product".
        Assert.That(NotListed(after, "12.71.11"), Is.EqualTo(NotListed(before, "12.71.11") + 1));
        Assert.That(Cell(after, "12.71.11", "product"), Is.EqualTo(Cell(before, "12.71.11", "product") + 1));
        Assert.That(Cell(after, "12.71.12", "product"), Is.EqualTo(Cell(before, "12.71.12", "product")), "another kecamatan is unchanged");
        // The totals are the columns' sums, and agree with the dashboard's per-requirement counts.
        var dashboard = await Expect(await Viewer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK);
        var requirements = after.GetProperty("requirements").EnumerateArray().Select(r => r.GetString()!).ToList();
        for (var i = 0; i < requirements.Count; i++)
        {
            var sum = after.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("missing")[i].GetInt32());
            Assert.That(after.GetProperty("totals")[i].GetInt32(), Is.EqualTo(sum), requirements[i]);
            var dashboardCount = dashboard.GetProperty("readiness").GetProperty("missingByRequirement").EnumerateArray()
                .Single(m => m.GetProperty("code").GetString() == requirements[i]).GetProperty("count").GetInt32();
            Assert.That(sum, Is.EqualTo(dashboardCount), requirements[i]);
        }
    }

    [Test]
    public async Task ReadinessByKecamatan_NeedsASignedInCaller() =>
        Assert.That((await Anonymous.GetAsync("/api/v1/dashboard/readiness-by-kecamatan")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
}
