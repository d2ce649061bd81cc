using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

public sealed class RegisterBusinessTests : ApiTest
{
    private Task<HttpResponseMessage> Register(JsonObject body, HttpClient? client = null) =>
        (client ?? Officer).PostAsJsonAsync("/api/v1/businesses", body);

    private static JsonObject With(string field, JsonNode? value)
    {
        var body = TestData.Business();
        body[field] = value;
        return body;
    }

    [Test]
    public async Task Register_WithValidBody_Returns201WithLocationETagAndNormalisedFields()
    {
        var body = TestData.Business(name: "Bika Ambon Zulaikha");
        body["phone"] = "0812-6543-2109";
        body["npwp"] = "12.345.678.9-121.000";

        var response = await Register(body);

        var created = await Expect(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/v1/businesses/{id}"));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"1\""));
        Assert.That(created.GetProperty("name").GetString(), Is.EqualTo("Bika Ambon Zulaikha"));
        Assert.That(created.GetProperty("phone").GetString(), Is.EqualTo("+6281265432109"));
        Assert.That(created.GetProperty("npwp").GetString(), Is.EqualTo("0123456789121000"));
        Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(created.GetProperty("ekatalogStatus").GetString(), Is.EqualTo("not_started"));
        Assert.That(created.GetProperty("kecamatanName").GetString(), Is.EqualTo("Medan Kota"));
        Assert.That(created.GetProperty("kbli")[0].GetProperty("code").GetString(), Is.EqualTo("10792"));
        Assert.That(created.GetProperty("version").GetInt32(), Is.EqualTo(1));

