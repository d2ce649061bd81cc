using System.Security.Claims;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>Who is calling: a staff user, an API key, or nobody (public catalog, health).</summary>
public sealed class CurrentActor(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    /// <summary>
    /// <c>user</c>, <c>api_key</c>, <c>anonymous</c> (an HTTP caller without credentials: public
    /// catalog, sign-in) or <c>system</c> (no HTTP caller, e.g. the demo seeder).
    /// </summary>
    public string Type => accessor.HttpContext is null ? "system"
        : !IsAuthenticated ? "anonymous"
        : Principal!.FindFirstValue(MedanClaims.ActorType) ?? "user";

    public string? Id => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? Name => Principal?.FindFirstValue(ClaimTypes.Name);
    public string? Role => Principal?.FindFirstValue(ClaimTypes.Role);
    public int? UserId => Type == "user" && int.TryParse(Id, out var id) ? id : null;

    public bool HasScope(string scope) => Principal?.HasClaim(MedanClaims.Scope, scope) == true;

    /// <summary>Personal data (NIK, an individual's NPWP, phone, address, e-mail; see Privacy.PersonalData) unmasked: admins, officers and keys with personal-data:read.</summary>
    public bool CanSeePersonalData =>
        Role is Roles.Admin or Roles.Officer || HasScope(Scopes.PersonalDataRead) || Type == "system";
}
