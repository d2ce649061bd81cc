using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// Records what the owner agreed to (If-Match; <c>"0"</c> or <c>*</c> before anything was recorded). Giving
/// consent records its date; taking all of it back records the withdrawal date.
/// </summary>
public static class SetContactConsent
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/{id}/contact-consent", async (string id, [FromBody] Body body, HttpRequest request, ISender sender, CancellationToken ct) =>
            await sender.Send(new Command(RouteIds.Parse(id, "Business"), request.Headers.IfMatch.ToString(), body), ct))
        .WithName(nameof(SetContactConsent))
        .WithSummary("Record a business owner's contact consent (If-Match with the version read; \"0\" when none was recorded)")
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .RequireAuthorization(Policies.BusinessesWrite);

    /// <param name="ByEmail" example="true">The owner agrees to reminders by e-mail.</param>
    /// <param name="ByWhatsApp" example="false">The owner agrees to reminders by WhatsApp.</param>
    public sealed record Body(bool ByEmail, bool ByWhatsApp);

    public sealed record Command(int BusinessId, string IfMatch, Body Body) : ICommand<ContactConsentResponse>;

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, ContactConsentResponse>
    {
        private const string InsertSql = """
            INSERT INTO ContactConsents (BusinessId, Email, WhatsApp, ConsentedAt, WithdrawnAt, WithdrawnVia, UnsubscribeToken, UpdatedAt, Version)
            VALUES (@BusinessId, @Email, @WhatsApp, @ConsentedAt, NULL, NULL, @Token, @Now, 1)
            """;

        private const string UpdateSql = """
            UPDATE ContactConsents SET Email = @Email, WhatsApp = @WhatsApp,
                ConsentedAt = CASE WHEN @Gives = 1 THEN @Now ELSE ConsentedAt END,
                WithdrawnAt = CASE WHEN @Withdraws = 1 THEN @Now ELSE WithdrawnAt END,
                WithdrawnVia = CASE WHEN @Withdraws = 1 THEN 'form' ELSE WithdrawnVia END,
                UpdatedAt = @Now, Version = Version + 1
            WHERE BusinessId = @BusinessId AND Version = @Version
            """;

        public async ValueTask<ContactConsentResponse> Handle(Command command, CancellationToken ct)
        {
            var id = command.BusinessId.ToString(CultureInfo.InvariantCulture);
            var before = await ContactConsentSql.LoadAsync(db, command.BusinessId, ct);
            var ifMatch = command.IfMatch.Trim();
            if (ifMatch.Length == 0) throw new PreconditionRequiredException();
            if (ifMatch != "*" && ifMatch != $"\"{before.Version}\"") throw new PreconditionFailedException("Business", id);
            var now = clock.GetUtcNow();
            var had = before.Email || before.WhatsApp;
            var has = command.Body.ByEmail || command.Body.ByWhatsApp;
            var gives = (command.Body.ByEmail && !before.Email) || (command.Body.ByWhatsApp && !before.WhatsApp);
            if (before.Version == 0)
                await db.ExecuteAsync(InsertSql, new
                {
                    command.BusinessId, Email = command.Body.ByEmail, WhatsApp = command.Body.ByWhatsApp, ConsentedAt = has ? now : (DateTimeOffset?)null,
                    Token = ContactConsentSql.NewToken(), Now = now,
                }, ct);
            else if (await db.ExecuteAsync(UpdateSql, new
                     {
                         command.BusinessId, Email = command.Body.ByEmail, WhatsApp = command.Body.ByWhatsApp, Gives = gives, Withdraws = had && !has, Now = now, before.Version,
                     }, ct) == 0)
                throw new PreconditionFailedException("Business", id);
            var after = (await ContactConsentSql.LoadAsync(db, command.BusinessId, ct)).ToResponse();
            await audit.RecordAsync("contact_consent", id, "recorded", before.Version == 0 ? null : before.ToResponse(), after, ct);
            return after;
        }
    }
}
