using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// Subscribes a URL to event types. The signing secret (<c>whsec_...</c>) is in this response only;
/// the server keeps it to sign deliveries but never shows it again.
/// </summary>
public static class CreateWebhook
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async ([FromBody] Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(command, ct);
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/v1/webhooks/{created.Webhook.Id}", created);
            })
        .WithName(nameof(CreateWebhook))
        .WithSummary("Create a webhook subscription; its signing secret is shown in this response only")
        .WithDescription("Deliveries are POSTed with a WebhookEventPayload body and the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature (v1, HMAC-SHA256). Outside Development, private, loopback and link-local targets are refused unless Notifications:Webhooks:AllowedHosts names them.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Name" example="Provincial dashboard">What the subscription is for.</param>
    /// <param name="Url" example="https://dashboard.sumutprov.go.id/hooks/medanumkm">Where to POST deliveries (http or https).</param>
    /// <param name="EventTypes">Event types to receive (GET /webhooks/event-types), or ["*"] for all.</param>
    /// <param name="Active" example="true">Whether deliveries start at once (default true).</param>
    public sealed record Command(string Name, string Url, IReadOnlyList<string> EventTypes, bool Active = true) : ICommand<Response>;

    /// <param name="Secret" example="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw">The signing secret. Shown this once; store it safely.</param>
    /// <param name="Webhook">The subscription.</param>
    public sealed record Response(string Secret, WebhookResponse Webhook) : IVersioned
    {
        int IVersioned.Version => Webhook.Version;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => WebhookSql.AddRules(this, c => c.Name, c => c.Url, c => c.EventTypes);
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Response>
    {
        private const string InsertSql = """
            INSERT INTO WebhookSubscriptions (Name, Url, EventTypes, Secret, Active, ConsecutiveFailures, CreatedAt, CreatedByUserId, UpdatedAt, Version)
            VALUES (@Name, @Url, @EventTypes, @Secret, @Active, 0, @Now, @UserId, @Now, 1)
            """;

        public async ValueTask<Response> Handle(Command command, CancellationToken ct)
        {
            var secret = WebhookSignature.NewSecret();
            var id = await db.InsertAsync(InsertSql, new
            {
                Name = command.Name.Trim(), Url = command.Url.Trim(), EventTypes = WebhookSql.Store(command.EventTypes),
                Secret = secret, command.Active, Now = clock.GetUtcNow(), actor.UserId,
            }, ct);
            var created = (await WebhookSql.LoadAsync(db, id, ct)).ToResponse();
            await audit.RecordAsync("webhook_subscription", created.Id, "created", null, created, ct);
            return new Response(secret, created);
        }
    }
}
