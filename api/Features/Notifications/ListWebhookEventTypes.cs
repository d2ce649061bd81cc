using MedanUmkm.Api.Infrastructure.Auth;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>The event types a subscription can listen to, with what each one's data holds.</summary>
public static class ListWebhookEventTypes
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/event-types", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(ListWebhookEventTypes))
        .WithSummary("List the event types webhooks can deliver")
        .RequireAuthorization(Policies.Admin);

    public sealed record Query : IQuery<IReadOnlyList<EventTypeResponse>>;

    public sealed class Handler : IQueryHandler<Query, IReadOnlyList<EventTypeResponse>>
    {
        public ValueTask<IReadOnlyList<EventTypeResponse>> Handle(Query query, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyList<EventTypeResponse>>(EventTypes.All.Select(e => new EventTypeResponse(e.Key, e.Value)).ToList());
    }
}
