using System.Reflection;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MedanUmkm.Api.Infrastructure.Http;

public static class OpenApiSetup
{
    public static IServiceCollection AddMedanOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ValidatorRules>();
        services.AddSwaggerGen(c =>
        {
            c.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "MedanUmkm API",
                Version = "v1",
                Description = "System of record of Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan: " +
                              "fostered businesses (UMKM), products and e-katalog readiness, trainings, export assistance, " +
                              "groups, aid and loan facilitation. Authorise with a bearer token from POST /api/v1/auth/token " +
                              "or an X-Api-Key.",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml");
            if (File.Exists(xml)) c.IncludeXmlComments(xml, includeControllerXmlComments: false);
            c.AddSecurityDefinition(AuthSchemes.Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Token from POST /api/v1/auth/token.",
            });
            c.AddSecurityDefinition(AuthSchemes.ApiKey, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = AuthSchemes.ApiKeyHeader,
                Description = "Integration key created by an admin at /api/v1/api-keys.",
            });
            c.OperationFilter<CamelCaseQueryParameters>();
            c.OperationFilter<ConflictResponses>();
            c.OperationFilter<OperationSecurity>();
            c.SchemaFilter<ApiKeyScopeSchemas>();
            c.OperationFilter<AuthAndRateLimitResponses>();
            c.OperationFilter<PagingParameterBounds>();
            c.OperationFilter<IfMatchHeader>();
            OpenApiConventions.Add(c);
            c.OperationFilter<ResponsesInStatusOrder>();
            c.SupportNonNullableReferenceTypes();
            c.NonNullableReferenceTypesAsRequired();
            c.UseAllOfToExtendReferenceSchemas();
            c.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>Nested use-case types get their use case as prefix: RegisterBusiness.Command -> RegisterBusinessCommand.</summary>
    private static string SchemaId(Type t) => t.IsGenericType
        ? t.Name.Split('`')[0] + "Of" + string.Join("And", t.GetGenericArguments().Select(SchemaId))
        : (t.IsNested ? t.DeclaringType!.Name : "") + t.Name;
}

/// <summary>[AsParameters] records bind case-insensitively; document their query names as the API spells them (camelCase).</summary>
internal sealed class CamelCaseQueryParameters : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null) return;
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query && p.Name is { Length: > 0 }))
            p.Name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name!);
    }
}

/// <summary>Every documented 409 answers with <see cref="Errors.ConflictProblem"/>, so integrators see its code and extensions.</summary>
internal sealed class ConflictResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null || !operation.Responses.TryGetValue("409", out var response) || response.Content is null) return;
        var schema = context.SchemaGenerator.GenerateSchema(typeof(Errors.ConflictProblem), context.SchemaRepository);
        foreach (var media in response.Content.Values) media.Schema = schema;
    }
}

/// <summary>
/// The problems the pipeline itself answers with, documented by convention rather than per route:
/// 401 (no or bad credentials) and 403 (a role the policy does not admit) on every protected
/// operation, and 429 (the global rate limiter, or the sign-in limiter) on every operation.
/// </summary>
internal sealed class AuthAndRateLimitResponses : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= new OpenApiResponses();
        var anonymous = metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
        if (!anonymous)
        {
            Add(operation, context, "401", "Unauthorized: no credentials, or a token or API key that is invalid, expired or revoked.");
            // A policy other than "any signed-in caller" refuses roles it does not admit.
            var policies = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).ToList();
            if (policies.Count == 0 || policies.Any(p => p != Auth.Policies.Authenticated))
                Add(operation, context, "403", "Forbidden: the caller's role or key may not do this.");
        }
        if (!metadata.OfType<Microsoft.AspNetCore.RateLimiting.DisableRateLimitingAttribute>().Any())
            Add(operation, context, "429", "Too many requests: wait for the seconds in Retry-After.");
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        var schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
        };
    }
}

/// <summary>
/// Documents the bounds <see cref="PagingRules"/> enforces on list operations: page 1..1,000,000 and
/// pageSize 1..<see cref="PagingRules.MaxPageSize"/>, with the query's defaults.
/// </summary>
internal sealed class PagingParameterBounds : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null) return;
        foreach (var p in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var (max, fallback) = p.Name switch
            {
                "page" => (PagingRules.MaxPage, 1),
                "pageSize" => (PagingRules.MaxPageSize, PagingRules.DefaultPageSize),
                _ => (0, 0),
            };
            if (max == 0 || p.Schema is not OpenApiSchema schema) continue;
            var declared = context.ApiDescription.ParameterDescriptions
                .FirstOrDefault(d => string.Equals(d.Name, p.Name, StringComparison.OrdinalIgnoreCase))?.DefaultValue;
            schema.Minimum = "1";
            schema.Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
            schema.Default = System.Text.Json.Nodes.JsonValue.Create(declared is int d ? d : fallback);
        }
    }
}

/// <summary>
/// Operations that bind <see cref="ExpectedVersion"/> document the If-Match header they require (the
/// ETag read from the resource); the binder answers 428 without it and 412 when it is stale.
/// </summary>
internal sealed class IfMatchHeader : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.MethodInfo is null || !ConditionalRequests.TakesIfMatch(context.MethodInfo)) return;
        operation.Parameters ??= [];
        if (operation.Parameters.Any(p => p.In == ParameterLocation.Header && p.Name == "If-Match")) return;
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = true,
            Description = "The ETag read with the resource (\"7\"), or *. Without it: 428; when the resource has changed since: 412.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = InputLimits.MaxIfMatch },
        });
    }
}

/// <summary>Responses listed by status code, whichever order the route and the conventions declared them in.</summary>
internal sealed class ResponsesInStatusOrder : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null || operation.Responses.Count < 2) return;
        var sorted = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (code, response) in sorted) operation.Responses[code] = response;
    }
}
