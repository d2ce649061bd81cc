using MedanUmkm.Api.Infrastructure.Http;
using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Privacy;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Training;

/// <summary>What a training session teaches.</summary>
public enum TrainingTopic
{
    DigitalMarketing, Packaging, ProductPhotography, FinancialLiteracy, HalalCertification, ExportReadiness, Other,
}

/// <summary>planned -> open -> completed, or cancelled from planned or open.</summary>
public enum TrainingStatus { Planned, Open, Completed, Cancelled }

/// <summary>A business's place in a session.</summary>
public enum RegistrationStatus { Confirmed, Waitlisted, Cancelled }

/// <summary>The fields a client sends to plan or edit a training session.</summary>
/// <param name="Title" example="Pemasaran Digital untuk UMKM Kuliner">Title.</param>
/// <param name="Topic" example="digital_marketing">digital_marketing, packaging, product_photography, financial_literacy, halal_certification, export_readiness or other.</param>
/// <param name="Description" example="Membuat katalog produk di marketplace dan media sosial.">What the session covers.</param>
/// <param name="Trainer" example="Dewi Lestari Nasution, S.E.">Trainer or institution.</param>
/// <param name="Venue" example="Aula Dinas Koperasi UKM, Jl. Gatot Subroto">Where it takes place.</param>
/// <param name="KecamatanCode" example="12.71.01">Kecamatan of the venue.</param>
/// <param name="StartsAt" example="2027-01-14T09:00:00+07:00">ISO 8601 with offset (Asia/Jakarta is +07:00); stored in UTC.</param>
/// <param name="EndsAt" example="2027-01-14T15:00:00+07:00">ISO 8601 with offset, after startsAt.</param>
/// <param name="Capacity" example="30">Seats (1 to 500).</param>
public sealed record TrainingSessionInput(
    string Title,
    TrainingTopic? Topic,
    string? Description,
    string Trainer,
    string Venue,
    string KecamatanCode,
    string StartsAt,
    string EndsAt,
    int Capacity);

public sealed class TrainingSessionInputValidator : AbstractValidator<TrainingSessionInput>
{
    public const int MaxCapacity = 500;

    public TrainingSessionInputValidator()
    {
        RuleFor(s => s.Title).NotEmpty().Length(3, 200);
        RuleFor(s => s.Topic).NotNull().IsInEnum();
        RuleFor(s => s.Description).MaximumLength(2000);
        RuleFor(s => s.Trainer).NotEmpty().Length(2, 150);
        RuleFor(s => s.Venue).NotEmpty().Length(2, 200);
        RuleFor(s => s.KecamatanCode).NotEmpty().Must(BusinessInputValidator.KecamatanCodes.Contains)
            .WithMessage("kecamatanCode must be one of Medan's 21 kecamatan (12.71.01 to 12.71.21).");
        RuleFor(s => s.StartsAt).Must(t => OfficeTime.ParseTimestamp(t) is not null)
            .WithMessage("startsAt must be an ISO 8601 timestamp with offset, e.g. 2027-01-14T09:00:00+07:00.");
        RuleFor(s => s.EndsAt).Must(t => OfficeTime.ParseTimestamp(t) is not null)
            .WithMessage("endsAt must be an ISO 8601 timestamp with offset, e.g. 2027-01-14T15:00:00+07:00.");
        RuleFor(s => s.EndsAt)
            .Must((s, end) => OfficeTime.ParseTimestamp(end) > OfficeTime.ParseTimestamp(s.StartsAt))
            .WithMessage("endsAt must be after startsAt.")
            .Must((s, end) => OfficeTime.ParseTimestamp(end) - OfficeTime.ParseTimestamp(s.StartsAt) <= TimeSpan.FromDays(14))
            .WithMessage("A session lasts at most 14 days.")
            .When(s => OfficeTime.ParseTimestamp(s.StartsAt) is not null && OfficeTime.ParseTimestamp(s.EndsAt) is not null);
        RuleFor(s => s.Capacity).InclusiveBetween(1, MaxCapacity);
    }
}

