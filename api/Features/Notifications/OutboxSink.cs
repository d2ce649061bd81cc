using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Pipeline;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// The transactional outbox: writes each raised <see cref="DomainEvent"/> to <c>Outbox</c> and queues one
/// delivery per active webhook subscription that listens to its type, in the command's own transaction
/// (<see cref="DomainEvents"/> is flushed just before the commit), so an event exists if and only if its change does.
/// </summary>
public sealed class OutboxSink(DbSession db, TimeProvider clock, IOptions<NotificationOptions> options) : IDomainEventSink
{
    public async ValueTask WriteAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var subscriptions = await db.QueryAsync<SubscriptionTarget>(DeliverySql.ActiveSubscriptions, null, ct);
        var giveUpAt = now.AddHours(options.Value.Dispatcher.GiveUpAfterHours);
        foreach (var e in events)
        {
            var eventId = "evt_" + Guid.CreateVersion7(now).ToString("N");
            var payload = Payload(eventId, e, now);
            await db.ExecuteAsync(DeliverySql.InsertOutbox, new
            {
                EventId = eventId, e.Type, e.SubjectType, e.SubjectId, Payload = payload, OccurredAt = now,
            }, ct);
            foreach (var s in subscriptions.Where(s => Listens(s.EventTypes, e.Type)))
                await db.ExecuteAsync(DeliverySql.InsertDelivery, new
                {
                    DeliveryKey = "msg_" + Guid.CreateVersion7(now).ToString("N"),
                    EventId = eventId, EventType = e.Type, Channel = Channels.Webhook, SubscriptionId = (int?)s.Id,
                    Recipient = (string?)null, Subject = (string?)null, Payload = payload, Now = now, GiveUpAt = giveUpAt,
                }, ct);
        }
    }

    /// <summary>Whether a subscription's space-separated types (or <c>*</c>) include <paramref name="type"/>.</summary>
    public static bool Listens(string eventTypes, string type) =>
        eventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(t => t == "*" || t == type);

    /// <summary>The JSON body integrators receive (schema <see cref="WebhookEventPayload"/>).</summary>
    public static string Payload(string eventId, DomainEvent e, DateTimeOffset occurredAt) =>
        JsonSerializer.Serialize(new
        {
            id = eventId,
            type = e.Type,
            occurredAt,
            subject = new { type = e.SubjectType, id = e.SubjectId },
            data = e.Data ?? new { },
        }, DeliverySql.Json);
}
