using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Pipeline;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// What can be imported. One small class per kind (businesses now; products, registrations, cases
/// later): its columns, how a row becomes a validated item, and how a batch of items is upserted.
/// Implementations are found in the assembly and resolved per job.
/// </summary>
public interface IImportKind
{
    /// <summary>The <c>kind</c> form field and template name: "businesses".</summary>
    string Name { get; }
    /// <summary>The columns of the template in the request's language, in order; the first is the key the upsert matches on.</summary>
    IReadOnlyList<TabularColumn> Columns { get; }
    /// <summary>The columns with headers, descriptions and dropdown values in <paramref name="language"/> ("id" or "en").</summary>
    IReadOnlyList<TabularColumn> ColumnsIn(string language);
    /// <summary>
    /// Parses and validates one row with the API's own rules; null (with errors on the row) when invalid.
    /// <paramref name="validate"/> false: the row already passed (second pass of a job), only build the item.
    /// </summary>
    object? Parse(ImportRow row, bool validate = true);
    /// <summary>The natural key of a valid item (NIB for businesses): a file may hold each key once.</summary>
    string KeyOf(object item);
    /// <summary>
    /// Compares a batch with what is stored (by key) and, when <paramref name="write"/>, inserts the new
    /// items and updates the changed ones; returns created/updated/unchanged counts. Runs inside the job's transaction.
    /// </summary>
    /// <remarks>A write notes every business it creates or changes in <paramref name="changes"/>, the job's change set.</remarks>
    Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<object> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct);
    /// <summary>Called in the commit's transaction before the first batch is written (e.g. to set row triggers aside).</summary>
    Task BeginWritingAsync(DbSession db, CancellationToken ct);
    /// <summary>Called in the commit's transaction after the last batch, before it commits (put back what BeginWritingAsync changed).</summary>
    Task EndWritingAsync(DbSession db, CancellationToken ct);
}

/// <summary>Typed base for an import kind.</summary>
public abstract class ImportKind<T> : IImportKind where T : class
{
    public abstract string Name { get; }
    public IReadOnlyList<TabularColumn> Columns => ColumnsIn(Infrastructure.Texts.TextLanguage.Current);
    public abstract IReadOnlyList<TabularColumn> ColumnsIn(string language);
    protected abstract T? ParseRow(ImportRow row, bool validate);
    protected abstract string Key(T item);
    protected abstract Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<T> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct);

    public object? Parse(ImportRow row, bool validate = true) => ParseRow(row, validate);
    public string KeyOf(object item) => Key((T)item);
    public Task<UpsertCounts> UpsertAsync(DbSession db, IReadOnlyList<object> items, bool write, DateTimeOffset now, BusinessChanges changes, CancellationToken ct) =>
        UpsertAsync(db, items.Cast<T>().ToList(), write, now, changes, ct);
    public virtual Task BeginWritingAsync(DbSession db, CancellationToken ct) => Task.CompletedTask;
    public virtual Task EndWritingAsync(DbSession db, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>What a batch created, updated and left unchanged (or would, in a dry run).</summary>
public readonly record struct UpsertCounts(int Created, int Updated, int Unchanged)
{
    public static UpsertCounts operator +(UpsertCounts a, UpsertCounts b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}
