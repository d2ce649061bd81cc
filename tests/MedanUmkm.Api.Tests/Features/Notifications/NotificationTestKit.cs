using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MedanUmkm.Api.Features.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MedanUmkm.Api.Tests.Features.Notifications;

/// <summary>One request a <see cref="WebhookReceiver"/> took, and whether its signature verified with the secret.</summary>
public sealed record ReceivedWebhook(string Id, long Timestamp, string Body, bool Verified);

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel) that verifies Standard Webhooks signatures with the secret
/// it is given, answers <see cref="Status"/>, and can be stopped and started again on the same port.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication? _app;
    private int _port;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();
    public string? Secret { get; set; }
    public HttpStatusCode Status { get; set; } = HttpStatusCode.NoContent;

    /// <summary>When set, a request waits for it before answering (a receiver that hangs).</summary>
    public Task? Gate { get; set; }

    public string Url => $"http://127.0.0.1:{_port}/hooks";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        _app = builder.Build();
        _app.MapPost("/hooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var id = request.Headers["webhook-id"].ToString();
            var timestamp = long.Parse(request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
            var verified = Secret is not null && WebhookSignature.Verify(Secret, id, timestamp, body, request.Headers["webhook-signature"].ToString());
            Received.Enqueue(new ReceivedWebhook(id, timestamp, body, verified));
            if (Gate is { } gate) await gate;
            return Results.StatusCode((int)Status);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _port = new Uri(address).Port;
    }

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

/// <summary>An in-process SMTP server (the SmtpServer package) that keeps every message it is sent.</summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public int Port { get; } = FreePort();
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();

    public TestSmtpServer()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(new Store(Messages));
        _ = new SmtpServer.SmtpServer(options, provider).StartAsync(_stop.Token);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
