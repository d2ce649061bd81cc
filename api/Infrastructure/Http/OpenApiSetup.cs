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
            c.AddSecurityRequirement(doc => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(AuthSchemes.Bearer, doc)] = [],
            });
            c.AddSecurityRequirement(doc => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(AuthSchemes.ApiKey, doc)] = [],
            });
            c.OperationFilter<CamelCaseQueryParameters>();
            c.OperationFilter<ConflictResponses>();
            c.OperationFilter<AnonymousOperationsHaveNoLock>();
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

/// <summary>
/// The document requires a bearer token or an API key everywhere; operations that allow
/// anonymous callers (sign-in, public catalog) override that with an empty requirement, so
/// Swagger UI shows no lock on them.
/// </summary>
internal sealed class AnonymousOperationsHaveNoLock : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
            operation.Security = [];
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
