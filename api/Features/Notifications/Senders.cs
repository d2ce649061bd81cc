using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>The outcome of one attempt.</summary>
public sealed record SendResult(bool Succeeded, int? StatusCode, string? Error, int DurationMs);

/// <summary>Raised by the connect callback when a target is a forbidden address.</summary>
public sealed class ForbiddenTargetException(string message) : Exception(message);

/// <summary>
/// Sends signed webhook requests: POST with the JSON body and the Standard Webhooks headers, a 10 s
/// timeout (configurable), no redirects (a 3xx is a failure), and an SSRF guard in the connect step:
/// the host is resolved and every address checked (<see cref="OutboundAddress"/>) before a socket opens
/// to it, so a DNS answer cannot point the request at a private address after a check. Development and
/// the hosts named in <c>Webhooks:AllowedHosts</c> skip the guard.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory http, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<SendResult> SendAsync(string url, string secret, string id, string body, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(secret, id, timestamp, body));
        try
        {
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            var ok = code is >= 200 and < 300;
            return new SendResult(ok, code, ok ? null : $"HTTP {code}", Elapsed(start));
        }
        catch (HttpRequestException e) when (e.InnerException is ForbiddenTargetException f)
        {
            return new SendResult(false, null, f.Message, Elapsed(start));
        }
        catch (HttpRequestException e)
        {
            return new SendResult(false, null, Trim(e.Message), Elapsed(start));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult(false, null, "timeout", Elapsed(start));
        }
    }

    internal static int Elapsed(long start) => (int)Stopwatch.GetElapsedTime(start).TotalMilliseconds;

    internal static string Trim(string message) => message.Length <= 400 ? message : message[..400];

    /// <summary>The handler of the <see cref="ClientName"/> client.</summary>
    public static SocketsHttpHandler CreateHandler(bool guard, IReadOnlyCollection<string> allowedHosts) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
            if (guard && !allowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
                && addresses.FirstOrDefault(OutboundAddress.IsForbidden) is { } bad)
                throw new ForbiddenTargetException($"target refused: {host} resolves to a private, loopback or link-local address ({bad})");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <summary>Sends e-mail over SMTP with MailKit (host, port, TLS mode, user, password and sender from <see cref="MailOptions"/>).</summary>
public sealed class MailSender(IOptions<NotificationOptions> options)
{
    public async Task<SendResult> SendAsync(string to, string subject, string text, string? messageId, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var o = options.Value.Mail;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.SenderName, o.SenderAddress));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        if (messageId is not null) message.MessageId = messageId + "@medanumkm";
        message.Body = new TextPart("plain") { Text = text };
        try
        {
            using var smtp = new SmtpClient { Timeout = 10_000 };
            await smtp.ConnectAsync(o.Host, o.Port, Enum.Parse<SecureSocketOptions>(o.TlsMode), ct);
            if (!string.IsNullOrEmpty(o.User)) await smtp.AuthenticateAsync(o.User, o.Password ?? "", ct);
            await smtp.SendAsync(message, ct);
            await smtp.DisconnectAsync(true, ct);
            return new SendResult(true, 250, null, WebhookSender.Elapsed(start));
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or SocketException
                                      or AuthenticationException or SslHandshakeException or TimeoutException)
        {
            return new SendResult(false, (e as SmtpCommandException)?.StatusCode is { } s ? (int)s : null,
                WebhookSender.Trim(e.GetType().Name + ": " + e.Message), WebhookSender.Elapsed(start));
        }
    }
}
