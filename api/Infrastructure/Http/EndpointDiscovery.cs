namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>An area's route table. Each area has one, found by <see cref="EndpointDiscovery"/>.</summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}

public static class EndpointDiscovery
{
    /// <summary>Maps every <see cref="IEndpointGroup"/> in the API assembly under /api/v1.</summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        var groups = typeof(EndpointDiscovery).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in groups)
            ((IEndpointGroup)Activator.CreateInstance(type)!).Map(api);
        return app;
    }
}
