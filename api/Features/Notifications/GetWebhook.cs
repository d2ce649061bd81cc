using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>One webhook subscription without its secret (with ETag).</summary>
public static class GetWebhook
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}", (string id, ISender sender, CancellationToken ct) => sender.Send(new Query(WebhookSql.ParseId(id)), ct))
        .WithName(nameof(GetWebhook))
        .WithSummary("Read one webhook subscription (with ETag, without its secret)")
        .RequireAuthorization(Policies.Admin);

    public sealed record Query(int Id) : IQuery<WebhookResponse>;

    public sealed class Handler(DbSession db) : IQueryHandler<Query, WebhookResponse>
    {
        public async ValueTask<WebhookResponse> Handle(Query query, CancellationToken ct) =>
            (await WebhookSql.LoadAsync(db, query.Id, ct)).ToResponse();
    }
}
