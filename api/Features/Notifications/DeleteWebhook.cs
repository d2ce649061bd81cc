using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Deletes a subscription and its delivery log (If-Match); nothing more is sent to it.</summary>
public static class DeleteWebhook
{
    public static void Map(RouteGroupBuilder group) => group
        .MapDelete("/{id}", async (string id, ExpectedVersion version, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(WebhookSql.ParseId(id), version), ct);
                return TypedResults.NoContent();
            })
        .WithName(nameof(DeleteWebhook))
        .WithSummary("Delete a webhook subscription with its delivery log (If-Match required)")
        .CannotConflict()
        .RequireAuthorization(Policies.Admin);

    public sealed record Command(int Id, int ExpectedVersion) : ICommand<Unit>;

    public sealed class Handler(DbSession db, AuditTrail audit) : ICommandHandler<Command, Unit>
    {
        private const string DeleteAttemptsSql = "DELETE FROM DeliveryAttempts WHERE DeliveryId IN (SELECT d.Id FROM Deliveries d WHERE d.SubscriptionId = @Id)";
        private const string DeleteDeliveriesSql = "DELETE FROM Deliveries WHERE SubscriptionId = @Id";
        private const string DeleteSql = "DELETE FROM WebhookSubscriptions WHERE Id = @Id AND Version = @ExpectedVersion";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            var before = (await WebhookSql.LoadAsync(db, command.Id, ct)).ToResponse();
            await db.ExecuteAsync(DeleteAttemptsSql, new { command.Id }, ct);
            await db.ExecuteAsync(DeleteDeliveriesSql, new { command.Id }, ct);
            if (await db.ExecuteAsync(DeleteSql, new { command.Id, command.ExpectedVersion }, ct) == 0)
                throw new PreconditionFailedException(WebhookSql.Entity, command.Id.ToString(CultureInfo.InvariantCulture));
            await audit.RecordAsync("webhook_subscription", before.Id, "deleted", before, null, ct);
            return Unit.Value;
        }
    }
}
