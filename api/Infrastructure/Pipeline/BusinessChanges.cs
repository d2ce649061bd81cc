namespace MedanUmkm.Api.Infrastructure.Pipeline;

/// <summary>
/// Reacts, inside the writing transaction, to businesses whose facts changed: the readiness area
/// recomputes their e-katalog readiness. Implementations are registered by the area that owns the
/// derived data; writers never call them directly.
/// </summary>
public interface IBusinessChangeListener
{
    /// <param name="businessIds">The businesses touched; empty when <paramref name="all"/> is true.</param>
    /// <param name="all">A change that may affect every business (a rule version, a catalogue category).</param>
    /// <param name="ct">Cancellation.</param>
    ValueTask OnChangedAsync(IReadOnlyCollection<int> businessIds, bool all, CancellationToken ct);
}

/// <summary>
/// The one way a write tells derived data that a business changed. A handler (or the import worker)
/// calls <see cref="Touch(int)"/> for each business whose facts it wrote; <see cref="TransactionBehaviour{TMessage,TResponse}"/>
/// flushes the set to every <see cref="IBusinessChangeListener"/> before it commits, so the derived rows
/// commit with the write or not at all, and no read path ever has to repair them. Scoped: one per request or job.
/// </summary>
public sealed class BusinessChanges(IEnumerable<IBusinessChangeListener> listeners)
{
    private readonly HashSet<int> _ids = [];
    private bool _all;

    /// <summary>Notes that a business's facts changed.</summary>
    public void Touch(int businessId) => _ids.Add(businessId);

    /// <summary>Notes several businesses.</summary>
    public void Touch(IEnumerable<int> businessIds) => _ids.UnionWith(businessIds);

    /// <summary>Notes a change that may affect every business (listeners may defer the work: readiness marks its rows stale for the refresh job).</summary>
    public void TouchAll() => _all = true;

    /// <summary>True when something is waiting to be flushed.</summary>
    public bool Pending => _all || _ids.Count > 0;

    /// <summary>Hands the noted businesses to the listeners and forgets them; call inside the write's transaction.</summary>
    public async ValueTask FlushAsync(CancellationToken ct)
    {
        if (!Pending) return;
        var ids = _all ? [] : _ids.ToArray();
        var all = _all;
        _ids.Clear();
        _all = false;
        foreach (var listener in listeners) await listener.OnChangedAsync(ids, all, ct);
    }
}
