using System.Globalization;
using System.Reflection;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;

namespace MedanUmkm.Api.Infrastructure.Http;

/// <summary>A response that carries the version of a resource; it travels as the strong <c>ETag</c>.</summary>
public interface IVersioned
{
    int Version { get; }
}

/// <summary>
/// Which stored resource an If-Match route changes: its name in problem texts, its table (for
/// <c>If-Match: *</c> and tag lists) and the route value holding its id. Set with
/// <see cref="ConditionalRequests.Versioned{TBuilder}"/> on a group or a route (the route's wins).
/// </summary>
public sealed record VersionedResource(string Entity, string Table, string RouteKey = "id");

/// <summary>
/// The version a conditional update or delete may proceed from, bound from the <c>If-Match</c> header
/// (RFC 9110 §13.1.1) before the handler runs:
/// <list type="bullet">
/// <item>an id that is not ours is a 404 first (as every route answers an unknown id);</item>
/// <item>no If-Match is a 428; only weak or foreign tags (nothing can match) is a 412;</item>
/// <item>a single strong tag is passed on as sent: the handler compares it with the stored version
/// under its transaction (<c>UPDATE ... WHERE Version = @ExpectedVersion</c>) and answers 412 when stale;</item>
/// <item><c>*</c> or a list: the current version is read and passed on when it matches (412 when not,
/// 0 when the row is missing, which the handler answers with 404).</item>
/// </list>
/// A route taking this parameter is documented with 404, 409, 412 and 428 by convention.
/// </summary>
public readonly record struct ExpectedVersion(int Value)
{
    public static implicit operator int(ExpectedVersion version) => version.Value;

    public static async ValueTask<ExpectedVersion> BindAsync(HttpContext http, ParameterInfo parameter)
    {
        var resource = http.GetEndpoint()?.Metadata.GetMetadata<VersionedResource>()
                       ?? throw new InvalidOperationException(
                           $"{http.GetEndpoint()?.DisplayName} binds {nameof(ExpectedVersion)} but has no {nameof(VersionedResource)}: add .Versioned(...)");
        var id = http.Request.RouteValues[resource.RouteKey]?.ToString() ?? "";
        var key = RouteIds.Parse(id, resource.Entity);
        var ifMatch = ETags.ParseIfMatch(http.Request);
        if (!ifMatch.IsAny && ifMatch.Versions.Count == 0) throw new PreconditionFailedException(resource.Entity, id);
        if (!ifMatch.IsAny && ifMatch.Versions.Count == 1) return new ExpectedVersion(ifMatch.Versions[0]);
        var db = http.RequestServices.GetRequiredService<DbSession>();
        var current = await db.QuerySingleOrDefaultAsync<int?>(
            $"SELECT Version FROM {ConditionalRequests.Table(resource.Table)} WHERE Id = @Id", new { Id = key }, http.RequestAborted);
        if (current is null) return new ExpectedVersion(0);
        return ifMatch.Matches(current.Value) ? new ExpectedVersion(current.Value) : throw new PreconditionFailedException(resource.Entity, id);
    }
}

public static class ConditionalRequests
{
    /// <summary>Names the resource a route's <see cref="ExpectedVersion"/> refers to.</summary>
    public static TBuilder Versioned<TBuilder>(this TBuilder builder, string entity, string table, string routeKey = "id")
        where TBuilder : IEndpointConventionBuilder
    {
        Table(table);
        return builder.WithMetadata(new VersionedResource(entity, table, routeKey));
    }

    internal static string Table(string table) =>
        table.Length > 0 && char.IsAsciiLetter(table[0]) && table.All(char.IsAsciiLetterOrDigit)
            ? table : throw new ArgumentException($"Not a table name: {table}", nameof(table));

    /// <summary>
    /// Sets <c>ETag</c> on every response whose value is <see cref="IVersioned"/>: a filter added only to
    /// the endpoints whose declared result can carry one, so lists and reports pay nothing.
    /// </summary>
    public static EndpointFilterDelegate ETagFilter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        if (!CanBeVersioned(context.MethodInfo.ReturnType)) return next;
        return async invocation =>
        {
            var result = await next(invocation);
            var value = result is IValueHttpResult valued ? valued.Value : result;
            if (value is IVersioned versioned) ETags.Set(invocation.HttpContext, versioned.Version);
            return result;
        };
    }

    private static bool CanBeVersioned(Type type)
    {
        if (typeof(IVersioned).IsAssignableFrom(type)) return true;
        if (!type.IsGenericType) return false;
        return type.GetGenericArguments().Any(CanBeVersioned);
    }

    /// <summary>True when the endpoint binds an <see cref="ExpectedVersion"/> (for the documentation convention).</summary>
    public static bool TakesIfMatch(MethodInfo method) => method.GetParameters().Any(p => p.ParameterType == typeof(ExpectedVersion));
}
