using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Users;

/// <summary>Route table of /api/v1/users (admins only).</summary>
public sealed class UsersEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/users").WithTags("Users");

        app.MapGet("/staff", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListAssignableStaff.Query(), ct)))
            .WithTags("Users")
            .WithName(nameof(ListAssignableStaff))
            .WithSummary("Active officers and admins a case can be assigned to (names only)")
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/", async ([AsParameters] ListUsers.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListUsers))
            .WithSummary("List staff accounts")
            .WithDescription("Paging, sort, free text (q) over name and e-mail, filters by role and active.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(new GetUser.Query(UserSql.ParseId(id)), ct);
                ETags.Set(http, user.Version);
                return TypedResults.Ok(user);
            })
            .WithName(nameof(GetUser))
            .WithSummary("Read one staff account (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Admin);

        group.MapPost("/", async ([FromBody] CreateUser.Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/users/{created.Id}", created);
            })
            .WithName(nameof(CreateUser))
            .WithSummary("Create a staff account")
            .WithDescription("Initial password: " + PasswordPolicy.Description + " A used e-mail is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Admin);

        group.MapPut("/{id}/role", async (string id, [FromBody] ChangeUserRole.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var userId = UserSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "User", id, "Users", userId);
                var updated = await sender.Send(new ChangeUserRole.Command(userId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(ChangeUserRole))
            .WithSummary("Change a user's role (If-Match required)")
            .WithDescription("Ends the user's current tokens. Your own role, and the role of the last active admin, cannot be changed (409).")
            .WithUpdateProblems()
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);

        MapStatusChange(group, "/{id}/disable", false, "DisableUser",
            "Disable a user (If-Match required)", "Ends the user's current tokens. You cannot disable yourself or the last active admin (409).");
        MapStatusChange(group, "/{id}/enable", true, "EnableUser",
            "Enable a disabled user (If-Match required)", "Also clears a sign-in lockout.");

        group.MapPost("/{id}/unlock", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var unlocked = await sender.Send(new UnlockUser.Command(UserSql.ParseId(id)), ct);
                ETags.Set(http, unlocked.Version);
                return TypedResults.Ok(unlocked);
            })
            .WithName(nameof(UnlockUser))
            .WithSummary("Lift a user's sign-in back-off")
            .WithDescription("Every address that must wait after repeated failed sign-ins for this account may try again at once. " +
                "Audited. Needs no If-Match: the account itself does not change.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Admin);

        group.MapPost("/{id}/reset-password", async (string id, [FromBody] ResetUserPassword.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var userId = UserSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "User", id, "Users", userId);
                var updated = await sender.Send(new ResetUserPassword.Command(userId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(ResetUserPassword))
            .WithSummary("Set a new password for a user (If-Match required)")
            .WithDescription(PasswordPolicy.Description + " Ends the user's current tokens and clears a lockout.")
            .WithUpdateProblems()
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);
    }

    private static void MapStatusChange(RouteGroupBuilder group, string pattern, bool active, string name, string summary, string description) =>
        group.MapPost(pattern, async Task<Ok<UserResponse>> (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var userId = UserSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "User", id, "Users", userId);
                var changed = await sender.Send(new ChangeUserStatus.Command(userId, version, active), ct);
                ETags.Set(http, changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description)
            .WithUpdateProblems()
            .RequireAuthorization(Policies.Admin);
}
