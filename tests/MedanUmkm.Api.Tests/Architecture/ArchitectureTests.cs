using System.Reflection;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NetArchTest.Rules;

namespace MedanUmkm.Api.Tests.Architecture;

/// <summary>
/// The shape README's "How it is built" describes, held by tests: features do not call each other in
/// circles, nothing in infrastructure knows a feature, features know neither the migrations nor the demo
/// data nor the benchmark module, each use case is one file that maps its own route, and no area keeps a
/// route table or a grab-bag model file.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const string Root = "MedanUmkm.Api";
    private const string Features = Root + ".Features";
    private static readonly Assembly Api = typeof(IEndpointGroup).Assembly;

    private static List<string> Areas() => Api.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
        .Select(n => n.Split('.')[3])
        .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Which areas each area uses (types, members, attributes), read once from the compiled assembly.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(ReadAreaDependencies);

    private static Dictionary<string, HashSet<string>> AreaDependencies() => Graph.Value;

    /// <summary>
    /// One pass over the assembly with Mono.Cecil (which NetArchTest reads with): every type a feature's
    /// types name in their signatures, fields, attributes and method bodies, mapped to its area.
    /// </summary>
    private static Dictionary<string, HashSet<string>> ReadAreaDependencies()
    {
        var graph = Areas().ToDictionary(a => a, _ => new HashSet<string>());
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(Api.Location);
        foreach (var type in module.GetTypes())
        {
            var from = AreaOf(type);
            if (from is null || !graph.TryGetValue(from, out var uses)) continue;
            foreach (var used in ReferencedTypes(type))
                if (AreaOf(used) is { } to && to != from) uses.Add(to);
        }
        return graph;
    }

    private static string? AreaOf(Mono.Cecil.TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        var parts = type.Namespace.Split('.');
        return parts.Length >= 4 && type.Namespace.StartsWith(Features + ".", StringComparison.Ordinal) ? parts[3] : null;
    }

    private static List<Mono.Cecil.TypeReference> ReferencedTypes(Mono.Cecil.TypeDefinition type)
    {
        static IEnumerable<Mono.Cecil.TypeReference> Expand(Mono.Cecil.TypeReference? t)
        {
            if (t is null) yield break;
            yield return t.GetElementType();
            if (t is Mono.Cecil.GenericInstanceType g)
                foreach (var arg in g.GenericArguments.SelectMany(Expand)) yield return arg;
        }
        var found = new List<Mono.Cecil.TypeReference>();
        found.AddRange(Expand(type.BaseType));
        found.AddRange(type.Interfaces.SelectMany(i => Expand(i.InterfaceType)));
        found.AddRange(type.Fields.SelectMany(f => Expand(f.FieldType)));
        found.AddRange(type.Properties.SelectMany(p => Expand(p.PropertyType)));
        found.AddRange(type.CustomAttributes.SelectMany(a => Expand(a.AttributeType)));
        foreach (var method in type.Methods)
        {
            found.AddRange(Expand(method.ReturnType));
            found.AddRange(method.Parameters.SelectMany(p => Expand(p.ParameterType)));
            if (!method.HasBody) continue;
            found.AddRange(method.Body.Variables.SelectMany(v => Expand(v.VariableType)));
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case Mono.Cecil.MethodReference m:
                        found.AddRange(Expand(m.DeclaringType));
                        found.AddRange(Expand(m.ReturnType));
                        if (m is Mono.Cecil.GenericInstanceMethod gm) found.AddRange(gm.GenericArguments.SelectMany(Expand));
                        break;
                    case Mono.Cecil.FieldReference f: found.AddRange(Expand(f.DeclaringType)); found.AddRange(Expand(f.FieldType)); break;
                    case Mono.Cecil.TypeReference t: found.AddRange(Expand(t)); break;
                }
            }
        }
        return found;
    }

    [Test]
    public void Areas_AreFound()
    {
        Assert.That(Areas(), Does.Contain("Businesses").And.Contain("Ekatalog").And.Contain("Training"));
        Assert.That(Areas(), Has.Count.GreaterThanOrEqualTo(15));
    }

    [Test]
    public void FeatureAreas_DoNotDependOnEachOtherInCycles()
    {
        var graph = AreaDependencies();
        var cycles = new List<string>();
        foreach (var start in graph.Keys)
        {
            // Depth-first from each area: any path back to it is a cycle.
            var stack = new Stack<List<string>>();
            stack.Push([start]);
            var seen = new HashSet<string>();
            while (stack.Count > 0)
            {
                var path = stack.Pop();
                foreach (var next in graph[path[^1]])
                {
                    if (next == start) { cycles.Add(string.Join(" -> ", path.Append(start))); continue; }
                    if (seen.Add(next)) stack.Push([.. path, next]);
                }
            }
        }
        Assert.That(cycles, Is.Empty, "feature areas that depend on each other in a cycle:\n" + string.Join("\n", cycles.Distinct()));
    }

    [Test]
    public void CycleCheck_SeesADependencyThatExists()
    {
        // Catalog reads the businesses' and products' shared SQL: if this were not seen, the cycle check would prove nothing.
        var graph = AreaDependencies();
        Assert.That(graph["Catalog"], Does.Contain("Businesses"));
    }

    [TestCase(Root + ".Infrastructure", Features)]
    [TestCase(Root + ".Infrastructure", Root + ".Demo")]
    [TestCase(Root + ".Infrastructure", Root + ".Benchmarking")]
    [TestCase(Root + ".Domain", Features)]
    [TestCase(Root + ".Domain", Root + ".Infrastructure")]
    [TestCase(Features, "MedanUmkm.Migrations")]
    [TestCase(Features, Root + ".Demo")]
    [TestCase(Features, Root + ".Benchmarking")]
    public void Layer_DoesNotDependOn(string layer, string forbidden)
    {
        var result = Types.InAssembly(Api).That().ResideInNamespace(layer).ShouldNot().HaveDependencyOn(forbidden).GetResult();
        Assert.That(result.IsSuccessful, Is.True,
            $"{layer} must not use {forbidden}; offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Test]
    public void NoAreaKeepsARouteTable_OrAnEndpointsClass()
    {
        var tables = Api.GetTypes().Where(t => t.Name.EndsWith("Endpoints", StringComparison.Ordinal)
                                               && (t.Namespace ?? "").StartsWith(Features, StringComparison.Ordinal)).Select(t => t.FullName);
        Assert.That(tables, Is.Empty);
    }

    [GeneratedRegex(@"\bclass\s+Handler\b")]
    private static partial Regex HandlerClass();

    /// <summary>One use case a file (at most one handler), and no *Model.cs grab-bags under api/Features.</summary>
    [Test]
    public void FeatureFiles_HoldOneUseCaseEach_AndNoModelGrabBags()
    {
        var features = Path.Combine(RepositoryRoot(), "api", "Features");
        var files = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.That(files, Has.Count.GreaterThan(100));
        var grabBags = files.Where(f => Path.GetFileName(f).EndsWith("Model.cs", StringComparison.Ordinal)).Select(Path.GetFileName);
        Assert.That(grabBags, Is.Empty, "split these into contracts, data and rules");
        var crowded = files.Where(f => HandlerClass().Count(File.ReadAllText(f)) > 1).Select(Path.GetFileName);
        Assert.That(crowded, Is.Empty, "files with more than one use case (handler)");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedanUmkm.sln"))) return dir.FullName;
        throw new InvalidOperationException("MedanUmkm.sln not found above the test directory.");
    }
}

/// <summary>Where the running API's routes are declared (on a test host: it reads the endpoints the API mapped).</summary>
public sealed class RouteArchitectureTests : ApiTest
{
    protected override bool MayShareHost => true; // only reads the host's endpoints

    /// <summary>
    /// Every route under /api/v1 is declared inside its use case (the lambda's declaring type is nested in
    /// a static use-case class of a feature), never in an area's group file.
    /// </summary>
    [Test]
    public void EveryRoute_IsMappedByItsUseCase()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true
                        && !e.RoutePattern.RawText.StartsWith("/api/v1/benchmarks/", StringComparison.Ordinal))
            .ToList();
        Assert.That(endpoints, Has.Count.GreaterThan(90));
        var misplaced = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            var owner = method?.DeclaringType;
            while (owner?.DeclaringType is not null) owner = owner.DeclaringType;
            var isUseCase = owner is { IsAbstract: true, IsSealed: true } // static class
                            && (owner.Namespace ?? "").StartsWith("MedanUmkm.Api.Features.", StringComparison.Ordinal)
                            && owner.GetMethod("Map", BindingFlags.Public | BindingFlags.Static) is not null;
            if (!isUseCase) misplaced.Add($"{endpoint.DisplayName} (declared in {owner?.FullName ?? "?"})");
        }
        Assert.That(misplaced, Is.Empty, "routes not declared in their use case:\n" + string.Join("\n", misplaced));
    }
}
