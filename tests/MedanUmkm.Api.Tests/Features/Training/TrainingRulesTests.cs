using MedanUmkm.Api.Infrastructure.Texts;
using MedanUmkm.Api.Features.Training;

namespace MedanUmkm.Api.Tests.Features.Training;

/// <summary>The training area's pure rules (date ranges, session input, status moves), without HTTP.</summary>
public sealed class TrainingRulesTests
{
    [TestCase(null, null, true)]
    [TestCase("2026-01-01", "2026-12-31", true)]
    [TestCase("2026-01-01", "2026-01-01", true)]
    [TestCase("2026-12-31", "2026-01-01", false)]
    [TestCase("2026-13-01", null, false)]
    [TestCase(null, "31-12-2026", false)]
    public void DateRange_DatesInOrder(string? from, string? to, bool valid)
    {
        Assert.That(new GetAttendanceReport.Validator().Validate(new GetAttendanceReport.Query(from, to)).IsValid, Is.EqualTo(valid));
        Assert.That(new GetEkatalogEffect.Validator().Validate(new GetEkatalogEffect.Query(from, to)).IsValid, Is.EqualTo(valid));
        Assert.That(new ListTrainingSessions.Validator().Validate(new ListTrainingSessions.Query(From: from, To: to)).IsValid, Is.EqualTo(valid));
    }

    [Test]
    public void DateRange_ReversedNamesTo()
    {
        JsonDisplayNames.Use();
        var query = new GetAttendanceReport.Query("2026-12-31", "2026-01-01");
        var english = TextLanguage.In("en", () => new GetAttendanceReport.Validator().Validate(query));
        var indonesian = TextLanguage.In("id", () => new GetAttendanceReport.Validator().Validate(query));
        Assert.That(english.Errors.Select(e => (e.PropertyName, e.ErrorMessage, e.ErrorCode)),
            Is.EqualTo(new[] { ("To", "to must not be before from.", "to_before_from") }));
        Assert.That(indonesian.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "to tidak boleh sebelum 'from'." }));
    }

    private static TrainingSessionInput Session(string startsAt = "2027-01-14T09:00:00+07:00", string endsAt = "2027-01-14T15:00:00+07:00",
        int capacity = 30, string kecamatan = "12.71.01") =>
        new("Pemasaran Digital", TrainingTopic.DigitalMarketing, null, "Dewi Lestari", "Aula Dinas", kecamatan, startsAt, endsAt, capacity);

    [Test]
    public void SessionInput_Valid() =>
        Assert.That(new TrainingSessionInputValidator().Validate(Session()).IsValid, Is.True);

    [TestCase("2027-01-14T09:00:00", "2027-01-14T15:00:00+07:00")]   // no offset
    [TestCase("2027-01-14T15:00:00+07:00", "2027-01-14T09:00:00+07:00")] // ends before it starts
    [TestCase("2027-01-01T09:00:00+07:00", "2027-01-15T09:00:01+07:00")] // longer than 14 days
    public void SessionInput_BadTimes(string startsAt, string endsAt) =>
        Assert.That(new TrainingSessionInputValidator().Validate(Session(startsAt, endsAt)).IsValid, Is.False);

    [TestCase(0)]
    [TestCase(TrainingSessionInputValidator.MaxCapacity + 1)]
    public void SessionInput_CapacityOutOfRange(int capacity) =>
        Assert.That(new TrainingSessionInputValidator().Validate(Session(capacity: capacity)).IsValid, Is.False);

    [Test]
    public void SessionInput_KecamatanOutsideMedan() =>
        Assert.That(new TrainingSessionInputValidator().Validate(Session(kecamatan: "12.72.01")).IsValid, Is.False);

    [Test]
    public void StatusMoves_PlannedOpenCompleted_CancelledFromEitherFirstTwo()
    {
        Assert.That(ChangeTrainingSessionStatus.Allowed[TrainingStatus.Planned], Is.EqualTo(new[] { TrainingStatus.Open, TrainingStatus.Cancelled }));
        Assert.That(ChangeTrainingSessionStatus.Allowed[TrainingStatus.Open], Is.EqualTo(new[] { TrainingStatus.Completed, TrainingStatus.Cancelled }));
        Assert.That(ChangeTrainingSessionStatus.Allowed[TrainingStatus.Completed], Is.Empty);
        Assert.That(ChangeTrainingSessionStatus.Allowed[TrainingStatus.Cancelled], Is.Empty);
    }
}
