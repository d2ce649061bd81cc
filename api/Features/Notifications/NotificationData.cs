using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>A delivery the dispatcher claimed.</summary>
public sealed class ClaimedDelivery
{
    public int Id { get; init; }
    public string DeliveryKey { get; init; } = "";
    public string EventType { get; init; } = "";
    public string Channel { get; init; } = "";
    public int? SubscriptionId { get; init; }
    public string? Recipient { get; init; }
    public string? Subject { get; init; }
    public string Payload { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset GiveUpAt { get; init; }
}

/// <summary>What the dispatcher needs of a subscription.</summary>
public sealed class SubscriptionTarget
{
    public int Id { get; init; }
    public string Url { get; init; } = "";
    public string Secret { get; init; } = "";
    public string EventTypes { get; init; } = "";
}

/// <summary>Delivery channels.</summary>
public static class Channels
{
    public const string Webhook = "webhook";
    public const string Email = "email";
    public const string WhatsApp = "whatsapp";
}

/// <summary>SQL shared by the outbox, the dispatcher and the webhook use cases.</summary>
public static class DeliverySql
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string InsertOutbox = """
        INSERT INTO Outbox (EventId, Type, SubjectType, SubjectId, Payload, OccurredAt)
        VALUES (@EventId, @Type, @SubjectType, @SubjectId, @Payload, @OccurredAt)
        """;

    public const string ActiveSubscriptions = "SELECT s.Id, s.Url, s.Secret, s.EventTypes FROM WebhookSubscriptions s WHERE s.Active = 1";

    public const string SubscriptionsByIds = "SELECT s.Id, s.Url, s.Secret, s.EventTypes FROM WebhookSubscriptions s WHERE s.Id IN @Ids";

    /// <summary>Queues a delivery; a second delivery with the same key is ignored (the key is the idempotency key).</summary>
    public const string InsertDelivery = """
        INSERT INTO Deliveries (DeliveryKey, EventId, EventType, Channel, SubscriptionId, Recipient, Subject, Payload, Status,
            Attempts, NextAttemptAt, GiveUpAt, CreatedAt)
        SELECT @DeliveryKey, @EventId, @EventType, @Channel, @SubscriptionId, @Recipient, @Subject, @Payload, 'pending',
            0, @Now, @GiveUpAt, @Now
        WHERE NOT EXISTS (SELECT 1 FROM Deliveries x WHERE x.DeliveryKey = @DeliveryKey)
        """;

    private const string ClaimColumns = "Id, DeliveryKey, EventType, Channel, SubscriptionId, Recipient, Subject, Payload, Attempts, GiveUpAt";

    private const string DueCondition = """
        d.Status = 'pending' AND d.NextAttemptAt <= @Now AND (d.ClaimedUntil IS NULL OR d.ClaimedUntil < @Now)
          AND (d.SubscriptionId IS NULL OR EXISTS (SELECT 1 FROM WebhookSubscriptions s WHERE s.Id = d.SubscriptionId AND s.Active = 1))
        """;

    /// <summary>
    /// SQLite: one UPDATE ... RETURNING takes the due rows (SQLite runs one writer at a time, so two
    /// dispatchers never take the same row); a row whose lease ran out (its dispatcher died) is due again.
    /// </summary>
    public static readonly string ClaimSqlite = $"""
        UPDATE Deliveries SET ClaimToken = @Token, ClaimedUntil = @LeaseUntil, Attempts = Attempts + 1
        WHERE Id IN (SELECT d.Id FROM Deliveries d WHERE {DueCondition}
                     ORDER BY d.NextAttemptAt, d.Id LIMIT @Take)
        RETURNING {ClaimColumns}
        """;

    /// <summary>
    /// SQL Server: UPDATE TOP of a CTE under READPAST, UPDLOCK, ROWLOCK, OUTPUT inserted: instances
    /// skip the rows another instance is claiming instead of waiting for or taking them.
    /// </summary>
    public static readonly string ClaimSqlServer = $"""
        WITH due AS (
            SELECT TOP (@Take) d.Id, d.DeliveryKey, d.EventType, d.Channel, d.SubscriptionId, d.Recipient, d.Subject, d.Payload,
                   d.Attempts, d.GiveUpAt, d.ClaimToken, d.ClaimedUntil, d.NextAttemptAt
            FROM Deliveries d WITH (READPAST, UPDLOCK, ROWLOCK)
            WHERE {DueCondition}
            ORDER BY d.NextAttemptAt, d.Id)
        UPDATE due SET ClaimToken = @Token, ClaimedUntil = @LeaseUntil, Attempts = Attempts + 1
        OUTPUT {string.Join(", ", ClaimColumns.Split(", ").Select(c => "inserted." + c))};
        """;

    public static string Claim(SqlDialect dialect) => ReferenceEquals(dialect, SqlDialect.SqlServer) ? ClaimSqlServer : ClaimSqlite;

    public const string InsertAttempt = """
        INSERT INTO DeliveryAttempts (DeliveryId, Attempt, AttemptedAt, DurationMs, StatusCode, Succeeded, Error)
        VALUES (@DeliveryId, @Attempt, @AttemptedAt, @DurationMs, @StatusCode, @Succeeded, @Error)
        """;

    public const string MarkSucceeded = """
        UPDATE Deliveries SET Status = 'succeeded', CompletedAt = @Now, ClaimToken = NULL, ClaimedUntil = NULL,
            LastStatusCode = @StatusCode, LastError = NULL
        WHERE Id = @Id AND ClaimToken = @Token
        """;

    public const string MarkRetry = """
        UPDATE Deliveries SET NextAttemptAt = @Next, ClaimToken = NULL, ClaimedUntil = NULL, LastStatusCode = @StatusCode, LastError = @Error
        WHERE Id = @Id AND ClaimToken = @Token
        """;

    public const string MarkFailed = """
        UPDATE Deliveries SET Status = 'failed', CompletedAt = @Now, ClaimToken = NULL, ClaimedUntil = NULL,
            LastStatusCode = @StatusCode, LastError = @Error
        WHERE Id = @Id AND ClaimToken = @Token
        """;

    public const string ResetFailures = "UPDATE WebhookSubscriptions SET ConsecutiveFailures = 0 WHERE Id = @Id AND ConsecutiveFailures <> 0";

    public const string CountFailure = "UPDATE WebhookSubscriptions SET ConsecutiveFailures = ConsecutiveFailures + 1 WHERE Id = @Id";

    public const string DisableFailing = """
        UPDATE WebhookSubscriptions SET Active = 0, DisabledAt = @Now, DisabledReason = 'failures', UpdatedAt = @Now, Version = Version + 1
        WHERE Id = @Id AND Active = 1 AND ConsecutiveFailures >= @Limit
        """;

    public const string SubscriptionName = "SELECT Name FROM WebhookSubscriptions WHERE Id = @Id";

    public const string ActiveAdmins = "SELECT u.Id, u.Email FROM Users u WHERE u.Role = 'admin' AND u.IsActive = 1";
}
