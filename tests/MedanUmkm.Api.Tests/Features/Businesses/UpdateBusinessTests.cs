using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

public sealed class UpdateBusinessTests : ApiTest
{
    [Test]
    public async Task Update_WithoutIfMatch_Returns428()
    {
        var (created, _) = await TestData.RegisterBusiness(Officer);
        var id = created.GetProperty("id").GetString();

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", null, TestData.Business())),
            HttpStatusCode.PreconditionRequired);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("If-Match"));
    }

    [Test]
    public async Task Update_WithCurrentETag_Returns200WithNewVersionAndRederivedScale()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString();
        body["name"] = "Kopi Sidikalang Baru";
        body["annualRevenueIdr"] = 3_000_000_000L;

        var response = await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body));

        var updated = await Expect(response, HttpStatusCode.OK);
        Assert.That(updated.GetProperty("name").GetString(), Is.EqualTo("Kopi Sidikalang Baru"));
        Assert.That(updated.GetProperty("scale").GetString(), Is.EqualTo("small"));
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(response.Headers.ETag!.ToString(), Is.EqualTo("\"2\""));
    }

    [Test]
    public async Task Update_WithStaleETag_Returns412AndKeepsTheOtherEdit()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        var id = created.GetProperty("id").GetString();
        body["name"] = "First edit";
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)), HttpStatusCode.OK);

        body["name"] = "Second edit from a stale page";
        var problem = await Expect(await Admin.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", etag, body)),
            HttpStatusCode.PreconditionFailed);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("diubah"));
        var read = await Expect(await Officer.GetAsync($"/api/v1/businesses/{id}"), HttpStatusCode.OK);
        Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("First edit"));
    }

    [Test]
    public async Task Update_ToAnotherBusinessesNib_Returns409()
    {
        var (other, _) = await TestData.RegisterBusiness(Officer);
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        body["nib"] = other.GetProperty("nib").GetString();

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{created.GetProperty("id")}", etag, body)),
            HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Update_WithInvalidField_Returns400AndChangesNothing()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        body["name"] = "Changed";
        body["ownerNik"] = "123";

        await ExpectFieldError(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{created.GetProperty("id")}", etag, body)), "ownerNik");

        var read = await Expect(await Officer.GetAsync($"/api/v1/businesses/{created.GetProperty("id")}"), HttpStatusCode.OK);
        Assert.That(read.GetProperty("name").GetString(), Is.EqualTo(created.GetProperty("name").GetString()));
        Assert.That(read.GetProperty("version").GetInt32(), Is.EqualTo(1));
    }

    [TestCase("999999")]
    [TestCase("abc")]
    public async Task Update_UnknownBusiness_Returns404(string id) =>
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{id}", "\"1\"", TestData.Business())),
            HttpStatusCode.NotFound);

    [Test]
    public async Task Update_RecordsChangedFieldsInTheAuditTrail()
    {
        var body = TestData.Business();
        var (created, etag) = await TestData.RegisterBusiness(Officer, body);
        body["employees"] = 12;

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/v1/businesses/{created.GetProperty("id")}", etag, body)), HttpStatusCode.OK);

        var changes = await Factory.ScalarAsync<string>(
            "SELECT Changes FROM AuditEvents WHERE EntityType = 'business' AND EntityId = @Id AND Action = 'updated'",
            new { Id = created.GetProperty("id").GetString() });
        Assert.That(changes, Does.Contain("\"employees\":{\"from\":4,\"to\":12}"));
        Assert.That(changes, Does.Not.Contain("\"name\""));
    }
}
