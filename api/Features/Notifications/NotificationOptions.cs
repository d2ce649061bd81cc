using System.ComponentModel.DataAnnotations;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Notification settings (configuration section <c>Notifications</c>); validated at start-up.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Where links in e-mails point (the unsubscribe link of owners).</summary>
    [Required, Url] public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Language of e-mails to staff and owners: id or en.</summary>
    [RegularExpression("^(id|en)$")] public string Language { get; set; } = "id";

    public DispatcherOptions Dispatcher { get; set; } = new();
    public WebhookOptions Webhooks { get; set; } = new();
    public MailOptions Mail { get; set; } = new();
    public ReminderOptions Reminders { get; set; } = new();
    public WhatsAppOptions WhatsApp { get; set; } = new();
}

/// <summary>The background dispatcher of deliveries.</summary>
public sealed class DispatcherOptions
{
    /// <summary>Whether the dispatcher's loop runs in this instance (deliveries still queue when false).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long to wait when nothing is due.</summary>
    [Range(50, 60_000)] public int PollMilliseconds { get; set; } = 1000;

    /// <summary>Deliveries claimed per round.</summary>
    [Range(1, 1000)] public int BatchSize { get; set; } = 50;

    /// <summary>Deliveries sent at once.</summary>
    [Range(1, 256)] public int MaxParallel { get; set; } = 16;

    /// <summary>How long a claim holds: a delivery claimed by an instance that died is claimed again after it.</summary>
    [Range(15, 3600)] public int LeaseSeconds { get; set; } = 120;

    /// <summary>First retry delay; it doubles per attempt (with jitter) up to <see cref="MaxBackoffMinutes"/>.</summary>
    [Range(1, 3600)] public int BackoffBaseSeconds { get; set; } = 30;

    [Range(1, 1440)] public int MaxBackoffMinutes { get; set; } = 60;

    /// <summary>A delivery is given up (failed) this long after it was queued.</summary>
    [Range(1, 168)] public int GiveUpAfterHours { get; set; } = 24;
}

/// <summary>Outgoing webhooks.</summary>
public sealed class WebhookOptions
{
    /// <summary>Per-request timeout.</summary>
    [Range(1, 60)] public int TimeoutSeconds { get; set; } = 10;

    /// <summary>A subscription is disabled (and admins told) after this many failed attempts in a row.</summary>
    [Range(1, 10_000)] public int DisableAfterFailures { get; set; } = 30;

    /// <summary>
    /// Host names or IP addresses that may be called although they are private, loopback or link-local
    /// (outside Development every such target is refused unless named here).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];
}

/// <summary>SMTP for e-mail (MailKit).</summary>
public sealed class MailOptions
{
    [Required] public string Host { get; set; } = "127.0.0.1";
    [Range(1, 65535)] public int Port { get; set; } = 2525;

    /// <summary>None, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    [RegularExpression("^(None|Auto|StartTls|StartTlsWhenAvailable|SslOnConnect)$")] public string TlsMode { get; set; } = "StartTls";

    public string? User { get; set; }
    public string? Password { get; set; }

    [Required, EmailAddress] public string SenderAddress { get; set; } = "noreply@medanumkm.go.id";
    [Required] public string SenderName { get; set; } = "Dinas Koperasi UKM, Perindustrian dan Perdagangan Kota Medan";

    /// <summary>Development only: start a local SMTP sink on <see cref="Port"/> that writes every mail as an .eml file to <see cref="SinkDirectory"/>.</summary>
    public bool DevelopmentSink { get; set; } = true;

    public string SinkDirectory { get; set; } = "data/mail";
}

/// <summary>The daily reminders.</summary>
public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>WIB time of day of the run, HH:mm.</summary>
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")] public string RunAt { get; set; } = "07:00";

    /// <summary>Days before an expiry on which a reminder goes out.</summary>
    public List<int> ExpiryDays { get; set; } = [30, 7];

    /// <summary>Days before a KSWP check goes stale on which a reminder goes out.</summary>
    [Range(1, 365)] public int KswpStaleDays { get; set; } = 30;

    /// <summary>Quarters without training after which a business is invited (on the first day of a quarter).</summary>
    [Range(1, 20)] public int UntrainedQuarters { get; set; } = 2;
}

/// <summary>A WhatsApp gateway reached through the signed webhook mechanism (no vendor SDK).</summary>
public sealed class WhatsAppOptions
{
    /// <summary>The gateway's URL; empty: no WhatsApp messages.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>The gateway's signing secret (whsec_...).</summary>
    public string? Secret { get; set; }
}
