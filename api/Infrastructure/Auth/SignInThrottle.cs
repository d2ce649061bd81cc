using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Auth;

/// <summary>
/// The sign-in rate limits. They count failed sign-ins only (a successful one costs nothing, so
/// an office of 50 behind one public address can all sign in at 8 a.m.), in one-minute windows:
/// <list type="bullet">
/// <item>per address: <see cref="RateLimitOptions.LoginPerMinute"/> failures, then 429 for the rest of the minute;</item>
/// <item>per account (the e-mail as typed, known or not): <see cref="RateLimitOptions.LoginPerAccountPerMinute"/>
/// failures from all addresses together, then 429 for the rest of the minute to every address that
/// has itself failed for that account in the minute. An address with no failure for the account
/// (the owner's) still gets through, so a guesser spread over many addresses is slowed without
/// locking the owner out.</item>
/// </list>
/// Counters live in the process (each API instance limits on its own, as the other rate limits do).
/// </summary>
public sealed class SignInThrottle(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = [];

    /// <summary>How long this address must wait before trying this e-mail, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string email, string source)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var perAddress = Current("a|" + source, now);
            if (perAddress.Count >= options.Value.LoginPerMinute) return perAddress.Start + Window - now;
            var perAccount = Current("e|" + email, now);
            if (perAccount.Count >= options.Value.LoginPerAccountPerMinute && Current("ea|" + email + "|" + source, now).Count > 0)
                return perAccount.Start + Window - now;
            return null;
        }
    }

    public void RecordFailure(string email, string source)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_windows.Count > 100_000) Purge(now);
            foreach (var key in (string[])["a|" + source, "e|" + email, "ea|" + email + "|" + source])
            {
                var current = Current(key, now);
                _windows[key] = (current.Count == 0 ? now : current.Start, current.Count + 1);
            }
        }
    }

    private (DateTimeOffset Start, int Count) Current(string key, DateTimeOffset now) =>
        _windows.TryGetValue(key, out var w) && now - w.Start < Window ? w : (now, 0);

    private void Purge(DateTimeOffset now)
    {
        foreach (var key in _windows.Where(p => now - p.Value.Start >= Window).Select(p => p.Key).ToList())
            _windows.Remove(key);
    }
}
