using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Privacy;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Training;

/// <summary>A TrainingSessions row as read by <see cref="TrainingSql.SelectSession"/>.</summary>
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

/// <summary>A TrainingRegistrations row as read by <see cref="TrainingSql.SelectRegistration"/>.</summary>
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
        if (await db.ExecuteAsync(LockSql, new { Id = id }, ct) == 0) throw new NotFoundException("Training session", id.ToString(CultureInfo.InvariantCulture));
    }

    public static async Task<TrainingSessionResponse> LoadSessionAsync(DbSession db, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<TrainingSessionRow>(SessionById, new { Id = id }, ct)
                  ?? throw new NotFoundException("Training session", id.ToString(CultureInfo.InvariantCulture));
        return TrainingMapper.ToResponse(row);
    }

    /// <summary>The registration (unmasked) or 404 when it does not exist or belongs to another session.</summary>
    public static async Task<RegistrationResponse> LoadRegistrationAsync(DbSession db, int sessionId, int id, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<RegistrationRow>(RegistrationById, new { Id = id, SessionId = sessionId }, ct)
                  ?? throw new NotFoundException("Registration", id.ToString(CultureInfo.InvariantCulture));
        return TrainingMapper.ToResponse(row);
    }

    /// <summary>Masks personal data for callers that may not see it (the attendance file; JSON responses are masked at the boundary).</summary>
    public static RegistrationResponse ForCaller(this RegistrationResponse r, CurrentActor actor) => PersonalData.ForCaller(r, actor);

    /// <summary>Audits each registration that <see cref="PromoteWaitlistAsync"/> moved up from the waitlist.</summary>
    public static async Task AuditPromotedAsync(AuditTrail audit, IEnumerable<int> promoted, CancellationToken ct)
    {
        foreach (var id in promoted)
            await audit.RecordAsync("training_registration", id.ToString(CultureInfo.InvariantCulture), "promoted",
                new { status = "waitlisted" }, new { status = "confirmed" }, ct);
        foreach (var id in promoted) audit.Events.Raise("training.registration.promoted", "training_registration", id, new { registrationId = id.ToString(CultureInfo.InvariantCulture) });
    }

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

/// <summary>Column values written for a <see cref="TrainingSessionInput"/> (times in UTC, quarter derived).</summary>
public static class SessionColumns
{
    public static object From(TrainingSessionInput s, int? id, int? version, DateTimeOffset now)
    {
        var starts = OfficeTime.ParseTimestamp(s.StartsAt)!.Value;
        return new
        {
            Id = id,
            ExpectedVersion = version,
            Title = s.Title.Trim(),
            Topic = EnumText.Of(s.Topic!.Value),
            Description = string.IsNullOrWhiteSpace(s.Description) ? null : s.Description.Trim(),
            Trainer = s.Trainer.Trim(),
            Venue = s.Venue.Trim(),
            s.KecamatanCode,
            StartsAt = starts,
            EndsAt = OfficeTime.ParseTimestamp(s.EndsAt)!.Value,
            Quarter = OfficeTime.QuarterOf(starts),
            s.Capacity,
            Now = now,
        };
    }
}
