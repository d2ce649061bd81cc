using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>/api/v1/api-keys: integrations' API keys (admins only). Each use case maps its own route.</summary>
public sealed class ApiKeysGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api-keys").WithTags("API keys").Versioned("API key", "ApiKeys");
        ListApiKeys.Map(group);
        GetApiKey.Map(group);
        CreateApiKey.Map(group);
        RevokeApiKey.Map(group);
    }
}
