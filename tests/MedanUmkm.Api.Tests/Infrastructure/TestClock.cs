using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// The instant the tests' clocks start at: the machine's current instant (read once per test run), or
/// the ISO instant in MEDANUMKM_TEST_NOW (e.g. 2026-12-31T17:30:00Z, which is 00:30 WIB on 1 January),
/// so that any hour can be tried. Test code takes "now" from a factory's <see cref="ApiFactory.Clock"/>
/// or from <see cref="New"/>, never from the machine clock.
/// </summary>
public static class TestClock
{
    public const string Variable = "MEDANUMKM_TEST_NOW";

    /// <summary>Where every test clock starts (UTC).</summary>
    public static DateTimeOffset Start { get; } = Read(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The office (WIB) date of <see cref="Start"/>.</summary>
    public static DateOnly Today => Api.Domain.OfficeTime.DateOf(Start);

    /// <summary>A fake clock at <paramref name="at"/> (default <see cref="Start"/>) that moves on 1 ms per reading, as real time would.</summary>
    public static FakeTimeProvider New(DateTimeOffset? at = null) =>
        new(at ?? Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    internal static DateTimeOffset Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return TimeProvider.System.GetUtcNow();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            throw new InvalidOperationException($"{Variable} must be an ISO 8601 instant such as 2026-12-31T17:30:00Z, not '{text}'.");
        return at.ToUniversalTime();
    }
}
