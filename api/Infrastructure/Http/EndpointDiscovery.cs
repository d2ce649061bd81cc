using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>
/// An area's route group: its prefix, tag and shared policy, and the list of its use cases, each of
/// which maps its own route (<c>UseCase.Map(group)</c>). Every implementation is found by <see cref="EndpointDiscovery"/>.
/// </summary>
public interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}

public static class EndpointDiscovery
{
    /// <summary>
    /// Maps every <see cref="IEndpointGroup"/> in the API assembly under /api/v1, with the conventions
    /// every route shares: ETags on versioned responses and the problems the pipeline answers with.
    /// </summary>
    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var before = app.DataSources.ToList();
        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilterFactory(ConditionalRequests.ETagFilter);
        ((IEndpointConventionBuilder)api).Finally(ProblemConventions.Apply);
        var groups = typeof(EndpointDiscovery).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in groups)
            ((IEndpointGroup)Activator.CreateInstance(type)!).Map(api);
        BuildOnce(app, before);
        return app;
    }

    /// <summary>
    /// A route group builds its endpoints (a request delegate compiled per route, with its filter
    /// pipeline) each time its data source is read, and the framework reads it twice at start: for the
    /// authorisation policy cache and for the router. The group's data sources, added since
    /// <paramref name="before"/>, are put back in their place, each behind one that builds them once.
    /// </summary>
    private static void BuildOnce(IEndpointRouteBuilder app, List<EndpointDataSource> before)
    {
        var sources = app.DataSources.ToList();
        app.DataSources.Clear();
        foreach (var source in sources)
            app.DataSources.Add(before.Contains(source) ? source : new EndpointsBuiltOnce(source));
    }

    /// <summary>The endpoints of a data source whose routes are all mapped before the app starts, built once.</summary>
    private sealed class EndpointsBuiltOnce(EndpointDataSource source) : EndpointDataSource
    {
        private readonly Lazy<IReadOnlyList<Endpoint>> _endpoints = new(() => source.Endpoints);

        public override IReadOnlyList<Endpoint> Endpoints => _endpoints.Value;

        public override IChangeToken GetChangeToken() => source.GetChangeToken();

        public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => source.GetGroupedEndpoints(context);
    }
}

/// <summary>
/// The problem responses a route can give because of its shape, declared once here rather than per route:
/// <list type="bullet">
/// <item>400 (validation problem) when it takes a body or query parameters: unknown fields, malformed
/// values and the validators' answers;</item>
/// <item>404 when its path has an id;</item>
/// <item>404, 412 and 428 when it binds <see cref="ExpectedVersion"/> (If-Match), and 409 unless the route
/// says it cannot conflict (<see cref="ProblemConventionBuilders.CannotConflict{TBuilder}"/>: its handler and the
/// shared helpers it calls raise no <c>ConflictException</c>; ConflictDocumentationTests checks both ways).</item>
/// </list>
/// 401, 403 and 429 are documented by the OpenAPI filters (they follow the authorisation metadata).
/// A route still declares what only it can answer (a 409 on a duplicate, 413 on an upload).
/// </summary>
public static class ProblemConventions
{
    public static void Apply(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route) return;
        var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        void Problem(int status, Type type)
        {
            if (declared.Add(status))
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type, ["application/problem+json"]));
        }

        if (endpoint.Metadata.OfType<IAcceptsMetadata>().Any() || (method is not null && TakesInput(method))) Problem(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
        if (route.RoutePattern.Parameters.Count > 0) Problem(StatusCodes.Status404NotFound, typeof(ProblemDetails));
        if (method is not null && ConditionalRequests.TakesIfMatch(method))
        {
            Problem(StatusCodes.Status404NotFound, typeof(ProblemDetails));
            if (!endpoint.Metadata.OfType<CannotConflictMetadata>().Any()) Problem(StatusCodes.Status409Conflict, typeof(ProblemDetails));
            Problem(StatusCodes.Status412PreconditionFailed, typeof(ProblemDetails));
            Problem(StatusCodes.Status428PreconditionRequired, typeof(ProblemDetails));
        }
    }

    private static bool TakesInput(MethodInfo method) => method.GetParameters().Any(p =>
        p.GetCustomAttribute<FromBodyAttribute>() is not null
        || p.GetCustomAttribute<AsParametersAttribute>() is not null
        || p.GetCustomAttribute<FromQueryAttribute>() is not null
        || p.GetCustomAttribute<FromFormAttribute>() is not null
        || p.ParameterType == typeof(IFormFile));
}

/// <summary>Marks an If-Match route whose handler cannot answer 409 (see <see cref="ProblemConventions"/>).</summary>
public sealed class CannotConflictMetadata;

public static class ProblemConventionBuilders
{
    /// <summary>
    /// The route changes a resource under If-Match but its handler (and the helpers it calls) raise no
    /// <c>ConflictException</c>: its only refusals are 404, 412 and 428, so no 409 is documented.
    /// </summary>
    public static TBuilder CannotConflict<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CannotConflictMetadata());
}
