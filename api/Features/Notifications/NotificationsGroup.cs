using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Owners' contact consent (under /businesses/{id}) and the unsubscribe link (/notifications). Each use case maps its own route.</summary>
public sealed class NotificationsGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var consent = app.MapGroup("/businesses").WithTags("Notifications");
        GetContactConsent.Map(consent);
        SetContactConsent.Map(consent);
        var notifications = app.MapGroup("/notifications").WithTags("Notifications");
        Unsubscribe.Map(notifications);
    }
}
