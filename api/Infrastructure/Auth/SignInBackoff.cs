using MedanUmkm.Api.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>
/// Back-off after failed sign-ins, kept per (e-mail as typed, client address) rather than per
/// account: after <see cref="AuthOptions.MaxFailedLogins"/> failures from one address for one
/// e-mail, that address waits <see cref="AuthOptions.BackoffSeconds"/>, then twice as long after
/// each further failure, up to <see cref="AuthOptions.LockoutMinutes"/>. The owner signing in from
/// another address is not held up, so a guesser cannot lock anyone out. Unknown e-mails are kept
/// the same way, so nothing tells an unknown account from a known one.
/// </summary>
public sealed class SignInBackoff(IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>Failures older than this are forgotten: the count starts again.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromHours(24);

    private sealed class Row
    {
        public int FailureCount { get; init; }
        public DateTimeOffset LastFailureAt { get; init; }
        public DateTimeOffset? BlockedUntil { get; init; }
    }

    private const string FindSql = "SELECT FailureCount, LastFailureAt, BlockedUntil FROM SignInFailures WHERE Email = @Email AND SourceAddress = @Source";
    private const string UpdateSql = """
        UPDATE SignInFailures SET FailureCount = @Count, LastFailureAt = @Now, BlockedUntil = @BlockedUntil
        WHERE Email = @Email AND SourceAddress = @Source
        """;
    private const string InsertSql = """
        INSERT INTO SignInFailures (Email, SourceAddress, FailureCount, LastFailureAt, BlockedUntil)
        VALUES (@Email, @Source, @Count, @Now, @BlockedUntil)
        """;
    private const string ClearSql = "DELETE FROM SignInFailures WHERE Email = @Email AND SourceAddress = @Source";
    private const string ClearAccountSql = "DELETE FROM SignInFailures WHERE Email = @Email";

    /// <summary>The delay after the given number of consecutive failures (zero below the threshold).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var o = options.Value;
        if (failures < o.MaxFailedLogins) return TimeSpan.Zero;
        var cap = TimeSpan.FromMinutes(o.LockoutMinutes);
        var doublings = Math.Min(failures - o.MaxFailedLogins, 20);
        var delay = TimeSpan.FromSeconds(o.BackoffSeconds * Math.Pow(2, doublings));
        return delay < cap ? delay : cap;
    }

    /// <summary>True while this address must wait before trying this e-mail again.</summary>
    public async Task<bool> IsBlockedAsync(DbSession db, string email, string source, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindSql, new { Email = email, Source = source }, ct);
        return row?.BlockedUntil is { } until && until > clock.GetUtcNow();
    }

    /// <summary>Counts a failure; returns the count and until when the address now waits.</summary>
    public async Task<(int Failures, DateTimeOffset? BlockedUntil)> RecordFailureAsync(DbSession db, string email, string source, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var row = await db.QuerySingleOrDefaultAsync<Row>(FindSql, new { Email = email, Source = source }, ct);
        var count = row is null || now - row.LastFailureAt > Memory ? 1 : row.FailureCount + 1;
        var delay = DelayAfter(count);
        DateTimeOffset? blocked = delay > TimeSpan.Zero ? now + delay : null;
        var args = new { Email = email, Source = source, Count = count, Now = now, BlockedUntil = blocked };
        await db.ExecuteAsync(row is null ? InsertSql : UpdateSql, args, ct);
        return (count, blocked);
    }

    /// <summary>A successful sign-in from this address forgets its failures.</summary>
    public Task ClearAsync(DbSession db, string email, string source, CancellationToken ct) =>
        db.ExecuteAsync(ClearSql, new { Email = email, Source = source }, ct);

    /// <summary>An admin's unlock (or enable, or password reset): every address may try again.</summary>
    public Task<int> ClearAccountAsync(DbSession db, string email, CancellationToken ct) =>
        db.ExecuteAsync(ClearAccountSql, new { Email = email }, ct);

    /// <summary>The caller's address as the back-off and the limits see it.</summary>
    public static string SourceOf(HttpContext? http) =>
        http?.Connection.RemoteIpAddress?.ToString() is { Length: > 0 } ip ? ip[..Math.Min(ip.Length, 64)] : "unknown";
}
