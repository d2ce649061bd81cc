using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// Sends a delivery again: it becomes pending, due now, with a new 24 h retry window. It keeps its
/// webhook-id, so a receiver that already processed it recognises it.
/// </summary>
public static class RedeliverWebhook
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/deliveries/{deliveryId}/redeliver", async (string id, string deliveryId, ISender sender, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries/{deliveryId}",
                    await sender.Send(new Command(WebhookSql.ParseId(id), RouteIds.Parse(deliveryId, "Delivery")), ct)))
        .WithName(nameof(RedeliverWebhook))
        .WithSummary("Queue a delivery again (same webhook-id)")
        .WithDescription("409 delivery_in_flight while a dispatcher holds the delivery.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.Admin);

    public sealed record Command(int WebhookId, int DeliveryId) : ICommand<DeliveryResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, IOptions<NotificationOptions> options) : ICommandHandler<Command, DeliveryResponse>
    {
        private const string ByIdSql = WebhookSql.SelectDeliveries + "\nWHERE d.Id = @DeliveryId AND d.SubscriptionId = @WebhookId";

        private const string RequeueSql = """
            UPDATE Deliveries SET Status = 'pending', NextAttemptAt = @Now, GiveUpAt = @GiveUpAt, CompletedAt = NULL
            WHERE Id = @DeliveryId AND (ClaimToken IS NULL OR ClaimedUntil < @Now)
            """;

        public async ValueTask<DeliveryResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = command.DeliveryId.ToString(CultureInfo.InvariantCulture);
            var before = await db.QuerySingleOrDefaultAsync<DeliveryRow>(ByIdSql, command, ct) ?? throw new NotFoundException("Delivery", id);
            if (await db.ExecuteAsync(RequeueSql, new { command.DeliveryId, Now = now, GiveUpAt = now.AddHours(options.Value.Dispatcher.GiveUpAfterHours) }, ct) == 0)
                throw new ConflictException("delivery_in_flight", ServerTexts.Get("delivery_in_flight", ("id", id)));
            var after = (await db.QuerySingleOrDefaultAsync<DeliveryRow>(ByIdSql, command, ct))!.ToResponse();
            await audit.RecordAsync("webhook_delivery", after.Id, "redelivered", before.ToResponse(), after, ct);
            return after;
        }
    }
}
