using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Features.Groups;
using MedanUmkm.Api.Tests.Features.Training;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// Personal data (NIK, an individual's 16-digit NPWP, phone, e-mail, address) is masked at the
/// boundary for every caller without the right to it, in every response that carries it: every
/// documented GET (JSON, CSV and XLSX) and every write that answers with a business, read by a
/// viewer and by API keys without personal-data:read. Operations whose documented response has
/// such fields must be walked here (<see cref="EveryOperationReturningPersonalFields_IsWalked"/>),
/// so a new one cannot be forgotten.
/// </summary>
public sealed class PersonalDataBoundaryTests : ApiTest
{
    private const string ReadKey = "key:" + Scopes.BusinessesRead;
    private const string WriteKey = "key:" + Scopes.BusinessesWrite + "+" + Scopes.BusinessesRead;

    /// <summary>The personal values of one business, and the forms they may take in a body.</summary>
    private sealed record Secrets(string Nik, string Npwp, string PhoneNational, string Email, string Address)
    {
        public static Secrets New()
        {
            var n = TestData.Next();
            var nik = TestData.Nik();
            // An individual's NPWP since 2024 is their NIK.
            return new Secrets(nik, nik, $"813{n % 100_000_000:D8}", $"pemilik.rahasia.{n}@contoh.co.id", $"Jl. Rahasia Pribadi No. {n}");
        }

        public JsonObject Apply(JsonObject body)
        {
            body["ownerNik"] = Nik;
            body["npwp"] = Npwp;
            body["phone"] = "0" + PhoneNational;
            body["email"] = Email;
            body["address"] = Address;
            return body;
        }

