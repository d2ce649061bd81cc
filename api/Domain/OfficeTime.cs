using System.Globalization;
using System.Text.RegularExpressions;

namespace MedanUmkm.Api.Domain;

/// <summary>
/// The office's calendar: Medan is on WIB (Asia/Jakarta, UTC+07:00 all year, no daylight saving since
/// 1964), so a fixed offset is exact and does not depend on the host's time-zone database. "Today",
/// quarters and years are WIB ones: between 00:00 and 07:00 WIB the UTC date is still yesterday, and
/// 31 December 17:00 UTC is already 1 January WIB. The current instant always comes from the injected
/// <see cref="TimeProvider"/>.
/// </summary>
public static partial class OfficeTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The current WIB calendar date.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The current instant, shown in WIB (+07:00).</summary>
    public static DateTimeOffset Now(TimeProvider clock) => ToOffice(clock.GetUtcNow());

    /// <summary>An instant shown in WIB (+07:00).</summary>
    public static DateTimeOffset ToOffice(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The WIB calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToOffice(instant).DateTime);

    /// <summary>The WIB calendar year of an instant.</summary>
    public static int YearOf(DateTimeOffset instant) => ToOffice(instant).Year;

    /// <summary>Midnight (00:00 WIB) of a WIB calendar day, in UTC.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>An instant at a WIB wall-clock time of a WIB day.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);

    /// <summary>1 to 4: the quarter of a WIB date.</summary>
    public static int QuarterNumber(DateOnly day) => (day.Month - 1) / 3 + 1;

    /// <summary>"2026-Q4" for any instant whose WIB date falls in October-December 2026.</summary>
    public static string QuarterOf(DateTimeOffset instant) => QuarterOf(DateOf(instant));

    /// <summary>"2026-Q4" for any WIB date in October-December 2026.</summary>
    public static string QuarterOf(DateOnly day) => QuarterText(day.Year, QuarterNumber(day));

    public static string QuarterText(int year, int quarter) => $"{year:D4}-Q{quarter}";

    /// <summary>First WIB day of the quarter <paramref name="back"/> quarters before the one containing <paramref name="day"/>.</summary>
    public static DateOnly QuarterStart(DateOnly day, int back = 0)
    {
        var index = day.Year * 4 + (day.Month - 1) / 3 - back;
        return new DateOnly(index / 4, index % 4 * 3 + 1, 1);
    }

    [GeneratedRegex(@"^\d{4}-Q[1-4]$")]
    public static partial Regex QuarterPattern();

    // Date, 'T', time to minutes or (fractional) seconds, and an explicit offset or Z.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();

    /// <summary>An ISO 8601 timestamp with offset (e.g. 2026-12-01T09:00:00+07:00) as UTC, or null.</summary>
    public static DateTimeOffset? ParseTimestamp(string? text) =>
        text is not null && TimestampPattern().IsMatch(text) &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value.ToUniversalTime() : null;

    /// <summary>A yyyy-MM-dd date, or null.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
