using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace MedanUmkm.Api.Tests.Domain;

/// <summary>The office's calendar (WIB, UTC+7) at the edges where the UTC date differs.</summary>
[Category("Clock")]
public sealed class OfficeTimeTests
{
    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();

    [TestCase("2026-12-07T16:59:59Z", "2026-12-07")] // 23:59:59 WIB
    [TestCase("2026-12-07T17:00:00Z", "2026-12-08")] // 00:00 WIB: the UTC date is still the 7th
    [TestCase("2026-12-07T23:59:00Z", "2026-12-08")] // 06:59 WIB
    [TestCase("2026-12-08T00:00:00Z", "2026-12-08")]
    [TestCase("2026-12-31T16:59:00Z", "2026-12-31")]
    [TestCase("2026-12-31T17:00:00Z", "2027-01-01")] // WIB new year
    [TestCase("2028-02-28T17:00:00Z", "2028-02-29")] // leap day
    public void Today_IsTheWibDateOfTheClock(string utc, string wibDate)
    {
        var clock = new FakeTimeProvider(Utc(utc));

        Assert.That(OfficeTime.Today(clock), Is.EqualTo(DateOnly.Parse(wibDate)));
        Assert.That(OfficeTime.DateOf(Utc(utc)), Is.EqualTo(DateOnly.Parse(wibDate)));
        Assert.That(OfficeTime.Now(clock).Offset, Is.EqualTo(TimeSpan.FromHours(7)));
        Assert.That(OfficeTime.Now(clock), Is.EqualTo(Utc(utc)), "the same instant, shown in WIB");
    }

    [TestCase("2026-12-31T16:59:59Z", 2026, "2026-Q4")]
    [TestCase("2026-12-31T17:00:00Z", 2027, "2027-Q1")]
    [TestCase("2027-03-31T16:59:59Z", 2027, "2027-Q1")]
    [TestCase("2027-03-31T17:00:00Z", 2027, "2027-Q2")]
    [TestCase("2027-06-30T17:00:00Z", 2027, "2027-Q3")]
    [TestCase("2027-09-30T16:59:59Z", 2027, "2027-Q3")]
    [TestCase("2027-09-30T17:00:00Z", 2027, "2027-Q4")]
    public void YearAndQuarter_AreWibOnes(string utc, int year, string quarter)
    {
        Assert.That(OfficeTime.YearOf(Utc(utc)), Is.EqualTo(year));
        Assert.That(OfficeTime.QuarterOf(Utc(utc)), Is.EqualTo(quarter));
        Assert.That(OfficeTime.QuarterOf(OfficeTime.DateOf(Utc(utc))), Is.EqualTo(quarter));
    }

    [TestCase("2027-01-01", 0, "2027-01-01")]
    [TestCase("2027-01-01", 1, "2026-10-01")]
    [TestCase("2026-12-31", 0, "2026-10-01")]
    [TestCase("2026-12-31", 3, "2026-01-01")]
    [TestCase("2026-02-15", 4, "2025-01-01")]
    [TestCase("2026-05-31", 7, "2024-07-01")]
    public void QuarterStart_CountsBackWholeQuarters(string day, int back, string start) =>
        Assert.That(OfficeTime.QuarterStart(DateOnly.Parse(day), back), Is.EqualTo(DateOnly.Parse(start)));

    [TestCase(1, 1)] [TestCase(3, 1)] [TestCase(4, 2)] [TestCase(9, 3)] [TestCase(10, 4)] [TestCase(12, 4)]
    public void QuarterNumber_OfAMonth(int month, int quarter) =>
        Assert.That(OfficeTime.QuarterNumber(new DateOnly(2026, month, 15)), Is.EqualTo(quarter));

    [Test]
    public void StartOfDayUtc_IsMidnightWib()
    {
        Assert.That(OfficeTime.StartOfDayUtc(new DateOnly(2027, 1, 1)), Is.EqualTo(Utc("2026-12-31T17:00:00Z")));
        Assert.That(OfficeTime.StartOfDayUtc(new DateOnly(2027, 1, 1)).Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(OfficeTime.At(new DateOnly(2027, 1, 14), new TimeOnly(9, 0)), Is.EqualTo(Utc("2027-01-14T02:00:00Z")));
    }

    [TestCase("2026-12-01T09:00:00+07:00", "2026-12-01T02:00:00Z")]
    [TestCase("2026-12-01T09:00+07:00", "2026-12-01T02:00:00Z")]
    [TestCase("2026-12-31T17:30:00Z", "2026-12-31T17:30:00Z")]
    [TestCase("2026-12-31T17:30:00.5Z", "2026-12-31T17:30:00.5Z")]
    public void ParseTimestamp_TakesAnyOffsetAndReturnsUtc(string text, string utc)
    {
        var parsed = OfficeTime.ParseTimestamp(text);
        Assert.That(parsed, Is.EqualTo(Utc(utc)));
        Assert.That(parsed!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [TestCase("2026-12-01T09:00:00")] // no offset: ambiguous
    [TestCase("2026-12-01")]
    [TestCase("yesterday")]
    [TestCase(null)]
    public void ParseTimestamp_RefusesTimesWithoutOffset(string? text) =>
        Assert.That(OfficeTime.ParseTimestamp(text), Is.Null);

    [Test]
    public void ParseDate_TakesOnlyIsoDates()
    {
        Assert.That(OfficeTime.ParseDate("2027-01-01"), Is.EqualTo(new DateOnly(2027, 1, 1)));
        Assert.That(OfficeTime.ParseDate("01/01/2027"), Is.Null);
        Assert.That(OfficeTime.ParseDate("2027-02-30"), Is.Null);
        Assert.That(OfficeTime.QuarterPattern().IsMatch("2027-Q1"), Is.True);
        Assert.That(OfficeTime.QuarterPattern().IsMatch("2027-Q5"), Is.False);
    }
}

/// <summary>MEDANUMKM_TEST_NOW: how the tests' start instant is read.</summary>
[Category("Clock")]
public sealed class TestClockTests
{
    [Test]
    public void Read_TakesAnIsoInstant_AsUtc()
    {
        Assert.That(TestClock.Read("2026-12-31T17:30:00Z"), Is.EqualTo(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero)));
        Assert.That(TestClock.Read("2027-01-01T00:30:00+07:00"), Is.EqualTo(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero)));
        Assert.That(TestClock.Read("2026-12-31T17:30:00").Offset, Is.EqualTo(TimeSpan.Zero), "no offset: UTC");
    }

    [Test]
    public void Read_RefusesGarbage_NamingTheVariable() =>
        Assert.That(() => TestClock.Read("half past five"), Throws.InvalidOperationException.With.Message.Contains(TestClock.Variable));

    [Test]
    public void New_StartsAtTheRunsStartAndMovesOn()
    {
        var clock = TestClock.New();
        var first = clock.GetUtcNow();
        Assert.That(first, Is.EqualTo(TestClock.Start).Within(TimeSpan.FromSeconds(1)));
        Assert.That(clock.GetUtcNow(), Is.GreaterThan(first));
        Assert.That(TestClock.Today, Is.EqualTo(OfficeTime.DateOf(TestClock.Start)));
    }
}
