using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>Valid identifiers and request bodies, unique per call.</summary>
public static class TestData
{
    private static int _sequence = 1000;

    public static int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>A valid 13-digit NIB, unique in the test run.</summary>
    public static string Nib() => "91" + Next().ToString("D11");

    /// <summary>A valid NIK from Medan (1271..), day + 40 for women.</summary>
    public static string Nik(bool female = true, int day = 15, int month = 4, int year = 85) =>
        $"127101{(female ? day + 40 : day):D2}{month:D2}{year:D2}{Next() % 9000 + 1:D4}";

    /// <summary>A complete, valid business registration body.</summary>
    public static JsonObject Business(string? name = null, string? nib = null) => new()
    {
        ["name"] = name ?? $"Usaha Uji {Next()}",
        ["ownerName"] = "Rina Br Sembiring",
        ["ownerNik"] = Nik(),
        ["ownerGender"] = "female",
        ["nib"] = nib ?? Nib(),
        ["npwp"] = "12.345.678.9-121.000",
        ["kbli"] = new JsonArray(new JsonObject { ["code"] = "10792", ["version"] = "2020" }),
        ["sector"] = "food_beverage",
        ["kecamatanCode"] = "12.71.01",
        ["kelurahan"] = "Pasar Merah Barat",
        ["address"] = "Jl. Sisingamangaraja No. 12",
        ["phone"] = "0812-6543-2109",
        ["email"] = "usaha@example.co.id",
        ["foundedYear"] = 2016,
        ["employees"] = 4,
        ["businessCapitalIdr"] = 150_000_000L,
        ["annualRevenueIdr"] = 480_000_000L,
        ["fosteredSince"] = "2021-03-15",
        // LKPP v6 onboarding facts (issue #16): an individual's business, non-PKP, INAPROC and OSS checked.
        ["legalForm"] = "perorangan",
        ["pkpStatus"] = "non_pkp",
        ["inaprocVerifiedOn"] = "2024-02-01",
        ["ossVerifiedOn"] = "2024-02-01",
        ["ossVerifiedBy"] = "Petugas Uji",
    };

    /// <summary>Registers a business and returns its body and ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> RegisterBusiness(HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/businesses", body ?? Business());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }
}
