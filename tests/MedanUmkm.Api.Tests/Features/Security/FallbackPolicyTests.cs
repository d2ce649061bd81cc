using System.Security.Claims;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// A new endpoint that forgets to say who may call it is closed to everyone: the fallback policy
/// (which applies to endpoints without authorisation metadata) refuses even an admin and a key
/// with every scope. The matrix test separately fails any documented endpoint without a declaration.
/// </summary>
public sealed class FallbackPolicyTests : ApiTest
{
    [TestCase(AuthSchemes.Bearer, "user", Roles.Admin)]
    [TestCase(AuthSchemes.ApiKey, "api_key", null)]
    public async Task TheFallbackPolicy_RefusesEvenTheMostPrivilegedCaller(string scheme, string actorType, string? role)
    {
        var provider = Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = Factory.Services.GetRequiredService<IAuthorizationService>();
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "1"), new(MedanClaims.ActorType, actorType) };
        if (role is not null) claims.Add(new Claim(ClaimTypes.Role, role));
        claims.AddRange(Scopes.All.Select(s => new Claim(MedanClaims.Scope, s)));
        var caller = new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
        var adminPolicy = await provider.GetPolicyAsync(scheme == AuthSchemes.Bearer ? Policies.Admin : Policies.BusinessesWrite);

        var fallback = await provider.GetFallbackPolicyAsync();

        Assert.That(fallback, Is.Not.Null);
        Assert.That((await authorization.AuthorizeAsync(caller, null, fallback!)).Succeeded, Is.False);
        // The same caller passes a real policy, so the refusal is the fallback's doing.
        Assert.That((await authorization.AuthorizeAsync(caller, null, adminPolicy!)).Succeeded, Is.True);
    }
}
