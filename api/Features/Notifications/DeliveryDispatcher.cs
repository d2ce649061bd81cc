using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Texts;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// Works through the queued deliveries (webhooks, e-mails, WhatsApp gateway calls): claims the due rows
/// atomically with a lease (<see cref="DeliverySql.Claim"/>), sends them, and records every attempt. At
/// least once: a delivery is marked done only after its receiver answered 2xx (or the SMTP server took the
/// mail); the receiver sees the same <c>webhook-id</c> on every try (the idempotency key), so a retry after a
/// crash is recognisable. A failed attempt is retried with exponential back-off and jitter until
/// <c>GiveUpAt</c> (24 h after queueing); a process that dies mid-send leaves its claim to run out, and the
/// next dispatcher (this instance restarted, or another) claims the row again. Time only from TimeProvider.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceProvider services, TimeProvider clock, IOptions<NotificationOptions> options,
    WebhookSender webhooks, MailSender mail, ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatcher.Enabled) { await Idle.UntilStoppedAsync(stoppingToken); return; }
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try { sent = await RunOnceAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { LogFailed(logger, e); }
            if (sent > 0) continue;
            try { await Task.Delay(TimeSpan.FromMilliseconds(options.Value.Dispatcher.PollMilliseconds), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>One round: claims up to a batch of due deliveries and sends them; returns how many were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var o = options.Value.Dispatcher;
        var token = Guid.NewGuid().ToString("N");
        IReadOnlyList<ClaimedDelivery> claimed;
        Dictionary<int, SubscriptionTarget> targets;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            var now = clock.GetUtcNow();
            claimed = await db.QueryAsync<ClaimedDelivery>(DeliverySql.Claim(db.Dialect),
                new { Token = token, LeaseUntil = now.AddSeconds(o.LeaseSeconds), Now = now, Take = o.BatchSize }, ct);
            var ids = claimed.Where(c => c.SubscriptionId is not null).Select(c => c.SubscriptionId!.Value).Distinct().ToArray();
            targets = ids.Length == 0 ? [] : (await db.QueryAsync<SubscriptionTarget>(DeliverySql.SubscriptionsByIds, new { Ids = ids }, ct)).ToDictionary(s => s.Id);
        }
        if (claimed.Count == 0) return 0;
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = o.MaxParallel, CancellationToken = ct },
            async (delivery, token2) =>
            {
                var attemptedAt = clock.GetUtcNow();
                var result = await SendAsync(delivery, targets, token2);
                await RecordAsync(delivery, token, attemptedAt, result, token2);
            });
        return claimed.Count;
    }

    private Task<SendResult> SendAsync(ClaimedDelivery d, Dictionary<int, SubscriptionTarget> targets, CancellationToken ct)
    {
        switch (d.Channel)
        {
            case Channels.Webhook when d.SubscriptionId is { } sid && targets.TryGetValue(sid, out var target):
                return webhooks.SendAsync(target.Url, target.Secret, d.DeliveryKey, d.Payload, ct);
            case Channels.Email when d.Recipient is not null:
                var text = JsonSerializer.Deserialize<MailPayload>(d.Payload, DeliverySql.Json)?.Text ?? "";
                return mail.SendAsync(d.Recipient, d.Subject ?? "", text, d.DeliveryKey, ct);
            case Channels.WhatsApp when options.Value.WhatsApp is { GatewayUrl: { Length: > 0 } url, Secret: { Length: > 0 } secret }:
                return webhooks.SendAsync(url, secret, d.DeliveryKey, d.Payload, ct);
            default:
                return Task.FromResult(new SendResult(false, null, "no target for this delivery", 0));
        }
    }

    private async Task RecordAsync(ClaimedDelivery d, string token, DateTimeOffset attemptedAt, SendResult result, CancellationToken ct)
    {
        var o = options.Value;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var now = clock.GetUtcNow();
        await db.BeginAsync(ct);
        await db.ExecuteAsync(DeliverySql.InsertAttempt, new
        {
            DeliveryId = d.Id, Attempt = d.Attempts, AttemptedAt = attemptedAt, result.DurationMs, result.StatusCode, result.Succeeded, result.Error,
        }, ct);
        if (result.Succeeded)
        {
            await db.ExecuteAsync(DeliverySql.MarkSucceeded, new { d.Id, Token = token, Now = now, result.StatusCode }, ct);
            if (d.SubscriptionId is { } sid) await db.ExecuteAsync(DeliverySql.ResetFailures, new { Id = sid }, ct);
        }
        else
        {
            var next = Backoff.Next(now, d.Attempts, d.GiveUpAt, TimeSpan.FromSeconds(o.Dispatcher.BackoffBaseSeconds),
                TimeSpan.FromMinutes(o.Dispatcher.MaxBackoffMinutes), Random.Shared.NextDouble());
            if (next is null) await db.ExecuteAsync(DeliverySql.MarkFailed, new { d.Id, Token = token, Now = now, result.StatusCode, result.Error }, ct);
            else await db.ExecuteAsync(DeliverySql.MarkRetry, new { d.Id, Token = token, Next = next.Value, result.StatusCode, result.Error }, ct);
            if (d.Channel == Channels.Webhook && d.SubscriptionId is { } sid)
            {
                await db.ExecuteAsync(DeliverySql.CountFailure, new { Id = sid }, ct);
                var disabled = await db.ExecuteAsync(DeliverySql.DisableFailing, new { Id = sid, Now = now, Limit = o.Webhooks.DisableAfterFailures }, ct);
                if (disabled > 0) await NotifyAdminsAsync(db, sid, now, ct);
            }
        }
        await db.CommitAsync(ct);
    }

    /// <summary>Queues an e-mail to every active admin saying that a subscription was disabled.</summary>
    private async Task NotifyAdminsAsync(DbSession db, int subscriptionId, DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        var name = await db.ExecuteScalarAsync<string>(DeliverySql.SubscriptionName, new { Id = subscriptionId }, ct);
        var args = new Dictionary<string, object?> { ["name"] = name, ["failures"] = o.Webhooks.DisableAfterFailures, ["office"] = Mails.Office(o.Language) };
        foreach (var admin in await db.QueryAsync<(int Id, string Email)>(DeliverySql.ActiveAdmins, null, ct))
            await Mails.QueueAsync(db, $"webhook-disabled:{subscriptionId}:{now.ToUnixTimeSeconds()}:{admin.Id}", "webhook.disabled", admin.Email,
                ServerTexts.Format("notifications.mail.webhook_disabled.subject", o.Language, args),
                ServerTexts.Format("notifications.mail.webhook_disabled.body", o.Language, args), now, now.AddHours(o.Dispatcher.GiveUpAfterHours), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery round failed; trying again after the poll interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>The stored form of a queued e-mail's body.</summary>
public sealed record MailPayload(string Text);

/// <summary>Queues e-mails as deliveries (in the caller's transaction).</summary>
public static class Mails
{
    public const string OfficeName = "Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan";

    public static string Office(string language) => OfficeName;

    /// <summary>Queues one e-mail; a second one with the same key is ignored. Returns whether it was queued.</summary>
    public static async Task<bool> QueueAsync(DbSession db, string key, string eventType, string to, string subject, string text,
        DateTimeOffset now, DateTimeOffset giveUpAt, CancellationToken ct) =>
        await db.ExecuteAsync(DeliverySql.InsertDelivery, new
        {
            DeliveryKey = key, EventId = (string?)null, EventType = eventType, Channel = Channels.Email, SubscriptionId = (int?)null,
            Recipient = to, Subject = subject.Length > 300 ? subject[..300] : subject,
            Payload = JsonSerializer.Serialize(new MailPayload(text), DeliverySql.Json), Now = now, GiveUpAt = giveUpAt,
        }, ct) > 0;
}
