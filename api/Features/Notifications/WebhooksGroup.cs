using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>/api/v1/webhooks: integrators' webhook subscriptions and their deliveries (admins only). Each use case maps its own route.</summary>
public sealed class WebhooksGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks").WithTags("Webhooks").Versioned(WebhookSql.Entity, "WebhookSubscriptions");
        ListWebhookEventTypes.Map(group);
        ListWebhooks.Map(group);
        GetWebhook.Map(group);
        CreateWebhook.Map(group);
        UpdateWebhook.Map(group);
        DeleteWebhook.Map(group);
        ListWebhookDeliveries.Map(group);
        GetWebhookDelivery.Map(group);
        RedeliverWebhook.Map(group);
    }
}
