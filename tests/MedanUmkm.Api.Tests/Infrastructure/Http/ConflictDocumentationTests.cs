using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Infrastructure.Http;

/// <summary>
/// 409 is documented exactly on the operations whose handler can raise a ConflictException, directly or
/// through a shared helper it calls (BusinessSql.EnsureNibFreeAsync, ExportCaseData's EnsureOpen, ...).
/// Read from the sources: each operation's use case is the file of the static class that maps it (named after
/// the class, ArchitectureTests), found through the endpoint's delegate; a helper is a
/// static method of api/Features whose body throws ConflictException. A pinned sample keeps the reading honest.
/// </summary>
public sealed partial class ConflictDocumentationTests : ApiTest
{
    [GeneratedRegex(@"^\s*(?:public|internal)\s+static\s+[^=;]*?\b(\w+)\s*(?:<[^>]*>)?\s*\(", RegexOptions.Multiline)]
    private static partial Regex StaticMethod();

    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|partial|abstract)\s+)*class\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex Comment();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedanUmkm.sln"))) return dir.FullName;
        throw new InvalidOperationException("MedanUmkm.sln not found above the test directory.");
    }

    /// <summary>Every file of api/Features without its comments, by file name (without .cs).</summary>
    private static Dictionary<string, string> FeatureSources() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "api", "Features"), "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Comment().Replace(File.ReadAllText(f), ""));

    /// <summary>"Class.Method" of every static method of api/Features whose body throws ConflictException.</summary>
    private static HashSet<string> ConflictHelpers(IEnumerable<string> sources)
    {
        var helpers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var methods = StaticMethod().Matches(source).ToList();
            foreach (Match thrown in Regex.Matches(source, @"new\s+ConflictException\s*\("))
            {
                var method = methods.LastOrDefault(m => m.Index < thrown.Index);
                if (method is null) continue;
                var owner = ClassDeclaration().Matches(source[..method.Index]).LastOrDefault();
                if (owner is not null) helpers.Add($"{owner.Groups[1].Value}.{method.Groups[1].Value}");
            }
        }
        return helpers;
    }

    /// <summary>operationId (endpoint name) -> the use case class whose Map declares it.</summary>
    private Dictionary<string, string> UseCases()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var endpoint in Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is not { } name) continue;
            var owner = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.DeclaringType;
            while (owner?.DeclaringType is not null) owner = owner.DeclaringType;
            if (owner is not null) result[name] = owner.Name;
        }
        return result;
    }

    private static bool CanConflict(string useCase, HashSet<string> helpers) =>
        useCase.Contains("ConflictException", StringComparison.Ordinal)
        || helpers.Any(h => Regex.IsMatch(useCase, $@"\b{Regex.Escape(h)}\s*\("));

    [Test]
    public async Task Documents409_ExactlyWhereTheHandlerCanRaiseAConflict()
    {
        var json = await Expect(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var document = JsonNode.Parse(json.GetRawText())!;
        var sources = FeatureSources();
        var useCaseOf = UseCases();
        var helpers = ConflictHelpers(sources.Values);
        Assert.That(helpers, Is.SupersetOf(new[] { "BusinessSql.EnsureNibFreeAsync", "UserSql.EnsureAnotherActiveAdminAsync" }), string.Join(", ", helpers));

        var conflicting = new List<string>();
        var wrong = new List<string>();
        var read = 0;
        foreach (var path in document["paths"]!.AsObject())
        foreach (var (method, node) in path.Value!.AsObject())
        {
            if (node is not JsonObject operation || operation["operationId"]?.GetValue<string>() is not { } id) continue;
            if (!useCaseOf.TryGetValue(id, out var name) || !sources.TryGetValue(name, out var useCase)) continue;
            read++;
            var expected = CanConflict(useCase, helpers);
            var documented = operation["responses"]!.AsObject().ContainsKey("409");
            if (expected) conflicting.Add(id);
            if (expected != documented)
                wrong.Add($"{id} ({method.ToUpperInvariant()} {path.Key}): {(expected ? "can raise a conflict but lacks 409" : "documents 409 it cannot answer")}");
        }

        Assert.That(read, Is.GreaterThan(90), "operations whose use case file was found");
        Assert.That(wrong, Is.Empty, string.Join("\n", wrong));
        Assert.That(conflicting, Is.SupersetOf(new[]
        {
            "UpdateBusiness", "DeactivateBusiness", "UpdateExportCase", "ChangeExportCaseStage", "CommitImport", "ChangeUserRole",
            "RegisterBusiness", "UploadProductPhoto", "DisableUser",
        }), string.Join(", ", conflicting));
        Assert.That(conflicting, Has.None.AnyOf("UpdateProduct", "DeleteProduct", "DeleteProductPhoto", "ResetUserPassword", "ListBusinesses"));
    }
}
