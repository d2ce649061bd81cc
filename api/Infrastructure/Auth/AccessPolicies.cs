namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>
/// Who a policy admits: the staff roles (signed in with a bearer token) and the API key scopes (any
/// one of them). <see cref="AnyCaller"/>: every authenticated caller, staff or key, whatever its scopes.
/// </summary>
public sealed record AccessPolicy(string Name, IReadOnlyList<string> StaffRoles, IReadOnlyList<string> KeyScopes, bool AnyCaller = false)
{
    /// <summary>Whether an API key can be admitted at all (the ApiKey scheme is then listed in the document).</summary>
    public bool AcceptsApiKey => AnyCaller || KeyScopes.Count > 0;
}

/// <summary>
/// The one table of authorisation: <see cref="AuthSetup"/> builds the policies from it, and the OpenAPI
/// document states each operation's schemes and scopes from it (OpenApiSecurity.cs), so
/// what the document says and what the server enforces cannot drift apart.
/// </summary>
public static class AccessPolicies
{
    private static readonly string[] AnyStaff = Roles.All;
    private static readonly string[] Writers = [Roles.Admin, Roles.Officer];

    public static readonly IReadOnlyList<AccessPolicy> All =
    [
        new(Policies.BusinessesRead, AnyStaff, [Scopes.BusinessesRead, Scopes.BusinessesWrite]),
        new(Policies.BusinessesWrite, Writers, [Scopes.BusinessesWrite]),
        new(Policies.StaffRead, AnyStaff, []),
        new(Policies.StaffWrite, Writers, []),
        new(Policies.TrainingRead, AnyStaff, [Scopes.TrainingRead, Scopes.TrainingWrite]),
        new(Policies.TrainingWrite, Writers, [Scopes.TrainingWrite]),
        new(Policies.ExportCasesRead, AnyStaff, [Scopes.ExportCasesRead, Scopes.ExportCasesWrite]),
        new(Policies.ExportCasesWrite, Writers, [Scopes.ExportCasesWrite]),
        new(Policies.GroupsRead, AnyStaff, [Scopes.GroupsRead]),
        new(Policies.AidRead, AnyStaff, [Scopes.AidRead]),
        new(Policies.LoansRead, AnyStaff, [Scopes.LoansRead, Scopes.LoansWrite]),
        new(Policies.LoansWrite, Writers, [Scopes.LoansWrite]),
        new(Policies.ReportsRead, AnyStaff, [Scopes.ReportsRead]),
        new(Policies.DashboardRead, AnyStaff, [Scopes.DashboardRead]),
        new(Policies.Admin, [Roles.Admin], []),
        new(Policies.Metrics, [Roles.Admin], [Scopes.MetricsRead]),
        new(Policies.Authenticated, AnyStaff, [], AnyCaller: true),
    ];

    private static readonly Dictionary<string, AccessPolicy> ByName = All.ToDictionary(p => p.Name);

    public static AccessPolicy? Find(string? name) => name is not null && ByName.TryGetValue(name, out var p) ? p : null;
}
