using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>Route table of /api/v1/api-keys (admins only).</summary>
public sealed class ApiKeysEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api-keys").WithTags("API keys");

        group.MapGet("/", async ([AsParameters] ListApiKeys.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListApiKeys))
            .WithSummary("List API keys (without their secrets)")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var key = await sender.Send(new GetApiKey.Query(ApiKeySql.ParseId(id)), ct);
                ETags.Set(http, key.Version);
                return TypedResults.Ok(key);
            })
            .WithName(nameof(GetApiKey))
            .WithSummary("Read one API key (with ETag, without its secret)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Admin);

        group.MapPost("/", async ([FromBody] CreateApiKey.Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                http.Response.Headers.CacheControl = "no-store";
                ETags.Set(http, created.ApiKey.Version);
                return TypedResults.Created($"/api/v1/api-keys/{created.ApiKey.Id}", created);
            })
            .WithName(nameof(CreateApiKey))
            .WithSummary("Create an API key; the key is shown in this response only")
            .WithDescription("Scopes: catalog:read, businesses:read, businesses:write, personal-data:read, metrics:read. The server stores a hash, so a lost key cannot be shown again: revoke it and create another.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);

        group.MapPost("/{id}/revoke", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var keyId = ApiKeySql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "API key", id, "ApiKeys", keyId);
                var revoked = await sender.Send(new RevokeApiKey.Command(keyId, version), ct);
                ETags.Set(http, revoked.Version);
                return TypedResults.Ok(revoked);
            })
            .WithName(nameof(RevokeApiKey))
            .WithSummary("Revoke an API key (If-Match required)")
            .WithUpdateProblems()
            .RequireAuthorization(Policies.Admin);

        group.MapDelete("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var keyId = ApiKeySql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "API key", id, "ApiKeys", keyId);
                await sender.Send(new RevokeApiKey.Command(keyId, version), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteApiKey")
            .WithSummary("Revoke an API key (If-Match required); the same as POST .../revoke")
            .WithDescription("The key stays listed as revoked, so that the audit trail keeps naming it.")
            .WithUpdateProblems()
            .RequireAuthorization(Policies.Admin);
    }
}
