using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Users;

/// <summary>A staff account. The password hash and security stamp never leave the server.</summary>
/// <param name="Id" example="2">User id.</param>
/// <param name="Email" example="officer@medanumkm.go.id">Sign-in e-mail (lower case).</param>
/// <param name="Name" example="Siti Nurhaliza">Display name.</param>
/// <param name="Role" example="officer">admin, officer or viewer.</param>
/// <param name="IsActive" example="true">False when disabled: the user cannot sign in and existing tokens stop working.</param>
/// <param name="LockedUntil">Set while some address must wait before trying this account again after repeated failed sign-ins
/// (the latest such time); other addresses, the owner's among them, can still sign in. POST /users/{id}/unlock clears it.</param>
/// <param name="LastLoginAt">Last successful sign-in.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version" example="1">Version; also sent as the ETag.</param>
public sealed record UserResponse(
    string Id, string Email, string Name, string Role, bool IsActive, DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version) : IVersioned;
