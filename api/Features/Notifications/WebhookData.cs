using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>A WebhookSubscriptions row without its secret.</summary>
public sealed class WebhookRow
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Url { get; init; } = "";
    public string EventTypes { get; init; } = "";
    public bool Active { get; init; }
    public int ConsecutiveFailures { get; init; }
    public DateTimeOffset? DisabledAt { get; init; }
    public string? DisabledReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public WebhookResponse ToResponse() => new(Id.ToString(CultureInfo.InvariantCulture), Name, Url,
        EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries), Active, ConsecutiveFailures, DisabledAt, DisabledReason, CreatedAt, UpdatedAt, Version);
}

/// <summary>A Deliveries row as the log shows it.</summary>
public sealed class DeliveryRow
{
    public int Id { get; init; }
    public string DeliveryKey { get; init; } = "";
    public string? EventId { get; init; }
    public string EventType { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string Payload { get; init; } = "";

    public DeliveryResponse ToResponse() => new(Id.ToString(CultureInfo.InvariantCulture), DeliveryKey, EventId, EventType, Status, Attempts,
        NextAttemptAt, LastStatusCode, LastError, CreatedAt, CompletedAt);
}

/// <summary>SQL and checks shared by the webhook use cases.</summary>
public static class WebhookSql
{
    public const string Entity = "Webhook subscription";

    public const string Select = """
        SELECT w.Id, w.Name, w.Url, w.EventTypes, w.Active, w.ConsecutiveFailures, w.DisabledAt, w.DisabledReason, w.CreatedAt, w.UpdatedAt, w.Version
        FROM WebhookSubscriptions w
        """;

    private const string ById = Select + "\nWHERE w.Id = @Id";

    public const string SelectDeliveries = """
        SELECT d.Id, d.DeliveryKey, d.EventId, d.EventType, d.Status, d.Attempts, d.NextAttemptAt, d.LastStatusCode, d.LastError,
               d.CreatedAt, d.CompletedAt, d.Payload
        FROM Deliveries d
        """;

    public static int ParseId(string id) => RouteIds.Parse(id, Entity);

    public static async Task<WebhookRow> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<WebhookRow>(ById, new { Id = id }, ct)
        ?? throw new NotFoundException(Entity, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>The stored form of event types: distinct, space separated, in the catalogue's order ("*" alone when given).</summary>
    public static string Store(IReadOnlyList<string> types) =>
        types.Contains("*") ? "*" : string.Join(' ', Notifications.EventTypes.All.Keys.Where(types.Contains));

    /// <summary>Rules of a subscription's name, URL and event types.</summary>
    public static void AddRules<T>(AbstractValidator<T> v, Func<T, string> name, Func<T, string> url, Func<T, IReadOnlyList<string>> types)
    {
        v.RuleFor(x => name(x)).NotEmpty().Length(2, 100).OverridePropertyName("name");
        v.RuleFor(x => url(x)).NotEmpty().MaximumLength(500)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                       && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Fragment))
            .WithErrorCode("webhook_url_invalid").WithMessage(_ => ServerTexts.Get("webhook_url_invalid"))
            .OverridePropertyName("url");
        v.RuleFor(x => types(x)).NotEmpty().OverridePropertyName("eventTypes");
        v.RuleForEach(x => types(x)).Must(t => t == "*" || Notifications.EventTypes.All.ContainsKey(t))
            .WithErrorCode("webhook_event_type_unknown")
            .WithMessage((_, t) => ServerTexts.Get("webhook_event_type_unknown", ("type", t), ("types", Notifications.EventTypes.All.Keys)))
            .OverridePropertyName("eventTypes");
    }
}
