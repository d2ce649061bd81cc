namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>Staff roles, lower-case as they appear in the API.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string Viewer = "viewer";
    public static readonly string[] All = [Admin, Officer, Viewer];
}

/// <summary>
/// Scopes an API key can carry, as they appear on the wire (the <see cref="ApiKeyScope"/> enum of the
/// OpenAPI document). A write scope of an area also reads it. Which operations each scope opens is
/// the table <see cref="AccessPolicies"/>.
/// </summary>
public static class Scopes
{
    public const string CatalogRead = "catalog:read";
    public const string BusinessesRead = "businesses:read";
    public const string BusinessesWrite = "businesses:write";
    /// <summary>Unmasked personal data (NIK, an individual's 16-digit NPWP, phone, e-mail, address) for an integration that needs it.</summary>
    public const string PersonalDataRead = "personal-data:read";
    /// <summary>The Prometheus scrape endpoint /metrics (a monitoring system's key).</summary>
    public const string MetricsRead = "metrics:read";
    /// <summary>Training sessions, registrations and a business's trainings.</summary>
    public const string TrainingRead = "training:read";
    /// <summary>Registering businesses for sessions, cancelling registrations, recording attendance (and training:read).</summary>
    public const string TrainingWrite = "training:write";
    /// <summary>Export assistance cases, their documents and timeline.</summary>
    public const string ExportCasesRead = "export-cases:read";
    /// <summary>Opening and updating export cases, their stage, notes and documents (and export-cases:read).</summary>
    public const string ExportCasesWrite = "export-cases:write";
    /// <summary>Business groups and their members.</summary>
    public const string GroupsRead = "groups:read";
    /// <summary>Aid distributions and their handover documents.</summary>
    public const string AidRead = "aid:read";
    /// <summary>Loan referrals.</summary>
    public const string LoansRead = "loans:read";
    /// <summary>Referring a business to a bank and recording the bank's decision (and loans:read).</summary>
    public const string LoansWrite = "loans:write";
    /// <summary>The reports of training, export, aid and loans.</summary>
    public const string ReportsRead = "reports:read";
    /// <summary>The dashboard's figures.</summary>
    public const string DashboardRead = "dashboard:read";

    public static readonly string[] All =
    [
        CatalogRead, BusinessesRead, BusinessesWrite, PersonalDataRead, MetricsRead, TrainingRead, TrainingWrite,
        ExportCasesRead, ExportCasesWrite, GroupsRead, AidRead, LoansRead, LoansWrite, ReportsRead, DashboardRead,
    ];
}

/// <summary>A scope of an API key. A write scope also reads its area; personal-data:read unmasks personal fields in what the other scopes read.</summary>
// The same strings as Scopes (which the API stores and compares): this enum is their schema in the OpenAPI document.
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ApiKeyScope>))]
public enum ApiKeyScope
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.CatalogRead)] CatalogRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.BusinessesRead)] BusinessesRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.BusinessesWrite)] BusinessesWrite,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.PersonalDataRead)] PersonalDataRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.MetricsRead)] MetricsRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.TrainingRead)] TrainingRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.TrainingWrite)] TrainingWrite,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.ExportCasesRead)] ExportCasesRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.ExportCasesWrite)] ExportCasesWrite,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.GroupsRead)] GroupsRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.AidRead)] AidRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.LoansRead)] LoansRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.LoansWrite)] LoansWrite,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.ReportsRead)] ReportsRead,
    [System.Text.Json.Serialization.JsonStringEnumMemberName(Scopes.DashboardRead)] DashboardRead,
}

/// <summary>
/// Authorisation policies. Every endpoint names one of these (or AllowAnonymous); an endpoint
/// that names none is refused by the fallback policy, so a new endpoint is closed until it says
/// who may call it.
/// </summary>
public static class Policies
{
    /// <summary>Any staff role, or an API key with businesses:read (registry, products, reference data).</summary>
    public const string BusinessesRead = "businesses.read";
    /// <summary>Officer or admin, or an API key with businesses:write.</summary>
    public const string BusinessesWrite = "businesses.write";
    /// <summary>Any signed-in staff member (no API key): e-katalog transitions and tax status, imports, assignable staff.</summary>
    public const string StaffRead = "staff.read";
    /// <summary>Officer or admin (no API key): planning trainings, groups, aid, e-katalog, imports.</summary>
    public const string StaffWrite = "staff.write";
    /// <summary>Any staff role, or an API key with training:read or training:write.</summary>
    public const string TrainingRead = "training.read";
    /// <summary>Officer or admin, or an API key with training:write: registrations and attendance.</summary>
    public const string TrainingWrite = "training.write";
    /// <summary>Any staff role, or an API key with export-cases:read or export-cases:write.</summary>
    public const string ExportCasesRead = "export-cases.read";
    /// <summary>Officer or admin, or an API key with export-cases:write.</summary>
    public const string ExportCasesWrite = "export-cases.write";
    /// <summary>Any staff role, or an API key with groups:read.</summary>
    public const string GroupsRead = "groups.read";
    /// <summary>Any staff role, or an API key with aid:read.</summary>
    public const string AidRead = "aid.read";
    /// <summary>Any staff role, or an API key with loans:read or loans:write.</summary>
    public const string LoansRead = "loans.read";
    /// <summary>Officer or admin, or an API key with loans:write.</summary>
    public const string LoansWrite = "loans.write";
    /// <summary>Any staff role, or an API key with reports:read.</summary>
    public const string ReportsRead = "reports.read";
    /// <summary>Any staff role, or an API key with dashboard:read.</summary>
    public const string DashboardRead = "dashboard.read";
    /// <summary>Admin only: users, API keys, audit trail.</summary>
    public const string Admin = "admin";
    /// <summary>Admin, or an API key with metrics:read: the Prometheus scrape endpoint /metrics.</summary>
    public const string Metrics = "metrics";
    /// <summary>Any authenticated caller, user or key (who-am-I).</summary>
    public const string Authenticated = "authenticated";
}

public static class AuthSchemes
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}

public static class MedanClaims
{
    public const string Scope = "scope";
    public const string SecurityStamp = "stamp";
    public const string ActorType = "actor_type";
}
