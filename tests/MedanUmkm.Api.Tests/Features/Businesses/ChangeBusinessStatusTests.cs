using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Businesses;

public sealed class ChangeBusinessStatusTests : ApiTest
{
    [Test]
    public async Task Deactivate_ThenReactivate_ChangesStatusAndVersion()
    {
        var (created, etag) = await TestData.RegisterBusiness(Officer);
        var id = created.GetProperty("id").GetString();

        var deactivated = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.OK);
        Assert.That(deactivated.GetProperty("status").GetString(), Is.EqualTo("inactive"));

        var reactivated = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/reactivate", "\"2\"")), HttpStatusCode.OK);
        Assert.That(reactivated.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(reactivated.GetProperty("version").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Deactivate_WhenAlreadyInactive_Returns409()
    {
        var (created, etag) = await TestData.RegisterBusiness(Officer);
        var id = created.GetProperty("id").GetString();
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", etag)), HttpStatusCode.OK);

        var problem = await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", "\"2\"")), HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("already_inactive"));
    }

    [Test]
    public async Task Deactivate_WithoutIfMatch_Returns428_WithStaleOne_Returns412()
    {
        var (created, _) = await TestData.RegisterBusiness(Officer);
        var id = created.GetProperty("id").GetString();

        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", null)), HttpStatusCode.PreconditionRequired);
        await Expect(await Officer.SendAsync(WithIfMatch(HttpMethod.Post, $"/api/v1/businesses/{id}/deactivate", "\"7\"")), HttpStatusCode.PreconditionFailed);
    }
}
