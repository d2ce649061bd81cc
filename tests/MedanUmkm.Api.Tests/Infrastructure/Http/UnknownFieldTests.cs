using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// Request schemas say additionalProperties: false; a field the endpoint does not take is a 400
/// naming it (code unknown_field), not silently dropped.
/// </summary>
public sealed class UnknownFieldTests : ApiTest
{
    protected override bool MayShareHost => true; // only calls the API

    private static async Task AssertUnknownField(HttpResponseMessage response, string field)
    {
        var problem = await ExpectFieldError(response, field);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unknown_field"));
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task RegisterBusiness_WithAnUnknownField_Returns400NamingIt_AndRegistersNothing()
    {
        var body = TestData.Business();
        body["ownerNpwp"] = "01.234.567.8-901.000";
        var nib = body["nib"]!.GetValue<string>();

        await AssertUnknownField(await Officer.PostAsJsonAsync("/api/v1/businesses", body), "ownerNpwp");

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses WHERE Nib = @nib", new { nib }), Is.EqualTo(0));
    }

    [Test]
    public async Task RegisterBusiness_WithAnUnknownFieldInANestedObject_NamesItsPath()
    {
        var body = TestData.Business();
        body["kbli"] = new JsonArray(new JsonObject { ["code"] = "10792", ["version"] = "2020", ["title"] = "Roti" });

        await AssertUnknownField(await Officer.PostAsJsonAsync("/api/v1/businesses", body), "kbli[0].title");
    }

    [Test]
    public async Task CreateUser_WithAnUnknownField_Returns400NamingIt()
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/users",
            new { email = $"staf{TestData.Next()}@medanumkm.go.id", name = "Rahmat Hidayat", role = "viewer", password = "Sungai Deli 2026", isActive = false });

        await AssertUnknownField(response, "isActive");
    }

    [Test]
    public async Task ChangePassword_WithAnUnknownField_Returns400NamingIt()
    {
        var response = await Officer.PostAsJsonAsync("/api/v1/auth/change-password",
            new { currentPassword = ApiFactory.Password, newPassword = "Sungai Deli 2026", role = "admin" });

        await AssertUnknownField(response, "role");
    }
}
