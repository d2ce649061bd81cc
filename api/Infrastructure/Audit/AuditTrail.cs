using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Privacy;

namespace MedanUmkm.Api.Infrastructure.Audit;

/// <summary>
/// Writes audit events in the command's own transaction: who, when, which entity, what action,
/// and the fields that changed (before and after), with personal data masked.
/// </summary>
public sealed class AuditTrail(DbSession db, CurrentActor actor, TimeProvider clock, DomainEvents events)
{
    /// <summary>
    /// The command's outbox collector: a use case that records an action raises the event integrators
    /// hear of with one line, <c>audit.Events.Raise("business.registered", "business", id)</c>.
    /// </summary>
    public DomainEvents Events => events;

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
        var changes = Diff(ToNode(before), ToNode(after), PersonalData.KindsOf((before ?? after)?.GetType() ?? typeof(object)));
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

    /// <summary>
    /// <c>{ "field": { "from": .., "to": .. } }</c> for each field whose value differs; personal data
    /// (the fields named in <see cref="Personal"/>, any field marked [PersonalData] on the audited type,
    /// and an npwp that is an individual's 16-digit NPWP) is written as ***.
    /// </summary>
    public static JsonObject Diff(JsonObject? before, JsonObject? after, IReadOnlyDictionary<string, PersonalDataKind>? marked = null)
    {
        var result = new JsonObject();
        var keys = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? []);
        foreach (var key in keys)
        {
            if (key is "version" or "createdAt" or "updatedAt") continue;
            var from = before?[key];
            var to = after?[key];
            if (JsonNode.DeepEquals(from, to)) continue;
            result[key] = new JsonObject { ["from"] = Mask(key, from, marked), ["to"] = Mask(key, to, marked) };
        }
        return result;
    }

    private static JsonNode? Mask(string key, JsonNode? value, IReadOnlyDictionary<string, PersonalDataKind>? marked)
    {
        if (value is null) return null;
        var kind = marked is not null && marked.TryGetValue(key, out var k) ? k
            : string.Equals(key, "npwp", StringComparison.OrdinalIgnoreCase) ? PersonalDataKind.Npwp
            : (PersonalDataKind?)null;
        var personal = Personal.Contains(key)
            || kind is PersonalDataKind.Npwp && value is JsonValue v && v.TryGetValue<string>(out var npwp) && PersonalData.IsPersonalNpwp(npwp)
            || kind is not null and not PersonalDataKind.Npwp;
        return personal ? JsonValue.Create(Identifiers.MaskedText) : value.DeepClone();
    }
}
