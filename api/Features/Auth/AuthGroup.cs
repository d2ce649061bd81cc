using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>
/// /api/v1/auth: sign-in, the browser's session and one's own password. Each use case maps its own route
/// with its own access rule (sign-in, refresh and sign-out are anonymous; changing a password is rate-limited).
/// </summary>
public sealed class AuthGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Auth");
        IssueToken.Map(group);
        RefreshSession.Map(group);
        SignOut.Map(group);
        GetCurrentUser.Map(group);
        ChangePassword.Map(group);
    }
}
