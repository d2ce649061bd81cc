using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Changes a subscription's name, URL, event types or active flag (If-Match). Activating it again clears its failure count.</summary>
public static class UpdateWebhook
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}", (string id, [FromBody] Body body, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(WebhookSql.ParseId(id), version, body), ct))
        .WithName(nameof(UpdateWebhook))
        .WithSummary("Update a webhook subscription (If-Match required)")
        .CannotConflict()
        .RequireAuthorization(Policies.Admin);

    /// <param name="Name" example="Provincial dashboard">What the subscription is for.</param>
    /// <param name="Url" example="https://dashboard.sumutprov.go.id/hooks/medanumkm">Where to POST deliveries.</param>
    /// <param name="EventTypes">Event types to receive, or ["*"].</param>
    /// <param name="Active" example="true">false pauses deliveries (they wait); true resumes and clears an automatic disabling.</param>
    public sealed record Body(string Name, string Url, IReadOnlyList<string> EventTypes, bool Active);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<WebhookResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => WebhookSql.AddRules(this, c => c.Body.Name, c => c.Body.Url, c => c.Body.EventTypes);
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, WebhookResponse>
    {
        private const string UpdateSql = """
            UPDATE WebhookSubscriptions SET Name = @Name, Url = @Url, EventTypes = @EventTypes, Active = @Active,
                ConsecutiveFailures = CASE WHEN @Active = 1 AND Active = 0 THEN 0 ELSE ConsecutiveFailures END,
                DisabledAt = CASE WHEN @Active = 1 THEN NULL ELSE DisabledAt END,
                DisabledReason = CASE WHEN @Active = 1 THEN NULL ELSE DisabledReason END,
                UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<WebhookResponse> Handle(Command command, CancellationToken ct)
        {
            var before = (await WebhookSql.LoadAsync(db, command.Id, ct)).ToResponse();
            var b = command.Body;
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Name = b.Name.Trim(), Url = b.Url.Trim(), EventTypes = WebhookSql.Store(b.EventTypes),
                b.Active, Now = clock.GetUtcNow(),
            }, ct);
            if (changed == 0) throw new PreconditionFailedException(WebhookSql.Entity, command.Id.ToString(CultureInfo.InvariantCulture));
            var after = (await WebhookSql.LoadAsync(db, command.Id, ct)).ToResponse();
            await audit.RecordAsync("webhook_subscription", after.Id, "updated", before, after, ct);
            return after;
        }
    }
}
