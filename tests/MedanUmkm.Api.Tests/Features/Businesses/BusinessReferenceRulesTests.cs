using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

/// <summary>Register/update/import against the reference rules: NPWP 16 digits, NITKU, kelurahan codes, KBLI warnings.</summary>
public sealed class BusinessReferenceRulesTests : ApiTest
{
    private static string? Code(JsonElement problem, string field) =>
        problem.TryGetProperty("codes", out var codes) && codes.TryGetProperty(field, out var list) ? list[0].GetProperty("code").GetString() : null;

    [Test]
    public async Task Register_With15DigitNpwp_Stores16DigitsWithLeadingZero()
    {
        var body = TestData.Business();
        body["npwp"] = "12.345.678.9-121.000";

        var created = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);

        Assert.That(created.GetProperty("npwp").GetString(), Is.EqualTo("0123456789121000"));
    }

    [Test]
    public async Task Register_WithIndividualNpwp_AcceptsTheOwnersNik_AndRefusesAnotherNik()
    {
        var body = TestData.Business();
        body["npwp"] = body["ownerNik"]!.GetValue<string>();
        var created = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);
        Assert.That(created.GetProperty("npwp").GetString(), Is.EqualTo(body["ownerNik"]!.GetValue<string>()));

        var other = TestData.Business();
        other["npwp"] = TestData.Nik();
        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/businesses", other), "npwp");
        Assert.That(Code(problem, "npwp"), Is.EqualTo("npwp_not_owner_nik"));
    }

    [Test]
    public async Task Register_WithNitku_StoresIt_AndRefusesOneOfAnotherNpwp()
    {
        var body = TestData.Business();
        body["npwp"] = "12.345.678.9-121.000";
        body["nitku"] = "0123456789121000000001";
        var created = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);
        Assert.That(created.GetProperty("nitku").GetString(), Is.EqualTo("0123456789121000000001"));

        body = TestData.Business();
        body["nitku"] = "0999999999121000000001";
        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/businesses", body), "nitku");
        Assert.That(Code(problem, "nitku"), Is.EqualTo("nitku_invalid"));
    }

    [Test]
    public async Task Register_WithKelurahanCode_StoresCodeAndOfficialName_AndRefusesOneOfAnotherKecamatan()
    {
        var body = TestData.Business();
        body.Remove("kelurahan");
        body["kelurahanCode"] = "12.71.01.1007";
        var created = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);
        Assert.That(created.GetProperty("kelurahanCode").GetString(), Is.EqualTo("12.71.01.1007"));
        Assert.That(created.GetProperty("kelurahan").GetString(), Is.EqualTo("Pasar Merah Barat"));

        body = TestData.Business();
        body["kecamatanCode"] = "12.71.05"; // Medan Barat
        body["kelurahanCode"] = "12.71.01.1007"; // Pasar Merah Barat is in Medan Kota
        var problem = await ExpectFieldError(await Officer.PostAsJsonAsync("/api/v1/businesses", body), "kelurahanCode");
        Assert.That(Code(problem, "kelurahanCode"), Is.EqualTo("kelurahan_not_in_kecamatan"));
    }

    [Test]
    public async Task Register_WithKelurahanNameOnly_MatchesItsCode_OrKeepsTheTextAsUnmatched()
    {
        var body = TestData.Business();
        body["kelurahan"] = "PASAR MERAH  barat";
        var matched = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);
        Assert.That(matched.GetProperty("kelurahanCode").GetString(), Is.EqualTo("12.71.01.1007"));
        Assert.That(matched.GetProperty("kelurahan").GetString(), Is.EqualTo("Pasar Merah Barat"));

        body = TestData.Business();
        body["kelurahan"] = "Kampung Entah";
        var unmatched = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);
        Assert.That(unmatched.GetProperty("kelurahanCode").ValueKind, Is.EqualTo(JsonValueKind.Null));

        var list = await Expect(await Officer.GetAsync("/api/v1/reference/kelurahan/unmatched?kecamatan=12.71.01&pageSize=100"), HttpStatusCode.OK);
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessId").GetString()),
            Does.Contain(unmatched.GetProperty("id").GetString()).And.Not.Contain(matched.GetProperty("id").GetString()));
    }

    [Test]
    public async Task Register_WithUnknownKbli_IsAcceptedWithAWarning()
    {
        var body = TestData.Business();
        body["kbli"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["code"] = "10761", ["version"] = "2020" },
            new System.Text.Json.Nodes.JsonObject { ["code"] = "10899", ["version"] = "2020" });

        var created = await Expect(await Officer.PostAsJsonAsync("/api/v1/businesses", body), HttpStatusCode.Created);

        Assert.That(created.GetProperty("kbli").GetArrayLength(), Is.EqualTo(2));
        var warnings = created.GetProperty("kbliWarnings");
        Assert.That(warnings.GetArrayLength(), Is.EqualTo(1));
        Assert.That(warnings[0].GetProperty("code").GetString(), Is.EqualTo("10899"));
        Assert.That(warnings[0].GetProperty("reason").GetString(), Is.EqualTo("kbli_unknown"));
    }
}
