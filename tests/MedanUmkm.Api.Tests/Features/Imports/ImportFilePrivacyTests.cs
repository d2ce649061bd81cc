using System.Runtime.Versioning;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Uploaded files hold NIK, phone numbers and addresses: they wait in a folder only the API's user
/// can open (0700) as files only it can read (0600), and go once committed (issue #14, defect 8).
/// </summary>
public sealed class ImportFilePrivacyTests : ImportApiTest
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;

    [Test]
    [UnsupportedOSPlatform("windows")]
    public async Task KeptDryRunFile_IsPrivate_InAPrivateFolder_AndGoneAfterTheCommit()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file modes");
        // Even a folder that someone made world-readable is narrowed on the next upload.
        Directory.CreateDirectory(UploadDirectory);
        File.SetUnixFileMode(UploadDirectory, (UnixFileMode)0b111_111_111);

        var dryRun = await ImportAsync(Officer, Csv(TestData.Business(), TestData.Business()), dryRun: true);
        var id = dryRun.GetProperty("id").GetString()!;

        Assert.That(dryRun.GetProperty("status").GetString(), Is.EqualTo("succeeded"), dryRun.ToString());
        Assert.That(File.GetUnixFileMode(UploadDirectory), Is.EqualTo(PrivateDirectory), "folder 0700");
        var kept = KeptFile(UploadDirectory, id);
        Assert.That(File.Exists(kept), Is.True, "a clean dry run keeps its file for the commit");
        Assert.That(File.GetUnixFileMode(kept), Is.EqualTo(Private), "file 0600: no group or other bits");
        Assert.That(Directory.EnumerateFiles(UploadDirectory).Where(f => !f.EndsWith(".db")).Select(File.GetUnixFileMode),
            Is.All.EqualTo(Private), "every file in the folder");

        var commit = await CommitAsync(Officer, id);

        Assert.That(commit.GetProperty("status").GetString(), Is.EqualTo("succeeded"), commit.ToString());
        Assert.That(File.Exists(kept), Is.False, "the dry run's file is deleted once committed");
        Assert.That(File.Exists(KeptFile(UploadDirectory, commit.GetProperty("id").GetString()!)), Is.False, "and the commit's copy when it ends");
    }
}
