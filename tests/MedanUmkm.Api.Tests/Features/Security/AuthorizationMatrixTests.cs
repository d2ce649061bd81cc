using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Security;

/// <summary>
/// Every operation of the OpenAPI document, called by every kind of caller. The expected outcome
/// comes from the endpoint's own authorisation metadata, so endpoints added later are covered
/// without touching this file; only a new policy needs a line in <see cref="Admits"/>.
/// </summary>
public sealed class AuthorizationMatrixTests : ApiTest
{
    private const string Anon = "anonymous";
    private static readonly string[] Staff = [Roles.Viewer, Roles.Officer, Roles.Admin];
    private static readonly string[] Keys = Scopes.All.Select(s => "key:" + s).ToArray();

    /// <summary>Who each policy lets in (see AuthSetup). A policy missing here fails <see cref="EveryPolicy_HasAnExpectationHere"/>.</summary>
    private static readonly Dictionary<string, string[]> Admits = new()
    {
        [Policies.BusinessesRead] = [.. Staff, "key:" + Scopes.BusinessesRead, "key:" + Scopes.BusinessesWrite],
        [Policies.BusinessesWrite] = [Roles.Officer, Roles.Admin, "key:" + Scopes.BusinessesWrite],
        [Policies.StaffRead] = Staff,
        [Policies.StaffWrite] = [Roles.Officer, Roles.Admin],
        [Policies.TrainingRead] = [.. Staff, "key:" + Scopes.TrainingRead, "key:" + Scopes.TrainingWrite],
        [Policies.TrainingWrite] = [Roles.Officer, Roles.Admin, "key:" + Scopes.TrainingWrite],
        [Policies.ExportCasesRead] = [.. Staff, "key:" + Scopes.ExportCasesRead, "key:" + Scopes.ExportCasesWrite],
        [Policies.ExportCasesWrite] = [Roles.Officer, Roles.Admin, "key:" + Scopes.ExportCasesWrite],
        [Policies.GroupsRead] = [.. Staff, "key:" + Scopes.GroupsRead],
        [Policies.AidRead] = [.. Staff, "key:" + Scopes.AidRead],
        [Policies.LoansRead] = [.. Staff, "key:" + Scopes.LoansRead, "key:" + Scopes.LoansWrite],
        [Policies.LoansWrite] = [Roles.Officer, Roles.Admin, "key:" + Scopes.LoansWrite],
        [Policies.ReportsRead] = [.. Staff, "key:" + Scopes.ReportsRead],
        [Policies.DashboardRead] = [.. Staff, "key:" + Scopes.DashboardRead],
        [Policies.Admin] = [Roles.Admin],
        // Guards only /metrics, which is not in the OpenAPI document: Observability.MetricsTests calls it.
        [Policies.Metrics] = [Roles.Admin, "key:" + Scopes.MetricsRead],
        [Policies.Authenticated] = [.. Staff, .. Keys],
    };

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private sealed record Operation(string Method, string Path);

    /// <summary>What an endpoint declares: AllowAnonymous, or the policy names it requires.</summary>
    private sealed record Declared(bool Anonymous, IReadOnlyList<string?> Policies, string Name, System.Reflection.MethodInfo? Handler = null, bool Hidden = false);

    private readonly Dictionary<string, HttpClient> _actors = [];
    private List<Operation> _operations = null!;
    /// <summary>Operations whose documented body is multipart/form-data (file uploads).</summary>
    private readonly HashSet<Operation> _multipart = [];
    private Dictionary<Operation, Declared> _endpoints = null!;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _actors[Anon] = Anonymous;
        _actors[Roles.Viewer] = Viewer;
        _actors[Roles.Officer] = Officer;
        _actors[Roles.Admin] = Admin;
        foreach (var scope in Scopes.All)
            _actors["key:" + scope] = Factory.WithApiKey((await Credentials.CreateApiKeyAsync(Admin, scope)).Key);

