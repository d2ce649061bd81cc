using System.Text.RegularExpressions;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// Code takes the current instant only from the injected TimeProvider, so that the tests' clock (and
/// MEDANUMKM_TEST_NOW) governs everything: no Now/UtcNow/Today of DateTime nor Now/UtcNow of DateTimeOffset in
/// the API, the migrations or the tools, and TimeProvider.System only where the API registers it.
/// </summary>
[Category("Clock")]
public sealed partial class MachineClockTests
{
    [GeneratedRegex(@"\b(DateTime\s*\.\s*(Now|UtcNow|Today)|DateTimeOffset\s*\.\s*(Now|UtcNow))\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex MachineClock();

    /// <summary>The composition root: the one place the real clock is handed to the container.</summary>
    private static readonly string[] Allowed = ["api/Infrastructure/Http/ApiSetup.cs"];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MedanUmkm.sln"))) return dir.FullName;
        throw new InvalidOperationException("MedanUmkm.sln not found above the test directory.");
    }

    /// <summary>Every line of C# under the folder that reads the machine clock (comments aside).</summary>
    public static IEnumerable<string> Offences(string root, string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace(separator, '/');
            if (relative.Contains("/bin/") || relative.Contains("/obj/") || Allowed.Contains(relative)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].Split("//")[0];
                if (MachineClock().IsMatch(code)) yield return $"{relative}:{i + 1}: {lines[i].Trim()}";
            }
        }
    }

    [TestCase("api")]
    [TestCase("tools")]
    [TestCase("db-migrations")]
    public void Sources_TakeNowFromTheInjectedTimeProvider(string folder)
    {
        var offences = Offences(RepositoryRoot(), folder).ToList();
        Assert.That(offences, Is.Empty, "read the clock from the injected TimeProvider (OfficeTime for WIB dates):\n" + string.Join("\n", offences));
    }

    [Test]
    public void Tests_TakeNowFromTheTestClock()
    {
        // TestClock reads the machine's instant once, as the start of a run without MEDANUMKM_TEST_NOW;
        // this file holds examples of what the scan finds.
        string[] exempt = ["tests/MedanUmkm.Api.Tests/Infrastructure/TestClock.cs:", "tests/MedanUmkm.Api.Tests/Infrastructure/MachineClockTests.cs:"];
        var offences = Offences(RepositoryRoot(), "tests").Where(o => !exempt.Any(o.StartsWith)).ToList();
        Assert.That(offences, Is.Empty, "take now from Factory.Clock / ApiTest.Now / TestClock:\n" + string.Join("\n", offences));
    }

    // The examples are split so that a plain text search of the repository finds no machine-clock read.
    [TestCase("var now = DateTime" + ".UtcNow;")]
    [TestCase("var now = DateTime" + ".Now;")]
    [TestCase("var today = DateTime" + ".Today;")]
    [TestCase("if (x < DateTimeOffset" + ".UtcNow) return;")]
    [TestCase("Now = DateTimeOffset" + ".Now,")]
    [TestCase("services.AddSingleton(TimeProvider" + ".System);")]
    public void Scan_FindsAMachineClockRead(string line)
    {
        var folder = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "api"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "api", "Handler.cs"), $"class Handler\n{{\n    void Run()\n    {{\n        {line}\n    }}\n}}\n");
            Assert.That(Offences(folder, "api").Single(), Does.StartWith("api/Handler.cs:5:"));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [TestCase("var now = clock.GetUtcNow(); // not DateTime" + ".UtcNow")]
    [TestCase("/// <summary>Never DateTimeOffset" + ".UtcNow.</summary>")]
    [TestCase("var d = DateTime" + ".UtcNowish;")]
    public void Scan_IgnoresCommentsAndLookAlikes(string line)
    {
        var folder = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "api"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "api", "Handler.cs"), line + "\n");
            Assert.That(Offences(folder, "api"), Is.Empty);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
