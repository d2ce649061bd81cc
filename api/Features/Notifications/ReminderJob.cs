using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.ExportCases;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Texts;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// The daily reminders, at <c>Notifications:Reminders:RunAt</c> WIB (default 07:00; from the injected
/// TimeProvider): export documents and certificates expiring in 30 and 7 days (to the officer in charge
/// of the case and, with consent, to the owner), halal certificates expiring (to the owner, with consent),
/// and export cases whose stage became overdue (to the officer in charge). Each reminder is a queued
/// e-mail with a key naming what it is about, so a second run the same day (another instance, a restart)
/// queues nothing twice; <c>ReminderRuns</c> records each day's run.
/// </summary>
public sealed partial class ReminderJob(
    IServiceProvider services, TimeProvider clock, IOptions<NotificationOptions> options,
    IOptions<ExportCaseOptions> exportOptions, ILogger<ReminderJob> logger) : BackgroundService
{
    private const string InsertRun = "INSERT INTO ReminderRuns (Day, RanAt, Queued) SELECT @Day, @Now, 0 WHERE NOT EXISTS (SELECT 1 FROM ReminderRuns r WHERE r.Day = @Day)";
    private const string UpdateRun = "UPDATE ReminderRuns SET Queued = @Queued WHERE Day = @Day";

    private const string ExpiringDocumentsSql = """
        SELECT d.Id AS DocumentId, d.DocumentType, d.ExpiresOn, c.Id AS ExportCaseId, b.Id AS BusinessId, b.Name AS BusinessName,
               u.Id AS OfficerId, u.Email AS OfficerEmail, b.Email AS OwnerEmail, k.Email AS OwnerConsent, k.UnsubscribeToken
        FROM ExportCaseDocuments d
        JOIN ExportCases c ON c.Id = d.ExportCaseId
        JOIN Businesses b ON b.Id = c.BusinessId
        JOIN Users u ON u.Id = c.AssignedOfficerId
        LEFT JOIN ContactConsents k ON k.BusinessId = b.Id
        WHERE d.ExpiresOn IN @Dates AND c.ClosedOn IS NULL AND d.Status <> 'rejected'
        """;

    private const string ExpiringHalalSql = """
        SELECT p.Id AS ProductId, p.Name AS ProductName, p.HalalCertificateExpiresOn AS ExpiresOn, b.Id AS BusinessId, b.Name AS BusinessName,
               b.Email AS OwnerEmail, k.UnsubscribeToken
        FROM Products p
        JOIN Businesses b ON b.Id = p.BusinessId
        JOIN ContactConsents k ON k.BusinessId = b.Id AND k.Email = 1
        WHERE p.HalalCertificateExpiresOn IN @Dates AND b.Status = 'active' AND b.Email IS NOT NULL
        """;

    private const string OverdueCasesSql = """
        SELECT c.Id AS ExportCaseId, c.Stage, c.StageEnteredAt, b.Name AS BusinessName, u.Id AS OfficerId, u.Email AS OfficerEmail
        FROM ExportCases c
        JOIN Businesses b ON b.Id = c.BusinessId
        JOIN Users u ON u.Id = c.AssignedOfficerId
        WHERE c.Stage = @Stage AND c.StageEnteredAt <= @Cutoff AND c.ClosedOn IS NULL AND u.IsActive = 1
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Reminders.Enabled) { await Idle.UntilStoppedAsync(stoppingToken); return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var queued = await RunDueAsync(stoppingToken);
                if (queued > 0) LogQueued(logger, queued);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogFailed(logger, e); }
            try { await Task.Delay(UntilNextRun(clock.GetUtcNow(), RunAt), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private TimeOnly RunAt => TimeOnly.ParseExact(options.Value.Reminders.RunAt, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Time from <paramref name="now"/> to the next <paramref name="runAt"/> in WIB (a day ahead when it is that time now).</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now, TimeOnly runAt)
    {
        var today = OfficeTime.DateOf(now);
        var next = OfficeTime.At(today, runAt);
        if (next <= now) next = OfficeTime.At(today.AddDays(1), runAt);
        return next - now;
    }

    /// <summary>
    /// Today's run when it is at or past the run time (WIB) and today has not run yet; returns how many
    /// e-mails were queued (0 when it was not due).
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = OfficeTime.DateOf(now);
        if (OfficeTime.ToOffice(now).TimeOfDay < RunAt.ToTimeSpan()) return 0;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await db.BeginAsync(ct);
        if (await db.ExecuteAsync(InsertRun, new { Day = today, Now = now }, ct) == 0) return 0;
        var queued = await QueueAsync(db, now, today, ct);
        await db.ExecuteAsync(UpdateRun, new { Day = today, Queued = queued }, ct);
        await db.CommitAsync(ct);
        return queued;
    }

    private async Task<int> QueueAsync(DbSession db, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var o = options.Value;
        var lang = o.Language;
        var giveUpAt = now.AddHours(o.Dispatcher.GiveUpAfterHours);
        var dates = o.Reminders.ExpiryDays.Distinct().Select(d => today.AddDays(d)).ToArray();
        var queued = 0;
        async Task Mail(string key, string to, string code, Dictionary<string, object?> args, string? unsubscribeToken)
        {
            args["office"] = Mails.OfficeName;
            var body = ServerTexts.Format($"notifications.mail.{code}.body", lang, args);
            if (unsubscribeToken is not null)
                body += "\n\n" + ServerTexts.Format("notifications.mail.unsubscribe", lang, new Dictionary<string, object?>
                {
                    ["link"] = $"{o.PublicBaseUrl.TrimEnd('/')}/api/v1/notifications/unsubscribe?code={unsubscribeToken}",
                });
            if (await Mails.QueueAsync(db, key, "reminder." + code, to, ServerTexts.Format($"notifications.mail.{code}.subject", lang, args), body, now, giveUpAt, ct))
                queued++;
        }

        foreach (var d in await db.QueryAsync<ExpiringDocument>(ExpiringDocumentsSql, new { Dates = dates }, ct))
        {
            var days = d.ExpiresOn.DayNumber - today.DayNumber;
            var args = new Dictionary<string, object?>
            {
                ["document"] = d.DocumentType, ["case"] = d.ExportCaseId, ["business"] = d.BusinessName, ["date"] = d.ExpiresOn, ["days"] = days,
            };
            var subject = $"document_expiring:{d.DocumentId}:{d.ExpiresOn:yyyyMMdd}:{days}";
            await Mail($"reminder:{subject}:officer:{d.OfficerId}", d.OfficerEmail, "document_expiring", args, null);
            if (d.OwnerConsent == true && d.OwnerEmail is not null && d.UnsubscribeToken is not null)
                await Mail($"reminder:{subject}:owner:{d.BusinessId}", d.OwnerEmail, "document_expiring", new(args), d.UnsubscribeToken);
        }

        foreach (var p in await db.QueryAsync<ExpiringHalal>(ExpiringHalalSql, new { Dates = dates }, ct))
        {
            var days = p.ExpiresOn.DayNumber - today.DayNumber;
            await Mail($"reminder:halal_expiring:{p.ProductId}:{p.ExpiresOn:yyyyMMdd}:{days}:owner:{p.BusinessId}", p.OwnerEmail, "halal_expiring",
                new() { ["product"] = p.ProductName, ["business"] = p.BusinessName, ["date"] = p.ExpiresOn, ["days"] = days }, p.UnsubscribeToken);
        }

        foreach (var (stage, target) in exportOptions.Value.Targets)
        {
            var stageText = EnumText.Of(stage);
            foreach (var c in await db.QueryAsync<OverdueCase>(OverdueCasesSql, new { Stage = stageText, Cutoff = StageClock.OverdueCutoff(now, target) }, ct))
                await Mail($"reminder:stage_overdue:{c.ExportCaseId}:{stageText}:{c.StageEnteredAt.ToUnixTimeSeconds()}:officer:{c.OfficerId}", c.OfficerEmail,
                    "stage_overdue", new() { ["case"] = c.ExportCaseId, ["business"] = c.BusinessName, ["stage"] = stageText, ["target"] = target }, null);
        }
        return queued;
    }

    private sealed class ExpiringDocument
    {
        public int DocumentId { get; init; }
        public string DocumentType { get; init; } = "";
        public DateOnly ExpiresOn { get; init; }
        public int ExportCaseId { get; init; }
        public int BusinessId { get; init; }
        public string BusinessName { get; init; } = "";
        public int OfficerId { get; init; }
        public string OfficerEmail { get; init; } = "";
        public string? OwnerEmail { get; init; }
        public bool? OwnerConsent { get; init; }
        public string? UnsubscribeToken { get; init; }
    }

    private sealed class ExpiringHalal
    {
        public int ProductId { get; init; }
        public string ProductName { get; init; } = "";
        public DateOnly ExpiresOn { get; init; }
        public int BusinessId { get; init; }
        public string BusinessName { get; init; } = "";
        public string OwnerEmail { get; init; } = "";
        public string UnsubscribeToken { get; init; } = "";
    }

    private sealed class OverdueCase
    {
        public int ExportCaseId { get; init; }
        public string Stage { get; init; } = "";
        public DateTimeOffset StageEnteredAt { get; init; }
        public string BusinessName { get; init; } = "";
        public int OfficerId { get; init; }
        public string OfficerEmail { get; init; } = "";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily reminders: {Count} e-mails queued")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily reminders failed; trying again at the next run time")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
