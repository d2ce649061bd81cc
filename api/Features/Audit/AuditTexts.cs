using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Audit;

/// <summary>
/// Audit events are stored as codes (action, actor type, entity type) and worded when read, in the
/// reader's language (catalogue codes <c>audit.action.*</c>, <c>audit.actor.*</c>, <c>audit.entity.*</c>).
/// A code the catalogue does not know yet is shown readable ("new_kind" -> "new kind"), never as a blank.
/// </summary>
public static class AuditTexts
{
    public static string Action(string action) => Text("audit.action." + action, action);

    public static string Actor(string actorType, string? actorName) =>
        string.IsNullOrWhiteSpace(actorName) ? Text("audit.actor." + actorType, actorType) : actorName;

    public static string EntityType(string entityType) => Text("audit.entity." + entityType, entityType);

    private static string Text(string code, string stored) =>
        ServerTexts.Has(code) ? ServerTexts.Get(code) : stored.Replace('_', ' ');
}
