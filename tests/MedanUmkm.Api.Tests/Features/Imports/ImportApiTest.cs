using System.Diagnostics.CodeAnalysis;
using MedanUmkm.Api.Tests.Infrastructure;

// The test namespaces mirror the API's (MedanUmkm.Api.Features.Imports, a name the project keeps: COMMON rules,
// routes and filters such as FullyQualifiedName~Imports select these tests). A test assembly has no Visual Basic
// consumers, which is all CA1716 protects, so renaming the namespace would only break that symmetry.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:MedanUmkm.Api.Tests.Features.Imports",
    Justification = "Mirrors the API namespace MedanUmkm.Api.Features.Imports; a test assembly has no Visual Basic consumers.")]

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// An API fixture that checks the files its API keeps in <see cref="UploadDirectory"/> (every test host has
/// a folder of its own, emptied when a shared host is renewed for the next fixture).
/// </summary>
public abstract class ImportApiTest : ApiTest
{
    private readonly IDictionary<string, string>? _settings;

    /// <param name="extra">Configuration over the test defaults (the fixture then has a host of its own).</param>
    protected ImportApiTest(IDictionary<string, string>? extra = null)
    {
        _settings = extra is { Count: > 0 } ? new Dictionary<string, string>(extra) : null;
    }

    /// <summary>Where this fixture's API keeps uploaded files (Imports:Directory).</summary>
    protected string UploadDirectory => Factory.ImportsDirectory;

    protected override IDictionary<string, string>? Settings => _settings;
}
