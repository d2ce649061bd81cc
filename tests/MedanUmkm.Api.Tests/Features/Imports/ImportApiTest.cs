using MedanUmkm.Api.Tests.Infrastructure;

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
