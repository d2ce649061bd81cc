using System.Globalization;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>Signs the browser out: the refresh token's whole family is revoked (the cookie is cleared by the route).</summary>
public static class SignOut
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/sign-out", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new Command(SessionCookie.Read(http.Request)), ct);
                SessionCookie.Delete(http.Response);
                return TypedResults.NoContent();
            })
        .WithName(nameof(SignOut))
        .WithSummary("Sign the browser out: its refresh cookie stops working and is cleared")
        .WithDescription("Answers 204 whether or not a session was open. Access tokens already issued run out on their own (minutes).")
        .AllowAnonymous();

    /// <summary>The refresh token from the cookie (null when the request had none).</summary>
    public sealed record Command(string? RefreshToken) : ICommand<bool>;

    public sealed class Handler(DbSession db, RefreshTokens refreshTokens, AuditTrail audit) : ICommandHandler<Command, bool>
    {
        public async ValueTask<bool> Handle(Command command, CancellationToken ct)
        {
            if (command.RefreshToken is not { Length: > 0 and <= 200 } presented) return false;
            var row = await refreshTokens.FindAsync(db, presented, ct);
            if (row is null) return false;
            var revoked = await refreshTokens.RevokeFamilyAsync(db, row.FamilyId, ct);
            if (revoked > 0)
                await audit.RecordAsync("user", row.UserId.ToString(CultureInfo.InvariantCulture), "signed_out", null, new { family = row.FamilyId[..8] }, ct);
            return revoked > 0;
        }
    }
}
