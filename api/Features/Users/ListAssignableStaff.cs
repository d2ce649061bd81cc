using System.Globalization;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Users;

/// <summary>
/// Active officers and admins, by name: who a case can be assigned to. Officers need this list
/// to hand a case to a colleague; it carries no e-mail or other account data (GET /users does,
/// for admins).
/// </summary>
public static class ListAssignableStaff
{
    /// <summary>Mapped at /api/v1/staff (outside /users: officers read it too).</summary>
    public static void Map(RouteGroupBuilder root) => root
        .MapGet("/staff", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(ListAssignableStaff))
        .WithSummary("Active officers and admins a case can be assigned to (names only)")
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Query : IQuery<IReadOnlyList<StaffMember>>;

    /// <param name="Id" example="2">User id (as assignedOfficerId).</param>
    /// <param name="Name" example="Siti Nurhaliza Lubis">Display name.</param>
    /// <param name="Role" example="officer">officer or admin.</param>
    public sealed record StaffMember(string Id, string Name, string Role);

    private sealed class Row
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<StaffMember>>
    {
        private const string Sql = """
            SELECT Id, Name, Role FROM Users
            WHERE IsActive = 1 AND Role IN (@Officer, @Admin)
            ORDER BY Name, Id
            """;

        public async ValueTask<IReadOnlyList<StaffMember>> Handle(Query query, CancellationToken ct) =>
            (await db.QueryAsync<Row>(Sql, new { Officer = Roles.Officer, Admin = Roles.Admin }, ct))
                .Select(r => new StaffMember(r.Id.ToString(CultureInfo.InvariantCulture), r.Name, r.Role)).ToList();
    }
}
