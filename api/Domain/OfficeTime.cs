namespace MedanUmkm.Api.Domain;

/// <summary>
/// The office's calendar: Medan is on WIB (Asia/Jakarta, UTC+7, no daylight saving), so "today"
/// is the WIB date. Between 00:00 and 07:00 WIB the UTC date is still yesterday.
/// </summary>
public static class OfficeTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The WIB calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