        /// <summary>The full values found in <paramref name="text"/> (phone in any of its forms: +62, 62 or 0 before the same digits).</summary>
        public List<string> FoundIn(string text)
        {
            var found = new List<string>();
            if (text.Contains(Nik, StringComparison.Ordinal)) found.Add("NIK/NPWP " + Nik);
            if (text.Contains(PhoneNational, StringComparison.Ordinal)) found.Add("phone " + PhoneNational);
            if (text.Contains(Email, StringComparison.OrdinalIgnoreCase)) found.Add("e-mail " + Email);
            if (text.Contains(Address, StringComparison.OrdinalIgnoreCase)) found.Add("address " + Address);
            return found;
        }
    }

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];
    /// <summary>Response properties that hold personal data of a business owner.</summary>
    private static readonly HashSet<string> PersonalFields = ["ownerNik", "npwp", "phone", "email", "address"];
    /// <summary>Staff accounts (sign-in e-mail), admin-only: not a business owner's personal data.</summary>
    private static readonly HashSet<string> StaffSchemas = ["UserResponse", "IssueTokenUserSummary", "IssueTokenTokenResponse", "PagedResponseOfUserResponse"];

    private readonly Secrets _secrets = Secrets.New();
    private readonly Dictionary<string, HttpClient> _masked = [];
    private readonly Dictionary<string, HttpClient> _unmasked = [];
    private string _business = "", _session = "", _registration = "", _group = "", _loan = "";
    private JsonElement _doc;
    /// <summary>"GET /api/v1/businesses/{id}": operations a caller without the right got a 2xx from, and checked.</summary>
    private readonly HashSet<string> _walked = [];
    /// <summary>Operations that refused every caller without the right (403), so they cannot leak to them.</summary>
    private readonly HashSet<string> _refused = [];

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _masked[Roles.Viewer] = Viewer;
        _masked[ReadKey] = Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead)).Key);
        _masked[WriteKey] = Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesWrite, Scopes.BusinessesRead)).Key);
        _unmasked[Roles.Officer] = Officer;
        _unmasked[Roles.Admin] = Admin;
        _unmasked["key:" + Scopes.PersonalDataRead] =
            Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, Scopes.BusinessesRead, Scopes.PersonalDataRead)).Key);

        var (business, etag) = await TestData.RegisterBusiness(Officer, _secrets.Apply(TestData.Business()));
        _business = business.GetProperty("id").GetString()!;
        // An update leaves an audit diff of the personal fields (new address, phone, e-mail, NIK-as-NPWP).
        var before = Secrets.New();
        var (other, otherEtag) = await TestData.RegisterBusiness(Officer, before.Apply(TestData.Business()));
        var update = _secrets.Apply(TestData.Business(nib: other.GetProperty("nib").GetString()));
        // NIK and NIK-as-NPWP change together (an individual's NPWP must be their NIK): the audit diff shows both.
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{other.GetProperty("id").GetString()}", otherEtag, update)), HttpStatusCode.OK);

        var (session, _) = await TrainingTestData.PlanOpen(Officer);
        _session = session;
        _registration = (await TrainingTestData.Registered(Officer, _session, _business)).GetProperty("id").GetString()!;
        _group = (await GroupTestData.Create(Officer, "/api/v1/groups", GroupTestData.Group(_business))).Body.GetProperty("id").GetString()!;
        _loan = (await GroupTestData.Create(Officer, "/api/v1/loan-referrals", GroupTestData.Loan(_business))).Body.GetProperty("id").GetString()!;
        Assert.That(etag, Is.Not.Empty);

        _doc = await OpenApiDocumentAsync();
    }

    private IEnumerable<(string Method, string Path, JsonElement Operation)> Operations() =>
        _doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(m => Methods.Contains(m.Name)).Select(m => (m.Name.ToUpperInvariant(), p.Name, m.Value)));

    /// <summary>The documented path with the test data's ids in it.</summary>
    private string Url(string path)
    {
        var owner = path.Split('/')[3]; // /api/v1/<area>/...
        var id = owner switch
        {
            "businesses" => _business,
            "training-sessions" => _session,
            "groups" => _group,
            "loan-referrals" => _loan,
            _ => "1",
        };
        return path.Replace("{id}", id).Replace("{registrationId}", _registration).Replace("{businessId}", _business)
            .Replace("{kind}", "businesses").Replace("{productId}", "1").Replace("{photoId}", "1").Replace("{documentId}", "1");
    }

    /// <summary>The body as text; an XLSX (zip) as the text of all its parts.</summary>
    private static async Task<string> Text(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K') return Encoding.UTF8.GetString(bytes);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }

    private static IEnumerable<string> Variants(string url) =>
        url.Contains("export", StringComparison.Ordinal) ? [url + "?format=csv", url + "?format=xlsx"] : [url];

    private Task<List<string>>? _reads, _writes;
    private Task? _registrationWrites;

    [Test]
    public async Task EveryDocumentedRead_ShowsNoFullPersonalData_ToCallersWithoutTheRight()
    {
        var leaks = await (_reads ??= WalkReads());
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
        Assert.That(_walked, Does.Contain("GET /api/v1/businesses/{id}").And.Contain("GET /api/v1/exports/businesses")
            .And.Contain("GET /api/v1/training-sessions/{id}/registrations/export"));
    }

    private async Task<List<string>> WalkReads()
    {
        var leaks = new List<string>();
        foreach (var (method, path, _) in Operations().Where(o => o.Method == "GET" && o.Path.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            var refusedByAll = true;
            foreach (var url in Variants(Url(path)))
            foreach (var (who, client) in _masked)
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.Forbidden) refusedByAll = false;
                if (response.IsSuccessStatusCode) _walked.Add($"{method} {path}");
                var found = _secrets.FoundIn(await Text(response));
                if (found.Count > 0) leaks.Add($"{method} {url} as {who} ({(int)response.StatusCode}): {string.Join(", ", found)}");
            }
            if (refusedByAll) _refused.Add($"{method} {path}");
        }
        return leaks;
    }

    [Test]
    public async Task CallersWithTheRight_SeeTheFullValues_InTheBusinessAndItsExport()
    {
        // Guards the walk against passing vacuously: the same secrets are found when the caller may see them.
        foreach (var (who, client) in _unmasked)
        {
            var business = await Text(await client.GetAsync($"/api/v1/businesses/{_business}"));
            Assert.That(_secrets.FoundIn(business), Has.Count.EqualTo(4), who + ": " + business);
            var export = await Text(await client.GetAsync("/api/v1/exports/businesses?format=xlsx"));
            Assert.That(_secrets.FoundIn(export), Has.Count.EqualTo(4), who);
        }
        var registrations = await Text(await Officer.GetAsync($"/api/v1/training-sessions/{_session}/registrations/export?format=csv"));
        Assert.That(registrations, Does.Contain(_secrets.PhoneNational));
    }

    [Test]
    public async Task TheAuditTrail_NeverHoldsFullPersonalData_EvenForAdmins()
    {
        var audit = await Text(await Admin.GetAsync("/api/v1/audit-events?entityType=business&pageSize=100"));

        Assert.That(audit, Does.Contain("npwp").And.Contain("address"), "the diffs name the changed personal fields");
        Assert.That(_secrets.FoundIn(audit), Is.Empty, audit);
    }

    [Test]
    public async Task EveryBusinessWrite_AnswersMasked_ToAKeyWithoutPersonalDataRead()
    {
        var leaks = await (_writes ??= WalkWrites());
        Assert.That(leaks, Is.Empty, string.Join("\n", leaks));
    }

    private async Task<List<string>> WalkWrites()
    {
        var key = _masked[WriteKey];
        var leaks = new List<string>();
        var secrets = Secrets.New();
        void Check(string op, string body)
        {
            _walked.Add(op);
            var found = secrets.FoundIn(body).Concat(_secrets.FoundIn(body)).ToList();
            if (found.Count > 0) leaks.Add($"{op}: {string.Join(", ", found)}");
        }

        var created = await key.PostAsJsonAsync("/api/v1/businesses", secrets.Apply(TestData.Business()));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Check("POST /api/v1/businesses", await created.Content.ReadAsStringAsync());
        var id = (await Json(created)).GetProperty("id").GetString();
        var etag = created.Headers.ETag!.ToString();

        var read = await key.GetAsync($"/api/v1/businesses/{id}");
        var update = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        update["name"] = "Usaha Diubah Integrasi";
        var updated = await key.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, InputOf(update)));
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Check("PUT /api/v1/businesses/{id}", await updated.Content.ReadAsStringAsync());

        var deactivated = await key.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", updated.Headers.ETag!.ToString()));
        Assert.That(deactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Check("POST /api/v1/businesses/{id}/deactivate", await deactivated.Content.ReadAsStringAsync());
        var reactivated = await key.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/reactivate", deactivated.Headers.ETag!.ToString()));
        Assert.That(reactivated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Check("POST /api/v1/businesses/{id}/reactivate", await reactivated.Content.ReadAsStringAsync());

        Assert.That(JsonDocument.Parse(await reactivated.Content.ReadAsStringAsync()).RootElement.GetProperty("personalDataMasked").GetBoolean(), Is.True);
        return leaks;
    }

    [Test]
    public async Task RegistrationWrites_AreRefusedToEveryCallerWithoutTheRight() => await (_registrationWrites ??= WalkRegistrationWrites());

    private async Task WalkRegistrationWrites()
    {
        var business = await TrainingTestData.NewBusiness(Officer);
        var registration = (await TrainingTestData.Registered(Officer, _session, business)).GetProperty("id").GetString();
        var ops = new (string Method, string Path, HttpMethod Http, string Url)[]
        {
            ("POST", "/api/v1/training-sessions/{id}/registrations", HttpMethod.Post, $"/api/v1/training-sessions/{_session}/registrations"),
            ("DELETE", "/api/v1/training-sessions/{id}/registrations/{registrationId}", HttpMethod.Delete, $"/api/v1/training-sessions/{_session}/registrations/{registration}"),
            ("POST", "/api/v1/training-sessions/{id}/registrations/{registrationId}/cancel", HttpMethod.Post, $"/api/v1/training-sessions/{_session}/registrations/{registration}/cancel"),
            ("PUT", "/api/v1/training-sessions/{id}/attendance", HttpMethod.Put, $"/api/v1/training-sessions/{_session}/attendance"),
        };
        foreach (var (method, path, http, url) in ops)
        {
            foreach (var (who, client) in _masked)
            {
                var request = WithIfMatch(http, url, "\"1\"", http == HttpMethod.Put ? Array.Empty<object>() : new { businessId = business });
                using var response = await client.SendAsync(request);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{method} {path} as {who}");
            }
            _refused.Add($"{method} {path}");
        }
    }

    [Test]
    public async Task EveryOperationReturningPersonalFields_IsWalked()
    {
        await (_reads ??= WalkReads());
        await (_writes ??= WalkWrites());
        await (_registrationWrites ??= WalkRegistrationWrites());
        var schemas = _doc.GetProperty("components").GetProperty("schemas");
        var carrying = new List<string>();
        foreach (var (method, path, operation) in Operations())
        {
            if (!operation.TryGetProperty("responses", out var responses)) continue;
            var refs = responses.EnumerateObject().Where(r => r.Name.StartsWith('2'))
                .SelectMany(r => r.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().Select(x => x.Value) : [])
                .Where(c => c.TryGetProperty("schema", out _)).Select(c => c.GetProperty("schema"));
            if (refs.Any(s => Carries(schemas, s, [])))
                carrying.Add($"{method} {path}");
        }
        Assert.That(carrying, Does.Contain("GET /api/v1/businesses").And.Contain("GET /api/v1/training-sessions/{id}/registrations"));
        var missed = carrying.Where(o => !_walked.Contains(o) && !_refused.Contains(o)).ToList();
        Assert.That(missed, Is.Empty, "operations returning personal fields, neither walked by a caller without the right nor refused to all of them");
    }

    /// <summary>Whether a schema (following $ref, arrays and properties) has a personal field.</summary>
    private static bool Carries(JsonElement schemas, JsonElement schema, HashSet<string> seen)
    {
        if (schema.TryGetProperty("$ref", out var r))
        {
            var name = r.GetString()!.Split('/')[^1];
            if (StaffSchemas.Contains(name) || !seen.Add(name)) return false;
            return Carries(schemas, schemas.GetProperty(name), seen);
        }
        if (schema.TryGetProperty("items", out var items) && Carries(schemas, items, seen)) return true;
        foreach (var key in new[] { "allOf", "oneOf", "anyOf" })
            if (schema.TryGetProperty(key, out var list) && list.EnumerateArray().Any(s => Carries(schemas, s, seen))) return true;
        if (!schema.TryGetProperty("properties", out var props)) return false;
        return props.EnumerateObject().Any(p => PersonalFields.Contains(p.Name) || Carries(schemas, p.Value, seen));
    }

    /// <summary>The fields of a business response a client sends back in a PUT.</summary>
    internal static JsonObject InputOf(JsonObject response)
    {
        string[] input = ["name", "ownerName", "ownerNik", "ownerGender", "nib", "npwp", "kbli", "sector", "kecamatanCode", "kelurahan",
            "address", "phone", "email", "foundedYear", "employees", "businessCapitalIdr", "annualRevenueIdr", "fosteredSince"];
        var body = new JsonObject();
        foreach (var name in input) body[name] = response[name]?.DeepClone();
        return body;
    }
}
