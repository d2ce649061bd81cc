namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// A counter this process moves on after every write it makes through <see cref="DbSession"/>:
/// a committed transaction, or a statement run outside one. A cached read that remembers the
/// value it was computed at is still current while the value has not moved. Writes by other
/// processes (a second API instance on SQL Server, a tool on the database file) do not move it,
/// so caches keyed on it also bound their age.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Bump() => Interlocked.Increment(ref _value);
}
