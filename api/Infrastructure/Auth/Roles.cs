namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>Staff roles, lower-case as they appear in the API.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Officer = "officer";
    public const string Viewer = "viewer";
    public static readonly string[] All = [Admin, Officer, Viewer];
}

/// <summary>Scopes an API key can carry.</summary>
public static class Scopes
{
    public const string CatalogRead = "catalog:read";
    public const string BusinessesRead = "businesses:read";
    public const string BusinessesWrite = "businesses:write";
    /// <summary>Unmasked personal data (NIK, an individual's 16-digit NPWP, phone, e-mail, address) for an integration that needs it.</summary>
    public const string PersonalDataRead = "personal-data:read";
    /// <summary>The Prometheus scrape endpoint /metrics (a monitoring system's key).</summary>
    public const string MetricsRead = "metrics:read";
    public static readonly string[] All = [CatalogRead, BusinessesRead, BusinessesWrite, PersonalDataRead, MetricsRead];
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
    /// <summary>Any signed-in staff member (no API key): trainings, cases, groups, dashboards.</summary>
    public const string StaffRead = "staff.read";
    /// <summary>Officer or admin (no API key): trainings, cases, groups, aid, loans.</summary>
    public const string StaffWrite = "staff.write";
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
