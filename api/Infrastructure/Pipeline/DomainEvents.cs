namespace MedanUmkm.Api.Infrastructure.Pipeline;

/// <summary>
/// Something worth telling outside the system (an integrator's webhook, a reminder), raised by a use case.
/// <paramref name="Data"/> holds ids and states only, never personal data: it becomes part of a JSON
/// payload that leaves the system.
/// </summary>
/// <param name="Type">Dotted, lower-case event type, e.g. <c>business.registered</c>.</param>
/// <param name="SubjectType">What the event is about, e.g. <c>business</c>.</param>
/// <param name="SubjectId">The subject's id.</param>
/// <param name="Data">Small extra facts (ids, states); serialised as JSON.</param>
public sealed record DomainEvent(string Type, string SubjectType, string SubjectId, object? Data);

/// <summary>Writes the raised events, inside the command's transaction (the notifications area's outbox).</summary>
public interface IDomainEventSink
{
    ValueTask WriteAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct);
}

/// <summary>
/// The scoped collector use cases add events to (<c>audit.Events.Raise(...)</c>: every write handler has
/// the audit trail already). <see cref="TransactionBehaviour{TMessage,TResponse}"/> flushes it to every
/// <see cref="IDomainEventSink"/> after <see cref="BusinessChanges"/> and before the commit, so an event is
/// stored if and only if its change commits (a transactional outbox). Outside a command (a job that runs
/// its own transaction) the job calls <see cref="FlushAsync"/> itself before committing.
/// </summary>
public sealed class DomainEvents(IEnumerable<IDomainEventSink> sinks)
{
    private readonly List<DomainEvent> _pending = [];

    /// <summary>Notes an event; it is written when the command's transaction commits.</summary>
    public void Raise(string type, string subjectType, object subjectId, object? data = null) =>
        _pending.Add(new DomainEvent(type, subjectType, Convert.ToString(subjectId, System.Globalization.CultureInfo.InvariantCulture) ?? "", data));

    /// <summary>True when events wait to be written.</summary>
    public bool Pending => _pending.Count > 0;

    /// <summary>Hands the raised events to the sinks and forgets them; call inside the write's transaction.</summary>
    public async ValueTask FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        var events = _pending.ToArray();
        _pending.Clear();
        foreach (var sink in sinks) await sink.WriteAsync(events, ct);
    }
}
