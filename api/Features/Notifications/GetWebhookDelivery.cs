using System.Globalization;
using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>One delivery of a subscription: what was sent and every attempt.</summary>
public static class GetWebhookDelivery
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/deliveries/{deliveryId}", (string id, string deliveryId, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(WebhookSql.ParseId(id), RouteIds.Parse(deliveryId, "Delivery")), ct))
        .WithName(nameof(GetWebhookDelivery))
        .WithSummary("Read one delivery with its payload and every attempt")
        .RequireAuthorization(Policies.Admin);

    public sealed record Query(int WebhookId, int DeliveryId) : IQuery<DeliveryDetailResponse>;

    public sealed class AttemptRow
    {
        public int Attempt { get; init; }
        public DateTimeOffset AttemptedAt { get; init; }
        public int DurationMs { get; init; }
        public int? StatusCode { get; init; }
        public bool Succeeded { get; init; }
        public string? Error { get; init; }

        public DeliveryAttemptResponse ToResponse() => new(Attempt, AttemptedAt, DurationMs, StatusCode, Succeeded, Error);
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, DeliveryDetailResponse>
    {
        private const string ByIdSql = WebhookSql.SelectDeliveries + "\nWHERE d.Id = @DeliveryId AND d.SubscriptionId = @WebhookId";

        private const string AttemptsSql = """
            SELECT a.Attempt, a.AttemptedAt, a.DurationMs, a.StatusCode, a.Succeeded, a.Error
            FROM DeliveryAttempts a WHERE a.DeliveryId = @DeliveryId ORDER BY a.Id
            """;

        public async ValueTask<DeliveryDetailResponse> Handle(Query query, CancellationToken ct)
        {
            var row = await db.QuerySingleOrDefaultAsync<DeliveryRow>(ByIdSql, query, ct)
                ?? throw new NotFoundException("Delivery", query.DeliveryId.ToString(CultureInfo.InvariantCulture));
            var attempts = (await db.QueryAsync<AttemptRow>(AttemptsSql, query, ct)).Select(a => a.ToResponse()).ToList();
            return new DeliveryDetailResponse(row.ToResponse(), JsonSerializer.Deserialize<WebhookEventPayload>(row.Payload, DeliverySql.Json)!, attempts);
        }
    }
}
