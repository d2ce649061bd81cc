using System.Diagnostics.Metrics;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>
/// Remembers that the database refused a write for lack of space (SQLite SQLITE_FULL, SQL Server
/// 1105/9002). /health/ready reports Degraded for a minute after the last such refusal; reads go on
/// working meanwhile, and writes resume by themselves once space is freed.
/// </summary>
public sealed class StorageState(TimeProvider clock)
{
    public static readonly TimeSpan DegradedFor = TimeSpan.FromMinutes(1);
    private static readonly Meter Meter = new("MedanUmkm.Storage");
    private static readonly Counter<long> FullCounter =
        Meter.CreateCounter<long>("medanumkm.storage.full", description: "Writes refused because the database storage is full");
    private long _lastFullTicks = long.MinValue;

    /// <summary>True for an exception that means the database has no room left.</summary>
    public static bool IsStorageFull(Exception e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 13, // SQLITE_FULL
        SqlException s => s.Number is 1105 or 9002,   // data file full / transaction log full
        _ => e.InnerException is { } inner && IsStorageFull(inner),
    };

    public void MarkFull()
    {
        Interlocked.Exchange(ref _lastFullTicks, clock.GetUtcNow().UtcTicks);
        FullCounter.Add(1);
    }

    public bool IsFull
    {
        get
        {
            var last = Interlocked.Read(ref _lastFullTicks);
            return last != long.MinValue && clock.GetUtcNow().UtcTicks - last < DegradedFor.Ticks;
        }
    }
}

/// <summary>Degraded while <see cref="StorageState.IsFull"/>: the API answers reads but refuses writes.</summary>
public sealed class StorageHealthCheck(StorageState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(state.IsFull
            ? HealthCheckResult.Degraded("storage full: the database refused a write in the last minute")
            : HealthCheckResult.Healthy());
}
