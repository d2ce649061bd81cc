using System.Diagnostics.CodeAnalysis;
using MedanUmkm.Api.Tests.Infrastructure;

// The test namespaces mirror the API's (MedanUmkm.Api.Features.Imports, a name the project keeps: COMMON rules,
// routes and filters such as FullyQualifiedName~Imports select these tests). A test assembly has no Visual Basic
// consumers, which is all CA1716 protects, so renaming the namespace would only break that symmetry.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:MedanUmkm.Api.Tests.Features.Imports",
    Justification = "Mirrors the API namespace MedanUmkm.Api.Features.Imports; a test assembly has no Visual Basic consumers.")]

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>An API fixture with its own upload directory, so that the files it keeps can be checked.</summary>
public abstract class ImportApiTest : ApiTest
{
    private readonly Dictionary<string, string> _settings;

    protected ImportApiTest(IDictionary<string, string>? extra = null)
    {
        _settings = ImportTestFiles.OwnDirectory(out var directory);
        UploadDirectory = directory;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) _settings[key] = value;
    }

    protected string UploadDirectory { get; }

    protected override IDictionary<string, string> Settings => _settings;

    [OneTimeTearDown]
    public void DeleteUploadDirectory()
    {
        try { Directory.Delete(UploadDirectory, recursive: true); } catch (IOException) { }
    }
}
