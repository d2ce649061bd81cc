using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Infrastructure.Auth;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MedanUmkm.Api.Infrastructure.Observability;

/// <summary>
/// The API's own traces and metrics (besides ASP.NET Core's): one activity per mediator message and
/// per SQL statement, and the instruments below. Tags carry names only (message types, statement
/// names), never parameter values or personal data.
/// </summary>
public static partial class Telemetry
{
    public const string Name = "MedanUmkm.Api";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>The buckets of ASP.NET Core's http.server.request.duration, in seconds (the SDK's default ones are milliseconds).</summary>
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };
    public static readonly Meter Meter = new(Name);

    /// <summary>Duration of each mediator message (handler and its pipeline), tagged <c>handler</c> and <c>outcome</c>.</summary>
    public static readonly Histogram<double> HandlerDuration = Meter.CreateHistogram<double>(
        "medanumkm.handler.duration", "s", "Duration of mediator handlers (with their pipeline).", advice: Seconds);

    /// <summary>Time spent in SQL statements, tagged <c>db.operation.name</c> (SELECT, INSERT, ...).</summary>
    public static readonly Histogram<double> DatabaseDuration = Meter.CreateHistogram<double>(
        "medanumkm.db.duration", "s", "Duration of SQL statements sent through DbSession.", advice: Seconds);

    /// <summary>Rows processed by import jobs, tagged <c>kind</c>, <c>mode</c> (dry_run or commit) and <c>outcome</c>.</summary>
    public static readonly Counter<long> ImportRows = Meter.CreateCounter<long>(
        "medanumkm.import.rows", "{row}", "Rows processed by import jobs.");

    /// <summary>Businesses whose e-Katalog readiness was recomputed.</summary>
    public static readonly Counter<long> ReadinessRecomputes = Meter.CreateCounter<long>(
        "medanumkm.readiness.recomputes", "{business}", "Businesses whose e-Katalog readiness was recomputed.");

    /// <summary>A message type's name with the feature class it is nested in: <c>ListBusinesses.Query</c>.</summary>
    public static string MessageName(Type type) =>
        type.DeclaringType is { } outer ? $"{outer.Name}.{type.Name}" : type.Name;

    /// <summary>
    /// A short, value-free name for a SQL statement: the constant it came from when the caller passed
    /// one (<c>ImportSql.FailSql</c>), otherwise its first keyword and first table (<c>SELECT Users</c>).
    /// </summary>
    public static string StatementName(string sql, string? expression)
    {
        if (expression is not null && IdentifierPath().IsMatch(expression)) return expression;
        var operation = Operation(sql);
        var table = TableName().Match(sql);
        return table.Success ? $"{operation} {table.Groups[1].Value}" : operation;
    }

    /// <summary>The statement's first keyword, upper-case (<c>WITH</c> for a CTE).</summary>
    public static string Operation(string sql)
    {
        var first = FirstWord().Match(sql);
        return first.Success ? first.Value.ToUpperInvariant() : "SQL";
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex IdentifierPath();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\b(?:FROM|INTO|UPDATE|JOIN)\s+\[?([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TableName();
}

/// <summary>Configuration section <c>Otel</c> (OpenTelemetry).</summary>
public sealed class OtelOptions
{
    public const string Section = "Otel";
    /// <summary>OTLP collector address; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works as well. Unset: no OTLP export.</summary>
    public string? Endpoint { get; set; }
    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string Protocol { get; set; } = "grpc";
    public string ServiceName { get; set; } = "medanumkm-api";
}

public static class ObservabilitySetup
{
    /// <summary>The Prometheus scrape endpoint.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// Logs: readable console text in Development; elsewhere one JSON object per line on stdout with
    /// scopes (trace and span ids) and UTC ISO-8601 timestamps.
    /// </summary>
    public static WebApplicationBuilder AddMedanLogging(this WebApplicationBuilder builder)
    {
        // ASP.NET Core's own per-request lines (with the query string, which may carry a search for a
        // name or NIK) give way to RequestLogging's one line; Logging__LogLevel__... settings still override.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Environment.IsDevelopment())
            builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
        else
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        return builder;
    }

    /// <summary>
    /// Traces (requests, mediator messages, SQL statements) and metrics (ASP.NET Core's
    /// <c>http.server.request.duration</c> and the API's instruments in <see cref="Telemetry"/>),
    /// scraped at <see cref="MetricsPath"/> and exported by OTLP when an endpoint is configured.
    /// </summary>
    public static WebApplicationBuilder AddMedanTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(OtelOptions.Section).Get<OtelOptions>() ?? new OtelOptions();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments(MetricsPath))
                .AddSource(Telemetry.Name))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(Telemetry.Name)
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            var protocol = options.Protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, new Uri(options.Endpoint));
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter(); // reads the standard OTEL_EXPORTER_OTLP_* variables
        }
        return builder;
    }

    /// <summary>Serves the Prometheus scrape endpoint to admins and to API keys with <c>metrics:read</c>.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(Policies.Metrics).ExcludeFromDescription();
        return app;
    }

    /// <summary>Echoes the trace id as <c>X-Request-Id</c> and logs one line per request (see <see cref="RequestLogging"/>).</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        return app;
    }
}

/// <summary>
/// One log line per request: method, route template (never the path or query, which may carry
/// values), status, duration and the actor (type and id, never a name, e-mail or token). The trace
/// id comes with the logging scope and is echoed in the <c>X-Request-Id</c> response header, the
/// same id as the problem details' <c>traceId</c>.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public const string RequestIdHeader = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            http.Response.Headers[RequestIdHeader] = RequestId(http);
            return Task.CompletedTask;
        }, context);
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                var durationMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
                var actor = new CurrentActor(new HttpContextAccessor { HttpContext = context });
                Log(logger, context.Request.Method, route, status, durationMs, actor.Type, actor.Id);
            }
        }
    }

    /// <summary>The request's id: its trace id (the same as problem details' <c>traceId</c>).</summary>
    public static string RequestId(HttpContext http) =>
        Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "HTTP {Method} {Route} responded {Status} in {DurationMs:0.0} ms for {ActorType} {ActorId}")]
    private static partial void Log(ILogger logger, string method, string route, int status, double durationMs, string actorType, string? actorId);
}
