namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// An area's own services (background workers, queues, options). Like <see cref="IEndpointGroup"/>,
/// every implementation in the API assembly is found and called once at start-up, so an area
/// registers what it needs without touching Program.cs.
/// </summary>
public interface IFeatureServices
{
    void Add(IServiceCollection services, IConfiguration config);
}

public static class FeatureServicesDiscovery
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services, IConfiguration config)
    {
        var types = typeof(IFeatureServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeatureServices).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
            ((IFeatureServices)Activator.CreateInstance(type)!).Add(services, config);
        return services;
    }
}
