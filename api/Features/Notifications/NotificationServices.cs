using System.Buffers;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Pipeline;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Registers the outbox sink, the senders, the dispatcher, the daily reminders and (Development) the local SMTP sink.</summary>
public sealed class NotificationServices : IFeatureServices
{
    public void Add(IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<NotificationOptions>().Bind(config.GetSection(NotificationOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Reminders.ExpiryDays.All(d => d is > 0 and <= 365), "Notifications:Reminders:ExpiryDays must be 1..365")
            .Validate(o => string.IsNullOrEmpty(o.WhatsApp.GatewayUrl) || WebhookSignature.IsValidSecret(o.WhatsApp.Secret),
                "Notifications:WhatsApp:Secret must be a whsec_ secret when a gateway is set")
            .ValidateOnStart();
        services.AddScoped<IDomainEventSink, OutboxSink>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<MailSender>();
        services.AddHttpClient(WebhookSender.ClientName, (sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Webhooks.TimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookSender.CreateHandler(
                guard: !sp.GetRequiredService<IHostEnvironment>().IsDevelopment(),
                sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Webhooks.AllowedHosts));
        services.AddSingleton<DeliveryDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());
        services.AddSingleton<ReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());
        services.AddHostedService<DevelopmentSmtpSink>();
    }
}

/// <summary>
/// Development only (and <c>Notifications:Mail:DevelopmentSink</c>, default true): an SMTP server on
/// <c>Notifications:Mail:Port</c> (default 2525) of 127.0.0.1 that writes every mail it receives as an .eml
/// file to <c>Notifications:Mail:SinkDirectory</c> (default <c>data/mail</c>), so the run command needs no outside mail server.
/// </summary>
public sealed partial class DevelopmentSmtpSink(IHostEnvironment env, IOptions<NotificationOptions> options, ILogger<DevelopmentSmtpSink> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value.Mail;
        if (!env.IsDevelopment() || !o.DevelopmentSink) { await Idle.UntilStoppedAsync(stoppingToken); return; }
        var directory = Path.GetFullPath(o.SinkDirectory, env.ContentRootPath is { } root ? Path.GetFullPath(Path.Combine(root, "..")) : ".");
        Directory.CreateDirectory(directory);
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost")
                .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, o.Port))).Build(),
            new SmtpServer.ComponentModel.ServiceProvider().Also(p => p.Add(new EmlStore(directory))));
        LogStarted(logger, o.Port, directory);
        try { await server.StartAsync(stoppingToken); }
        catch (OperationCanceledException) { }
        catch (System.Net.Sockets.SocketException e)
        {
            LogNotStarted(logger, o.Port, e.Message);
            await Idle.UntilStoppedAsync(stoppingToken);
        }
    }

    /// <summary>Writes each message to a file named by its arrival order.</summary>
    public sealed class EmlStore(string directory) : MessageStore
    {
        private int _count;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var name = Path.Combine(directory, $"{Environment.ProcessId}-{Interlocked.Increment(ref _count):D6}.eml");
            await using var file = File.Create(name);
            foreach (var segment in buffer) await file.WriteAsync(segment, cancellationToken);
            return SmtpResponse.Ok;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development SMTP sink on 127.0.0.1:{Port}; mail is written to {Directory}")]
    private static partial void LogStarted(ILogger logger, int port, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development SMTP sink could not listen on {Port}: {Error}")]
    private static partial void LogNotStarted(ILogger logger, int port, string error);
}

/// <summary>A switched-off worker stays running (idle) so that the workers' health check does not count it as stopped.</summary>
internal static class Idle
{
    public static async Task UntilStoppedAsync(CancellationToken stoppingToken)
    {
        try { await Task.Delay(Timeout.Infinite, stoppingToken); }
        catch (OperationCanceledException) { }
    }
}

internal static class ServiceProviderExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
