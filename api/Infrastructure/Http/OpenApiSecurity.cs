using System.Reflection;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// Each operation's security, from the same table that enforces it (<see cref="AccessPolicies"/>):
/// no requirement for anonymous operations; Bearer only where no API key is admitted; Bearer or
/// ApiKey where a key with one of the policy's scopes is admitted. OpenAPI 3.0 keeps the scopes of an
/// apiKey requirement empty, so the accepted scopes (any one of them) are in <c>x-api-key-scopes</c>
/// and in the description.
/// </summary>
internal sealed class OperationSecurity : IOperationFilter
{
    public const string ScopesExtension = "x-api-key-scopes";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return;
        }
        // Each operation names one policy (AuthorizationMatrixTests); anything else is refused or
        // unknown here, so the document states the strictest: Bearer only.
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Distinct().ToList();
        var policy = policies.Count == 1 ? AccessPolicies.Find(policies[0]) : null;
        var acceptsKey = policy is { AcceptsApiKey: true };
        var scopes = policy?.KeyScopes ?? [];

        operation.Security = [Requirement(AuthSchemes.Bearer, context)];
        if (!acceptsKey) return;
        operation.Security.Add(Requirement(AuthSchemes.ApiKey, context));
        if (scopes.Count == 0) return;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[ScopesExtension] = new JsonNodeExtension(new JsonArray([.. scopes.Select(s => (JsonNode)s)]));
        var line = $"API key scope: {string.Join(" or ", scopes)}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? line : operation.Description + "\n\n" + line;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OperationFilterContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };
}

/// <summary>Marks a list of scope strings whose schema is an array of the <see cref="ApiKeyScope"/> enum.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ApiKeyScopesAttribute : Attribute;

/// <summary>
/// Scope lists (marked <see cref="ApiKeyScopesAttribute"/>) are arrays of the <see cref="ApiKeyScope"/>
/// enum in the document, so that generated clients get a type. The API keeps them as strings and
/// validates them against <see cref="Scopes.All"/>, which answers a field error for an unknown one.
/// </summary>
internal sealed class ApiKeyScopeSchemas : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null || context.Type is null) return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<ApiKeyScopesAttribute>() is not null))
        {
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!target.Properties.TryGetValue(name, out var existing)) continue;
            target.Properties[name] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Description = existing.Description,
                Items = context.SchemaGenerator.GenerateSchema(typeof(ApiKeyScope), context.SchemaRepository),
                MinItems = existing.MinItems,
                MaxItems = existing.MaxItems,
                UniqueItems = existing.UniqueItems,
            };
        }
    }
}