        var read = await Expect(await Officer.GetAsync($"/api/v1/businesses/{id}"), HttpStatusCode.OK);
        Assert.That(read.GetProperty("nib").GetString(), Is.EqualTo(body["nib"]!.GetValue<string>()));
    }

    [Test]
    public async Task Register_WhenNibAlreadyExists_Returns409AndStoresNothing()
    {
        var (first, _) = await TestData.RegisterBusiness(Officer);
        var nib = first.GetProperty("nib").GetString()!;
        var before = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses");

        var problem = await Expect(await Register(TestData.Business(nib: nib)), HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("duplicate_nib"));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(nib));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses"), Is.EqualTo(before));
    }

    [TestCase("123456789012")]        // 12 digits
    [TestCase("12345678901234")]      // 14 digits
    [TestCase("12345678901a3")]       // a letter
    [TestCase("")]
    public async Task Register_WithInvalidNib_Returns400NamingNib(string nib) =>
        await ExpectFieldError(await Register(With("nib", nib)), "nib");

    [TestCase("127101550485000")]     // 15 digits
    [TestCase("0071015504850003")]    // no such province
    [TestCase("1271013213850003")]    // month 13
    [TestCase("1271017204850003")]    // day 72-40 = 32
    [TestCase("1271015504850000")]    // sequence 0000
    [TestCase("1271011504850003")]    // day 15: a man's NIK for a woman owner
    public async Task Register_WithInvalidNik_Returns400NamingOwnerNik(string nik) =>
        await ExpectFieldError(await Register(With("ownerNik", nik)), "ownerNik");

    [Test]
    public async Task Register_WithMaleOwnerAndMaleNik_Returns201()
    {
        var body = TestData.Business();
        body["ownerGender"] = "male";
        body["ownerNik"] = TestData.Nik(female: false);
        await Expect(await Register(body), HttpStatusCode.Created);
    }

    [TestCase("12.345.678.9-121.00")]  // 14 digits
    [TestCase("12345678912100012")]    // 17 digits
    [TestCase("12-ABC-678")]
    public async Task Register_WithInvalidNpwp_Returns400NamingNpwp(string npwp) =>
        await ExpectFieldError(await Register(With("npwp", npwp)), "npwp");

    [TestCase("0123456789121000")]     // new 16-digit NPWP of a business (0 + the old 15)
    [TestCase("123456789121000")]      // old 15 digits without punctuation
    public async Task Register_WithValidNpwpFormats_Returns201(string npwp) =>
        await Expect(await Register(With("npwp", npwp)), HttpStatusCode.Created);

    [Test]
    public async Task Register_WithInvalidKbliCode_Returns400NamingTheItem()
    {
        var body = With("kbli", new JsonArray(new JsonObject { ["code"] = "1079", ["version"] = "2020" }));
        await ExpectFieldError(await Register(body), "kbli[0].code");
    }

    [Test]
    public async Task Register_WithUnknownKbliVersion_Returns400()
    {
        var body = With("kbli", new JsonArray(new JsonObject { ["code"] = "10792", ["version"] = "2009" }));
        await ExpectFieldError(await Register(body), "kbli[0].version");
    }

    [TestCase("12345")]
    [TestCase("+1 415 555 0100")]
    [TestCase("0812-abc-456")]
    [TestCase("081")]
    public async Task Register_WithInvalidPhone_Returns400NamingPhone(string phone) =>
        await ExpectFieldError(await Register(With("phone", phone)), "phone");

    [TestCase("+62 812 3456 7890", "+6281234567890")]
    [TestCase("6281234567890", "+6281234567890")]
    [TestCase("(061) 4512345", "+62614512345")]
    public async Task Register_NormalisesPhoneToE164(string phone, string expected)
    {
        var created = await Expect(await Register(With("phone", phone)), HttpStatusCode.Created);
        Assert.That(created.GetProperty("phone").GetString(), Is.EqualTo(expected));
    }

    [TestCase("12.71.22")]
    [TestCase("12.72.01")]
    [TestCase("Medan Kota")]
    public async Task Register_WithUnknownKecamatan_Returns400NamingKecamatanCode(string code) =>
        await ExpectFieldError(await Register(With("kecamatanCode", code)), "kecamatanCode");

    [Test]
    public async Task Register_WithMissingRequiredFields_Returns400ListingEach()
    {
        var problem = await Expect(await Register(new JsonObject()), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "name", "ownerName", "ownerNik", "ownerGender", "nib", "sector", "kecamatanCode", "kelurahan", "address" })
            Assert.That(errors.TryGetProperty(field, out _), Is.True, $"missing error for {field}: {errors}");
    }

    [Test]
    public async Task Register_WithUnknownEnumValue_Returns400ProblemDetails()
    {
        var problem = await Expect(await Register(With("sector", "mining")), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("sector"));
    }

    [Test]
    public async Task Register_WithMalformedJson_Returns400WithoutInternals()
    {
        var response = await Officer.PostAsync("/api/v1/businesses", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));
        var problem = await Expect(response, HttpStatusCode.BadRequest);
        var text = problem.ToString();
        Assert.That(text, Does.Not.Contain("System."));
        Assert.That(text, Does.Not.Contain(" at "));
    }

    [Test]
    public async Task Register_AboveMediumThresholds_Returns400NotAnUmkm()
    {
        var body = With("annualRevenueIdr", 50_000_000_001L);
        var problem = await ExpectFieldError(await Register(body), "annualRevenueIdr");
        Assert.That(problem.GetProperty("errors").GetProperty("annualRevenueIdr")[0].GetString(), Does.Contain("UMKM"));
    }

    // PP 7/2021 art. 35: by annual sales when reported, else by capital (excluding land and buildings).
    [TestCase(0L, 2_000_000_000L, "micro")]
    [TestCase(0L, 2_000_000_001L, "small")]
    [TestCase(0L, 15_000_000_000L, "small")]
    [TestCase(0L, 15_000_000_001L, "medium")]
    [TestCase(0L, 50_000_000_000L, "medium")]
    [TestCase(1_000_000_000L, 0L, "micro")]
    [TestCase(1_000_000_001L, 0L, "small")]
    [TestCase(5_000_000_000L, 0L, "small")]
    [TestCase(5_000_000_001L, 0L, "medium")]
    [TestCase(10_000_000_000L, 0L, "medium")]
    [TestCase(9_000_000_000L, 500_000_000L, "micro")]
    public async Task Register_DerivesScaleAtEachThreshold(long capital, long revenue, string expected)
    {
        var body = TestData.Business();
        body["businessCapitalIdr"] = capital;
        body["annualRevenueIdr"] = revenue;

        var created = await Expect(await Register(body), HttpStatusCode.Created);

        Assert.That(created.GetProperty("scale").GetString(), Is.EqualTo(expected));
    }

    [TestCase("id", "999999")]
    [TestCase("scale", "medium")]
    [TestCase("status", "inactive")]
    [TestCase("ekatalogStatus", "listed")]
    [TestCase("version", "42")]
    [TestCase("createdAt", "2000-01-01T00:00:00+00:00")]
    public async Task Register_WithAFieldTheClientMayNotSet_Returns400NamingIt(string field, string value)
    {
        var body = TestData.Business();
        body[field] = value;

        var problem = await ExpectFieldError(await Register(body), field);

        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unknown_field"));
    }

    [Test]
    public async Task Register_AsViewer_Returns403AndStoresNothing()
    {
        var body = TestData.Business();
        await Expect(await Register(body, Viewer), HttpStatusCode.Forbidden);
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses WHERE Nib = @Nib", new { Nib = body["nib"]!.GetValue<string>() }), Is.Zero);
    }

    [Test]
    public async Task Register_WritesAnAuditEventWithMaskedNik()
    {
        var (created, _) = await TestData.RegisterBusiness(Officer);
        var id = created.GetProperty("id").GetString();

        var changes = await Factory.ScalarAsync<string>(
            "SELECT Changes FROM AuditEvents WHERE EntityType = 'business' AND EntityId = @Id AND Action = 'registered'", new { Id = id });

        Assert.That(changes, Does.Contain("\"name\""));
        Assert.That(changes, Does.Not.Contain(created.GetProperty("ownerNik").GetString()!));
        Assert.That(changes, Does.Contain("***"));
    }
}
