using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// What a production deployment serves and creates by default: no Swagger UI or document unless
/// Swagger:Enabled says so, and no demo accounts (whose passwords the README prints) unless
/// Demo:AllowOutsideDevelopment forces them.
/// </summary>
[Parallelizable(ParallelScope.All)] // the tests run beside each other: each test boots its own host
public sealed class ProductionSwitchesTests
{
    private static WebApplicationFactory<Program> Api(string environment, IDictionary<string, string>? settings = null) =>
        new ApiFactory(settings).WithWebHostBuilder(b => b.UseEnvironment(environment));

    // The tests that only read from a production API with the default settings, or with Swagger enabled,
    // share one of each (a start costs more than the requests they make). Started inside the Lazy: the
    // factory's own first-use start is not safe for tests running beside each other.
    private readonly Lazy<WebApplicationFactory<Program>> _production = new(() => Started(Api("Production")));
    private readonly Lazy<WebApplicationFactory<Program>> _productionWithSwagger =
        new(() => Started(Api("Production", new Dictionary<string, string> { ["Swagger:Enabled"] = "true" })));

    private static WebApplicationFactory<Program> Started(WebApplicationFactory<Program> api)
    {
        _ = api.Server;
        return api;
    }

    [OneTimeTearDown]
    public async Task StopSharedApis()
    {
        if (_production.IsValueCreated) await _production.Value.DisposeAsync();
        if (_productionWithSwagger.IsValueCreated) await _productionWithSwagger.Value.DisposeAsync();
    }

    private static HttpClient Client(WebApplicationFactory<Program> api) =>
        api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    private static async Task<int> Count(WebApplicationFactory<Program> api, string sql)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteScalarAsync<int>(sql);
    }

    [TestCase("/swagger/index.html")]
    [TestCase("/swagger/v1/swagger.json")]
    public async Task InProduction_SwaggerIsNotServedByDefault(string path)
    {
        var response = await Client(_production.Value).GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase("/swagger/index.html")]
    [TestCase("/swagger/v1/swagger.json")]
    public async Task InProduction_SwaggerEnabled_ServesIt(string path)
    {
        var response = await Client(_productionWithSwagger.Value).GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // Two tests (one host each) rather than one that starts both hosts in turn: they run beside each other.
    [Test]
    public async Task InDevelopment_SwaggerIsServedByDefault()
    {
        using var api = Api("Development");
        Assert.That((await Client(api).GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task InDevelopment_SwaggerEnabledFalse_TurnsItOff()
    {
        using var off = Api("Development", new Dictionary<string, string> { ["Swagger:Enabled"] = "false" });
        Assert.That((await Client(off).GetAsync("/swagger/v1/swagger.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public void InProduction_DemoSeed_StopsTheStart_WithAReason()
    {
        using var api = Api("Production", new Dictionary<string, string> { ["Demo:Seed"] = "true" });

        var error = Assert.Catch(() => Client(api));

        Assert.That(error!.ToString(), Does.Contain("Demo__AllowOutsideDevelopment"));
    }

    [Test]
    public async Task InProduction_DemoSeed_WithAllowOutsideDevelopment_SeedsTheDemoData()
    {
        using var api = new ApiFactory(new Dictionary<string, string>
        {
            ["Demo:Seed"] = "true", ["Demo:AllowOutsideDevelopment"] = "true",
        });
        using var production = api.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        Client(production);

        Assert.That(await Count(production, "SELECT COUNT(*) FROM Users WHERE Email LIKE '%demo%' OR Role <> 'admin'"), Is.GreaterThan(0));
    }

    [Test]
    public async Task InProduction_WithoutDemoSeed_StartsWithoutDemoData()
    {
        var production = _production.Value;

        var response = await Client(production).GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Count(production, "SELECT COUNT(*) FROM Businesses"), Is.EqualTo(0));
    }
}
