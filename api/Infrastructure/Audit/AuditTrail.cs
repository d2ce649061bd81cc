using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Infrastructure.Audit;

/// <summary>
/// Writes audit events in the command's own transaction: who, when, which entity, what action,
/// and the fields that changed (before and after), with personal data masked.
/// </summary>
public sealed class AuditTrail(DbSession db, CurrentActor actor, TimeProvider clock)
{
    /// <summary>Fields never written in clear to the audit trail.</summary>
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "ownerNik", "nik", "phone", "address", "email", "passwordHash", "password", "keyHash", "securityStamp",
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string InsertSql = """
        INSERT INTO AuditEvents (OccurredAt, ActorType, ActorId, ActorName, EntityType, EntityId, Action, Changes, TraceId)
        VALUES (@OccurredAt, @ActorType, @ActorId, @ActorName, @EntityType, @EntityId, @Action, @Changes, @TraceId)
        """;

    /// <summary>Records an action. <paramref name="before"/> is null for a creation, <paramref name="after"/> for a removal.</summary>
    public async Task RecordAsync(string entityType, string entityId, string action, object? before, object? after, CancellationToken ct)
    {
        var changes = Diff(ToNode(before), ToNode(after));
        await db.ExecuteAsync(InsertSql, new
        {
            OccurredAt = clock.GetUtcNow(),
            ActorType = actor.Type,
            ActorId = actor.Id,
            ActorName = actor.Name,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes.ToJsonString(),
            TraceId = Activity.Current?.TraceId.ToString(),
        }, ct);
    }

    private static JsonObject? ToNode(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Json) as JsonObject;

    /// <summary><c>{ "field": { "from": .., "to": .. } }</c> for each field whose value differs.</summary>
    public static JsonObject Diff(JsonObject? before, JsonObject? after)
    {
        var result = new JsonObject();
        var keys = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? []);
        foreach (var key in keys)
        {
            if (key is "version" or "createdAt" or "updatedAt") continue;
            var from = before?[key];
            var to = after?[key];
            if (JsonNode.DeepEquals(from, to)) continue;
            result[key] = new JsonObject { ["from"] = Mask(key, from), ["to"] = Mask(key, to) };
        }
        return result;
    }

    private static JsonNode? Mask(string key, JsonNode? value) =>
        value is null ? null : Personal.Contains(key) ? JsonValue.Create("***") : value.DeepClone();
}
