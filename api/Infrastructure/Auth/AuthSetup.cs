using System.Globalization;
using System.Security.Claims;
using Dapper;
using MedanUmkm.Api.Infrastructure.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MedanUmkm.Api.Infrastructure.Auth;

public sealed class UserAccount;

public static class AuthSetup
{
    private sealed class UserCheck
    {
        public bool IsActive { get; init; }
        public string SecurityStamp { get; init; } = "";
        public string Role { get; init; } = "";
        public string Name { get; init; } = "";
    }

    private const string UserCheckSql = "SELECT IsActive, SecurityStamp, Role, Name FROM Users WHERE Id = @Id";

    public static IServiceCollection AddMedanAuth(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<AuthOptions>(config.GetSection(AuthOptions.Section));
        services.Configure<BootstrapOptions>(config.GetSection(BootstrapOptions.Section));
        services.AddSingleton<SigningKey>();
        services.AddSingleton<TokenService>();
        services.AddSingleton<RefreshTokens>();
        services.AddSingleton<SignInBackoff>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddScoped<CurrentActor>();

        services.AddAuthentication(o =>
            {
                // A request may carry either credential; the policy scheme picks by header.
                o.DefaultScheme = "BearerOrApiKey";
                o.DefaultChallengeScheme = "BearerOrApiKey";
            })
            .AddPolicyScheme("BearerOrApiKey", "Bearer token or API key", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey : AuthSchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, _ => { })
            .AddJwtBearer(AuthSchemes.Bearer, _ => { });

        services.AddOptions<JwtBearerOptions>(AuthSchemes.Bearer)
            .Configure<SigningKey, IOptions<AuthOptions>, TimeProvider>((o, key, auth, clock) =>
            {
                o.MapInboundClaims = false;
                // Token lifetimes are checked against the same clock that issued them (the injected one).
                o.TimeProvider = clock;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = key.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ValidateIssuerSigningKey = true,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // Lifetime (nbf/exp) against the injected clock, with the same skew as the default check.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                        LifetimeIsCurrent(notBefore, expires, clock.GetUtcNow().UtcDateTime, parameters.ClockSkew),
                    NameClaimType = "name",
                    RoleClaimType = "role",
                };
                o.Events = new JwtBearerEvents { OnTokenValidated = CheckUserStillValid };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(_ => false) // an endpoint without a declared policy is closed
                .Build())
            .AddPolicy(Policies.BusinessesRead, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
                IsStaff(ctx.User, Roles.All) || HasScope(ctx.User, Scopes.BusinessesRead) || HasScope(ctx.User, Scopes.BusinessesWrite)))
            .AddPolicy(Policies.BusinessesWrite, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
                IsStaff(ctx.User, Roles.Admin, Roles.Officer) || HasScope(ctx.User, Scopes.BusinessesWrite)))
            .AddPolicy(Policies.StaffRead, p => p.RequireAuthenticatedUser().RequireAssertion(ctx => IsStaff(ctx.User, Roles.All)))
            .AddPolicy(Policies.StaffWrite, p => p.RequireAuthenticatedUser().RequireAssertion(ctx => IsStaff(ctx.User, Roles.Admin, Roles.Officer)))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireAssertion(ctx => IsStaff(ctx.User, Roles.Admin)))
            .AddPolicy(Policies.Metrics, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
                IsStaff(ctx.User, Roles.Admin) || HasScope(ctx.User, Scopes.MetricsRead)))
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser());
        return services;
    }

    /// <summary>A token is current from nbf (less the skew) until exp (plus the skew); one without exp never is.</summary>
    public static bool LifetimeIsCurrent(DateTime? notBefore, DateTime? expires, DateTime utcNow, TimeSpan skew) =>
        expires is { } exp && utcNow <= exp.ToUniversalTime() + skew
        && (notBefore is not { } nbf || utcNow >= nbf.ToUniversalTime() - skew)
        && (notBefore is not { } n || exp > n);

    private static bool IsStaff(ClaimsPrincipal user, params string[] roles) =>
        user.FindFirstValue(MedanClaims.ActorType) is null or "user" && user.Identity?.AuthenticationType == AuthSchemes.Bearer
        && roles.Contains(user.FindFirstValue(ClaimTypes.Role));

    private static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindFirstValue(MedanClaims.ActorType) == "api_key" && user.HasClaim(MedanClaims.Scope, scope);

    /// <summary>
    /// A valid signature is not enough: the user must still exist, be active, and have the same
    /// security stamp (changed on disable, role change and password change), so that such a
    /// change ends the user's tokens at once. The role is taken from the database, not the token.
    /// </summary>
    private static async Task CheckUserStillValid(TokenValidatedContext ctx)
    {
        var principal = ctx.Principal!;
        if (!int.TryParse(principal.FindFirstValue("sub"), out var userId))
        {
            ctx.Fail("Token has no subject.");
            return;
        }
        var connections = ctx.HttpContext.RequestServices.GetRequiredService<ConnectionFactory>();
        await using var connection = await connections.OpenAsync(ctx.HttpContext.RequestAborted);
        var user = await connection.QuerySingleOrDefaultAsync<UserCheck>(UserCheckSql, new { Id = userId });
        if (user is null || !user.IsActive || user.SecurityStamp != principal.FindFirstValue(MedanClaims.SecurityStamp))
        {
            ctx.Fail("Token is no longer valid.");
            return;
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Name),
            new Claim(ClaimTypes.Role, user.Role),
            new Claim(ClaimTypes.Email, principal.FindFirstValue("email") ?? ""),
            new Claim(MedanClaims.ActorType, "user"),
        ], AuthSchemes.Bearer, ClaimTypes.Name, ClaimTypes.Role);
        ctx.Principal = new ClaimsPrincipal(identity);
    }
}
