using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// The unsubscribe link in owners' e-mails (anonymous; the token is the credential): withdraws e-mail
/// consent and records the date and that the link was used. Answers the same page for an unknown token,
/// so that the link reveals nothing.
/// </summary>
public static class Unsubscribe
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/unsubscribe", async ([AsParameters] Command command, ISender sender, CancellationToken ct) =>
            TypedResults.Text(await sender.Send(command, ct), "text/plain; charset=utf-8"))
        .WithName(nameof(Unsubscribe))
        .WithSummary("Stop reminder e-mails to a business owner (the link in each e-mail)")
        .Produces<string>(StatusCodes.Status200OK, "text/plain")
        .AllowAnonymous();

    /// <param name="Token" example="3f2a9c0d4e5b6a7f8091a2b3c4d5e6f708192a3b4c5d6e7f">The link's unsubscribe code
    /// (query <c>code</c>): a random value that can only withdraw this owner's e-mail consent, not a sign-in credential.</param>
    public sealed record Command([FromQuery(Name = "code")] string Token) : ICommand<string>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(64);
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, string>
    {
        private const string WithdrawSql = """
            UPDATE ContactConsents SET Email = 0, WithdrawnAt = @Now, WithdrawnVia = 'unsubscribe_link', UpdatedAt = @Now, Version = Version + 1
            WHERE UnsubscribeToken = @Token AND Email = 1
            """;

        private const string BusinessSql = "SELECT BusinessId FROM ContactConsents WHERE UnsubscribeToken = @Token";

        public async ValueTask<string> Handle(Command command, CancellationToken ct)
        {
            if (await db.ExecuteAsync(WithdrawSql, new { command.Token, Now = clock.GetUtcNow() }, ct) > 0)
            {
                var businessId = await db.ExecuteScalarAsync<int>(BusinessSql, new { command.Token }, ct);
                await audit.RecordAsync("contact_consent", businessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "unsubscribed",
                    new { email = true }, new { email = false }, ct);
            }
            return ServerTexts.Get("notifications.unsubscribed", ("office", Mails.OfficeName));
        }
    }
}