        var doc = await OpenApiDocumentAsync();
        _operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => new Operation(m.Name.ToUpperInvariant(), p.Name)))
            .ToList();
        foreach (var p in doc.GetProperty("paths").EnumerateObject())
        foreach (var m in p.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)))
            if (m.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("multipart/form-data", out _))
                _multipart.Add(new Operation(m.Name.ToUpperInvariant(), p.Name));

        _endpoints = [];
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var declared = new Declared(
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList(),
                endpoint.DisplayName ?? Route(endpoint.RoutePattern),
                endpoint.Metadata.OfType<System.Reflection.MethodInfo>().FirstOrDefault(),
                endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true);
            foreach (var method in methods) _endpoints[new Operation(method, Route(endpoint.RoutePattern))] = declared;
        }
    }

    /// <summary>The route as OpenAPI writes it: no trailing slash, parameters without constraints.</summary>
    private static string Route(RoutePattern pattern) => "/" + string.Join('/', pattern.PathSegments.Select(segment =>
        string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart l => l.Content,
            RoutePatternSeparatorPart s => s.Content,
            RoutePatternParameterPart p => "{" + p.Name + "}",
            _ => "",
        }))));

    [Test]
    public void TheDocument_ListsTheKnownEndpoints()
    {
        // Guards the matrix against an empty or unreadable document passing vacuously.
        Assert.That(_operations, Has.Member(new Operation("POST", "/api/v1/auth/token")));
        Assert.That(_operations, Has.Member(new Operation("PUT", "/api/v1/businesses/{id}")));
        Assert.That(_operations, Has.Member(new Operation("GET", "/api/v1/audit-events")));
        Assert.That(_operations, Has.Member(new Operation("DELETE", "/api/v1/api-keys/{id}")));
        Assert.That(_operations, Has.Member(new Operation("GET", "/api/v1/imports")));
        Assert.That(_operations, Has.Member(new Operation("POST", "/api/v1/imports/{id}/commit")));
    }

    [Test]
    public void EveryApiEndpoint_IsInTheDocument()
    {
        // An undocumented alias (an address kept for existing callers, e.g. /imports/templates/{kind}) is covered
        // through its documented twin: the same handler under the same authorisation.
        bool IsAliasOfDocumented(Declared alias) => alias is { Hidden: true, Handler: not null } && _operations.Any(o =>
            _endpoints.TryGetValue(o, out var twin) && twin.Handler == alias.Handler && twin.Anonymous == alias.Anonymous
            && twin.Policies.SequenceEqual(alias.Policies));
        var undocumented = _endpoints.Where(e => e.Key.Path.StartsWith("/api/", StringComparison.Ordinal) && !_operations.Contains(e.Key)
                                                 && !IsAliasOfDocumented(e.Value)).Select(e => e.Key).ToList();
        Assert.That(undocumented, Is.Empty, "endpoints under /api missing from the OpenAPI document (so not covered by the matrix)");
    }

    [Test]
    public void EveryDocumentedOperation_DeclaresExactlyOneKnownPolicyOrAllowAnonymous()
    {
        var known = KnownPolicies();
        var problems = new List<string>();
        foreach (var op in _operations)
        {
            if (!_endpoints.TryGetValue(op, out var declared))
            {
                problems.Add($"{op.Method} {op.Path}: no endpoint found for this documented operation");
                continue;
            }
            var policies = declared.Policies.Distinct().ToList();
            if (!declared.Anonymous && policies.Count == 0)
                problems.Add($"{op.Method} {op.Path} ({declared.Name}): declares neither a policy nor AllowAnonymous");
            if (declared.Anonymous && policies.Count > 0)
                problems.Add($"{op.Method} {op.Path} ({declared.Name}): declares AllowAnonymous and a policy; pick one");
            if (policies.Count > 1)
                problems.Add($"{op.Method} {op.Path} ({declared.Name}): declares several policies ({string.Join(", ", policies)}); use one");
            foreach (var p in policies.Where(p => p is null || !known.Contains(p)))
                problems.Add($"{op.Method} {op.Path} ({declared.Name}): policy '{p ?? "(default)"}' is not one of Policies.*");
        }
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void EveryPolicy_HasAnExpectationHere() =>
        Assert.That(Admits.Keys, Is.EquivalentTo(KnownPolicies()), "add the new policy to Admits with the callers it lets in");

    [Test]
    public void OnlyTheTokenCatalogAndHealthEndpoints_AreOpenToAnonymousCallers()
    {
        var open = _operations.Where(o => _endpoints.TryGetValue(o, out var d) && d.Anonymous)
            .Where(o => o.Path is not ("/api/v1/auth/token" or "/api/v1/auth/refresh" or "/api/v1/auth/sign-out" or "/api/v1/notifications/unsubscribe") && !o.Path.StartsWith("/api/v1/catalog", StringComparison.Ordinal))
            .ToList();
        Assert.That(open, Is.Empty, "anonymous endpoints outside the token, refresh and sign-out routes, the owners' unsubscribe link (its token is the credential) and the public catalog");
    }

    [Test]
    public async Task EveryOperation_AnswersEachCallerAsItsPolicySays()
    {
        var failures = new List<string>();
        foreach (var op in _operations)
        {
            if (!_endpoints.TryGetValue(op, out var declared)) continue; // reported by the declaration test
            foreach (var (actor, client) in _actors)
            {
                var allowed = declared.Anonymous || (declared.Policies.Count > 0 &&
                    declared.Policies.All(p => p is not null && Admits.TryGetValue(p, out var who) && who.Contains(actor)));
                using var response = await client.SendAsync(RequestFor(op));
                var status = (int)response.StatusCode;
                var expected = allowed ? "neither 401 nor 403" : actor == Anon ? "401" : "403";
                var ok = allowed ? status is not (401 or 403) : status == (actor == Anon ? 401 : 403);
                // The refresh route is open to all, and answers 401 session_expired to any caller without a refresh cookie.
                if (allowed && op.Path == "/api/v1/auth/refresh" && status == 401)
                    ok = (await response.Content.ReadAsStringAsync()).Contains("\"session_expired\"", StringComparison.Ordinal);
                // Whatever the caller sent, the server must not fail.
                if (status >= 500) ok = false;
                if (!ok)
                    failures.Add($"{op.Method} {op.Path} as {actor}: expected {expected}, got {status} {await Short(response)}");
            }
        }
        TestContext.Out.WriteLine($"{_operations.Count} operations x {_actors.Count} callers");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    /// <summary>'1' for every id, an empty JSON object for every body (a small file for uploads).</summary>
    private HttpRequestMessage RequestFor(Operation op)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(op.Path, @"\{[^}]+\}", "1");
        var request = new HttpRequestMessage(new HttpMethod(op.Method), path);
        if (_multipart.Contains(op))
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n"u8.ToArray()), "file", "document.pdf" } };
        else if (op.Method is "POST" or "PUT" or "PATCH")
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    private static async Task<string> Short(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length > 200 ? body[..200] : body;
    }

    private static HashSet<string> KnownPolicies() => typeof(Policies)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
}
