using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>The import path applies the same NPWP, NITKU and kelurahan rules as the API.</summary>
public sealed class ImportReferenceRulesTests : ApiTest
{
    private static List<(int Row, string Column)> Errors(JsonElement job) =>
        job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)).ToList();

    [Test]
    public async Task DryRun_ReportsAKelurahanOfAnotherKecamatan_AnotherOwnersNik_AndABadNitku()
    {
        var wrongKelurahan = TestData.Business();
        wrongKelurahan["kelurahanCode"] = "12.71.05.1001"; // Kesawan, Medan Barat; the row says Medan Kota
        var otherNik = TestData.Business();
        otherNik["npwp"] = TestData.Nik();
        var badNitku = TestData.Business();
        badNitku["nitku"] = "0999999999121000000001";

        var job = await ImportAsync(Officer, Csv(wrongKelurahan, otherNik, badNitku), dryRun: true);

        Assert.That(Errors(job),
            Is.EquivalentTo(new[] { (2, "kelurahanCode"), (3, "npwp"), (4, "nitku") }));
    }

    [Test]
    public async Task Commit_Stores16DigitNpwp_Nitku_AndTheKelurahanCode_AndReimportingChangesNothing()
    {
        var row = TestData.Business();
        row["npwp"] = "12.345.678.9-121.000";
        row["nitku"] = "0123456789121000000007";
        row["kelurahan"] = "pasar merah barat";

        var first = await ImportAsync(Officer, Csv(row), dryRun: false);
        Assert.That(first.GetProperty("created").GetInt32(), Is.EqualTo(1), first.ToString());

        var stored = (await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={row["nib"]}")).GetProperty("items")[0];
        Assert.That(stored.GetProperty("npwp").GetString(), Is.EqualTo("0123456789121000"));
        Assert.That(stored.GetProperty("nitku").GetString(), Is.EqualTo("0123456789121000000007"));
        Assert.That(stored.GetProperty("kelurahanCode").GetString(), Is.EqualTo("12.71.01.1007"));

        var second = await ImportAsync(Officer, Csv(row), dryRun: false);
        Assert.That(second.GetProperty("unchanged").GetInt32(), Is.EqualTo(1), second.ToString());
    }
}
