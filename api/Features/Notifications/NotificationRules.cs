using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>
/// Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is <c>whsec_</c> and the
/// base64 of random bytes; <c>webhook-signature</c> is <c>v1,</c> and the base64 HMAC-SHA256, keyed with
/// those bytes, of <c>{webhook-id}.{webhook-timestamp}.{body}</c>.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new secret: 24 random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static bool IsValidSecret(string? secret)
    {
        if (secret is null || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal)) return false;
        Span<byte> buffer = stackalloc byte[64];
        return Convert.TryFromBase64String(secret[SecretPrefix.Length..], buffer, out var n) && n >= 16;
    }

    /// <summary>The <c>webhook-signature</c> header value.</summary>
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{body}"));
        return "v1," + Convert.ToBase64String(mac);
    }

    /// <summary>Whether a <c>webhook-signature</c> header (space-separated signatures) holds a valid v1 signature.</summary>
    public static bool Verify(string secret, string id, long timestamp, string body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, timestamp, body));
        return header.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected));
    }
}

/// <summary>Retry timing: exponential back-off with jitter, and when to give up.</summary>
public static class Backoff
{
    /// <summary>
    /// The delay after failed attempt <paramref name="attempt"/> (1-based): base × 2^(attempt-1), capped,
    /// then "equal jitter": between half and all of it (<paramref name="jitter"/> in [0, 1)).
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan max, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var full = Math.Min(baseDelay.TotalSeconds * Math.Pow(2, exponent), max.TotalSeconds);
        return TimeSpan.FromSeconds(full / 2 + full / 2 * Math.Clamp(jitter, 0, 1));
    }

    /// <summary>The next attempt's time, or null when it would fall after <paramref name="giveUpAt"/>.</summary>
    public static DateTimeOffset? Next(DateTimeOffset now, int attempt, DateTimeOffset giveUpAt, TimeSpan baseDelay, TimeSpan max, double jitter)
    {
        var next = now + Delay(attempt, baseDelay, max, jitter);
        return next > giveUpAt ? null : next;
    }
}

/// <summary>Which outbound addresses a webhook may reach (SSRF guard).</summary>
public static class OutboundAddress
{
    /// <summary>Loopback, private (RFC 1918, unique local), link-local, carrier-grade NAT, unspecified, multicast and reserved addresses.</summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return true;
            var b6 = address.GetAddressBytes();
            return b6[0] == 0x20 && b6[1] == 0x01 && b6[2] == 0x0d && b6[3] == 0xb8; // documentation 2001:db8::/32
        }
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] <= 127,          // 100.64.0.0/10
            169 => b[1] == 254,                         // link-local, cloud metadata
            172 => b[1] >= 16 && b[1] <= 31,            // 172.16.0.0/12
            192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2), // 192.168/16, 192.0.0/24, 192.0.2/24
            198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
            203 => b[1] == 0 && b[2] == 113,
            >= 224 => true,                             // multicast, reserved, broadcast
            _ => false,
        };
    }
}

/// <summary>The events integrators can subscribe to, with what each means.</summary>
public static class EventTypes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["business.registered"] = "A business was registered (data: businessId).",
        ["business.changed"] = "A business's data or status changed (data: businessId, status).",
        ["readiness.changed"] = "A business's e-katalog readiness changed (data: businessId, isReady, missingCount).",
        ["ekatalog.status_changed"] = "A business's e-katalog listing status moved (data: businessId, from, to).",
        ["training.registration.confirmed"] = "A business got a seat in a training session (data: sessionId, registrationId, businessId).",
        ["training.registration.waitlisted"] = "A business joined a full session's waitlist (data: sessionId, registrationId, businessId).",
        ["training.registration.promoted"] = "A waitlisted business got a freed seat (data: sessionId, registrationId, businessId).",
        ["training.registration.cancelled"] = "A registration was cancelled (data: sessionId, registrationId, businessId).",
        ["training.attendance.recorded"] = "Attendance of a session was recorded (data: sessionId, count).",
        ["export_case.stage_changed"] = "An export case moved to another stage (data: exportCaseId, businessId, from, to).",
        ["export_case.document.verified"] = "An export case document was verified (data: exportCaseId, documentId, documentType).",
        ["aid.delivered"] = "Aid was handed over to a group (data: aidDistributionId, groupId).",
        ["loan.status_changed"] = "A loan referral's status changed (data: loanReferralId, businessId, from, to).",
    };
}
