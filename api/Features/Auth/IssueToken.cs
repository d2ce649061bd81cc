using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Auth;

/// <summary>
/// Signs a staff member in: e-mail and password for a short-lived bearer token, and for the
/// browser client (useRefreshCookie) a rotating refresh token in an httpOnly cookie. Failures
/// slow down the address they come from for that e-mail (never the account as a whole), and an
/// unknown e-mail, a wrong password, a disabled account and an address that must wait all get
/// the same answer.
/// </summary>
public static class IssueToken
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/token", async ([FromBody] Command command, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "no-store";
                var signedIn = await sender.Send(command, ct);
                if (signedIn.Refresh is not null) SessionCookie.Append(http.Response, signedIn.Refresh);
                return TypedResults.Ok(signedIn.Response);
            })
        .WithName(nameof(IssueToken))
        .WithSummary("Sign in with e-mail and password; returns a bearer token")
        .WithDescription("An unknown e-mail, a wrong password, a disabled account and an address that must wait after repeated failures " +
            "all get the same 401 (code invalid_credentials). Failures slow down the address they come from, for that e-mail only. " +
            "429 with Retry-After when too many sign-ins failed from the address or for the account this minute. " +
            "With useRefreshCookie the browser also gets the refresh cookie for POST /auth/refresh.")
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .AllowAnonymous();

    /// <param name="Email" example="officer@medanumkm.go.id">E-mail of the staff account.</param>
    /// <param name="Password" example="Officer#12345">Password.</param>
    /// <param name="UseRefreshCookie" example="false">true for the browser client: the answer also sets the refresh cookie
    /// (httpOnly, Secure, SameSite=Strict, path /api/v1/auth) used by POST /auth/refresh. Integrators leave it out.</param>
    public sealed record Command(string Email, string Password, bool? UseRefreshCookie = null) : ICommand<SignedIn>;

    /// <param name="Id" example="2">User id.</param>
    /// <param name="Email" example="officer@medanumkm.go.id">E-mail.</param>
    /// <param name="Name" example="Siti Nurhaliza">Display name.</param>
    /// <param name="Role" example="officer">admin, officer or viewer.</param>
    public sealed record UserSummary(string Id, string Email, string Name, string Role);

    /// <param name="AccessToken">JWT to send as Authorization: Bearer.</param>
    /// <param name="TokenType" example="Bearer">Always Bearer.</param>
    /// <param name="ExpiresAt">When the token stops working.</param>
    /// <param name="User">Who signed in.</param>
    public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, UserSummary User);

    /// <summary>What a sign-in or renewal produced: the answer, and the refresh token for the cookie (browser only).</summary>
    public sealed record SignedIn(TokenResponse Response, IssuedRefreshToken? Refresh)
    {
        /// <summary>A new bearer token for the user (sign-in, renewal or password change), with the browser's refresh token if any.</summary>
        /// <param name="tokens">Issues the access token.</param>
        /// <param name="userId">The user's id.</param>
        /// <param name="email">The user's e-mail.</param>
        /// <param name="name">The user's display name.</param>
        /// <param name="role">The user's role.</param>
        /// <param name="securityStamp">The user's current security stamp, carried by the token.</param>
        /// <param name="refresh">The refresh token for the cookie (browser only).</param>
        public static SignedIn Issue(TokenService tokens, int userId, string email, string name, string role, string securityStamp,
            IssuedRefreshToken? refresh)
        {
            var (token, expires) = tokens.Issue(userId, email, name, role, securityStamp);
            var user = new UserSummary(userId.ToString(CultureInfo.InvariantCulture), email, name, role);
            return new SignedIn(new TokenResponse(token, "Bearer", expires, user), refresh);
        }
    }

    /// <summary>The one answer to every refused sign-in (status, code and text alike).</summary>
    public const string InvalidCode = "invalid_credentials";
    public static UnauthorizedException Invalid() => new(ServerTexts.Get(InvalidCode), InvalidCode);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
        }
    }

    private sealed class UserRow
    {
        public int Id { get; init; }
        public string Email { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public bool IsActive { get; init; }
        public string SecurityStamp { get; init; } = "";
    }

    public sealed class Handler(DbSession db, AuditTrail audit, IPasswordHasher<UserAccount> hasher, TokenService tokens,
        RefreshTokens refreshTokens, SignInBackoff backoff, SignInThrottle throttle, IHttpContextAccessor http, TimeProvider clock)
        : ICommandHandler<Command, SignedIn>
    {
        private const string FindSql = """
            SELECT Id, Email, Name, Role, PasswordHash, IsActive, SecurityStamp
            FROM Users WHERE Email = @Email
            """;
        private const string SuccessSql = "UPDATE Users SET FailedLoginCount = 0, LockoutEndAt = NULL, LastLoginAt = @Now, PasswordHash = @PasswordHash WHERE Id = @Id";

        // A dummy hash so that an unknown e-mail or a waiting address costs as much time as a wrong password.
        private static readonly string DummyHash = new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), "not-a-real-password");

        public async ValueTask<SignedIn> Handle(Command command, CancellationToken ct)
        {
            var email = command.Email.Trim().ToLowerInvariant();
            var source = SignInBackoff.SourceOf(http.HttpContext);
            if (throttle.RetryAfter(email, source) is { } wait)
                throw new TooManyRequestsException(wait, "sign_in_rate_limited",
                    ServerTexts.Get("sign_in_rate_limited", ("seconds", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))));

            if (await backoff.IsBlockedAsync(db, email, source, ct))
            {
                // The password is not even checked while this address waits; the answer is the usual one.
                hasher.VerifyHashedPassword(new UserAccount(), DummyHash, command.Password);
                throttle.RecordFailure(email, source);
                throw Invalid();
            }

            var user = await db.QuerySingleOrDefaultAsync<UserRow>(FindSql, new { Email = email }, ct);
            var result = hasher.VerifyHashedPassword(new UserAccount(), user?.PasswordHash ?? DummyHash, command.Password);
            if (user is null || result == PasswordVerificationResult.Failed)
            {
                var (failures, blockedUntil) = await backoff.RecordFailureAsync(db, email, source, ct);
                throttle.RecordFailure(email, source);
                if (user is not null)
                    await audit.RecordAsync("user", user.Id.ToString(CultureInfo.InvariantCulture), blockedUntil is null ? "sign_in_failed" : "sign_in_delayed",
                        null, new { failedLogins = failures, source, delayedUntil = blockedUntil }, ct);
                // The failure must survive the 401 that follows, so commit it now.
                await db.CommitAsync(ct);
                throw Invalid();
            }
            if (!user.IsActive) throw Invalid();

            var now = clock.GetUtcNow();
            await backoff.ClearAsync(db, email, source, ct);
            var hash = result == PasswordVerificationResult.SuccessRehashNeeded
                ? hasher.HashPassword(new UserAccount(), command.Password) : user.PasswordHash;
            await db.ExecuteAsync(SuccessSql, new { user.Id, Now = now, PasswordHash = hash }, ct);
            await audit.RecordAsync("user", user.Id.ToString(CultureInfo.InvariantCulture), "signed_in", null, new { source, browserSession = command.UseRefreshCookie == true }, ct);
            var refresh = command.UseRefreshCookie == true ? await refreshTokens.StartFamilyAsync(db, user.Id, user.SecurityStamp, ct) : null;
            return SignedIn.Issue(tokens, user.Id, user.Email, user.Name, user.Role, user.SecurityStamp, refresh);
        }
    }
}
