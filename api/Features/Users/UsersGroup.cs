using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Users;

/// <summary>/api/v1/users: staff accounts (admins only), and /api/v1/staff, the names cases are assigned to. Each use case maps its own route.</summary>
public sealed class UsersGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        ListAssignableStaff.Map(app.MapGroup("").WithTags("Users"));
        var group = app.MapGroup("/users").WithTags("Users").Versioned("User", "Users");
        ListUsers.Map(group);
        GetUser.Map(group);
        CreateUser.Map(group);
        ChangeUserRole.Map(group);
        ChangeUserStatus.Map(group);
        UnlockUser.Map(group);
        ResetUserPassword.Map(group);
    }
}