/// <summary>A training session. startsAt and endsAt are given in Asia/Jakarta time (+07:00).</summary>
public sealed record TrainingSessionResponse
{
    /// <example>12</example>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required TrainingTopic Topic { get; init; }
    public string? Description { get; init; }
    public required string Trainer { get; init; }
    public required string Venue { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    /// <example>2027-01-14T09:00:00+07:00</example>
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>Derived from the Jakarta start date.</summary>
    /// <example>2027-Q1</example>
    public required string Quarter { get; init; }
    public required int Capacity { get; init; }
    public required TrainingStatus Status { get; init; }
    public required int ConfirmedCount { get; init; }
    public required int WaitlistedCount { get; init; }
    public int SeatsLeft { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required int Version { get; init; }
}

public sealed class TrainingSessionRow
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public string Topic { get; init; } = "";
    public string? Description { get; init; }
    public string Trainer { get; init; } = "";
    public string Venue { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public string Quarter { get; init; } = "";
    public int Capacity { get; init; }
    public string Status { get; init; } = "";
    public int ConfirmedCount { get; init; }
    public int WaitlistedCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>A business's registration for a session. phone is masked unless the caller may see personal data.</summary>
public sealed record RegistrationResponse
{
    /// <example>301</example>
    public required string Id { get; init; }
    public required string SessionId { get; init; }
    public required string BusinessId { get; init; }
    public required string BusinessName { get; init; }
    public required string OwnerName { get; init; }
    public required string Nib { get; init; }
    public required string KecamatanCode { get; init; }
    public required string KecamatanName { get; init; }
    [PersonalData(PersonalDataKind.Phone)]
    public string? Phone { get; init; }
    public required RegistrationStatus Status { get; init; }
    /// <summary>1 for the first in line; null unless waitlisted.</summary>
    public int? WaitlistPosition { get; init; }
    public string? Note { get; init; }
    /// <summary>Null until attendance is recorded.</summary>
    public bool? Attended { get; init; }
    public string? OutcomeNote { get; init; }
    public DateTimeOffset? AttendanceRecordedAt { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public required int Version { get; init; }
}

public sealed class RegistrationRow
{
    public int Id { get; init; }
    public int SessionId { get; init; }
    public int BusinessId { get; init; }
    public string BusinessName { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public string Nib { get; init; } = "";
    public string KecamatanCode { get; init; } = "";
    public string KecamatanName { get; init; } = "";
    public string? Phone { get; init; }
    public string Status { get; init; } = "";
    public int? WaitlistPosition { get; init; }
    public string? Note { get; init; }
    public bool? Attended { get; init; }
    public string? OutcomeNote { get; init; }
    public DateTimeOffset? AttendanceRecordedAt { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public int Version { get; init; }
}

[Mapper]
public static partial class TrainingMapper
{
    [MapperIgnoreTarget(nameof(TrainingSessionResponse.SeatsLeft))]
    private static partial TrainingSessionResponse Map(TrainingSessionRow row);

    public static TrainingSessionResponse ToResponse(TrainingSessionRow row) => Map(row) with
    {
        StartsAt = OfficeTime.ToOffice(row.StartsAt),
        EndsAt = OfficeTime.ToOffice(row.EndsAt),
        SeatsLeft = Math.Max(0, row.Capacity - row.ConfirmedCount),
    };

    public static partial RegistrationResponse ToResponse(RegistrationRow row);

    private static TrainingTopic ToTopic(string s) => EnumText.Parse<TrainingTopic>(s);
    private static TrainingStatus ToStatus(string s) => EnumText.Parse<TrainingStatus>(s);
    private static RegistrationStatus ToRegistrationStatus(string s) => EnumText.Parse<RegistrationStatus>(s);
}

/// <summary>SQL and reads shared by the training use cases.</summary>
public static class TrainingSql
{
    public const string SelectSession = """
        SELECT s.Id, s.Title, s.Topic, s.Description, s.Trainer, s.Venue, s.KecamatanCode, k.Name AS KecamatanName,
               s.StartsAt, s.EndsAt, s.Quarter, s.Capacity, s.Status,
               (SELECT COUNT(*) FROM TrainingRegistrations c WHERE c.SessionId = s.Id AND c.Status = 'confirmed') AS ConfirmedCount,
               (SELECT COUNT(*) FROM TrainingRegistrations w WHERE w.SessionId = s.Id AND w.Status = 'waitlisted') AS WaitlistedCount,
               s.CreatedAt, s.UpdatedAt, s.Version
        FROM TrainingSessions s
        JOIN Kecamatan k ON k.Code = s.KecamatanCode
        """;

    private const string SessionById = SelectSession + "\nWHERE s.Id = @Id";

    public const string SelectRegistration = """
        SELECT r.Id, r.SessionId, r.BusinessId, b.Name AS BusinessName, b.OwnerName, b.Nib, b.KecamatanCode,
               k.Name AS KecamatanName, b.Phone, r.Status,
               CASE WHEN r.Status = 'waitlisted' THEN
                   (SELECT COUNT(*) FROM TrainingRegistrations q
                    WHERE q.SessionId = r.SessionId AND q.Status = 'waitlisted' AND q.WaitlistSeq <= r.WaitlistSeq)
               END AS WaitlistPosition,
               r.Note, r.Attended, r.OutcomeNote, r.AttendanceRecordedAt, r.RegisteredAt, r.CancelledAt, r.Version
        FROM TrainingRegistrations r
        JOIN Businesses b ON b.Id = r.BusinessId
        JOIN Kecamatan k ON k.Code = b.KecamatanCode
        """;

    private const string RegistrationById = SelectRegistration + "\nWHERE r.Id = @Id AND r.SessionId = @SessionId";

    /// <summary>
    /// Takes the session's row lock first thing in a command (a no-op write): on SQL Server writers on one session
    /// then queue instead of deadlocking on lock upgrades; on SQLite the transaction already holds the write lock.
    /// </summary>
    private const string LockSql = "UPDATE TrainingSessions SET Version = Version WHERE Id = @Id";

    public static int ParseId(string id, string entity = "Training session") =>
        RouteIds.Parse(id, entity);

    public static async Task LockSessionAsync(DbSession db, int id, CancellationToken ct)
    {
        if (await db.ExecuteAsync(LockSql, new { Id = id }, ct) == 0) throw new NotFoundException("Training session", id.ToString());
    }

    public static async Task<TrainingSessionResponse> LoadSessionAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<TrainingSessionRow>(SessionById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Training session", id.ToString());
        return TrainingMapper.ToResponse(row);
    }

    /// <summary>The registration (unmasked) or 404 when it does not exist or belongs to another session.</summary>
    public static async Task<RegistrationResponse> LoadRegistrationAsync(DbSession db, int sessionId, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<RegistrationRow>(RegistrationById, new { Id = id, SessionId = sessionId }, ct)
                  ?? throw new NotFoundException("Registration", id.ToString());
        return TrainingMapper.ToResponse(row);
    }

    /// <summary>Masks personal data for callers that may not see it (the attendance file; JSON responses are masked at the boundary).</summary>
    public static RegistrationResponse ForCaller(this RegistrationResponse r, CurrentActor actor) => PersonalData.ForCaller(r, actor);

    /// <summary>
    /// Fills free seats of an open session from its waitlist, first in line first; returns the promoted ids.
    /// Each promotion is one conditional UPDATE (seat count checked in the statement) and is audited by the caller.
    /// </summary>
    public static async Task<List<int>> PromoteWaitlistAsync(DbSession db, int sessionId, DateTimeOffset now, CancellationToken ct)
    {
        const string nextSql = """
            SELECT r.Id FROM TrainingRegistrations r
            WHERE r.SessionId = @SessionId AND r.Status = 'waitlisted'
            ORDER BY r.WaitlistSeq, r.Id
            """;
        const string promoteSql = """
            UPDATE TrainingRegistrations SET Status = 'confirmed', WaitlistSeq = NULL, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Status = 'waitlisted'
              AND (SELECT s.Status FROM TrainingSessions s WHERE s.Id = @SessionId) = 'open'
              AND (SELECT COUNT(*) FROM TrainingRegistrations c WHERE c.SessionId = @SessionId AND c.Status = 'confirmed')
                  < (SELECT s.Capacity FROM TrainingSessions s WHERE s.Id = @SessionId)
            """;
        var promoted = new List<int>();
        foreach (var id in await db.QueryAsync<int>(nextSql, new { SessionId = sessionId }, ct))
        {
            if (await db.ExecuteAsync(promoteSql, new { Id = id, SessionId = sessionId, Now = now }, ct) == 0) break;
            promoted.Add(id);
        }
        return promoted;
    }
}
