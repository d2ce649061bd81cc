using System.Globalization;
using FluentMigrator;
using MedanUmkm.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>Unhealthy while the database lacks migrations this build expects (run <c>db-migrations up</c>).</summary>
public sealed class MigrationsHealthCheck(ConnectionFactory factory) : IHealthCheck
{
    internal const string AppliedSql = "SELECT MAX(Version) FROM VersionInfo";

    /// <summary>The newest migration in this build.</summary>
    public static readonly long Latest = typeof(DatabaseMigrator).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes(typeof(MigrationAttribute), inherit: false).Cast<MigrationAttribute>())
        .Max(a => a.Version);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = await factory.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = AppliedSql;
            var applied = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct) is { } v and not DBNull ? v : 0L, CultureInfo.InvariantCulture);
            return applied >= Latest
                ? HealthCheckResult.Healthy($"migration {applied}")
                : HealthCheckResult.Unhealthy($"pending migrations: database at {applied}, this build expects {Latest}");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("migration version unreadable", ex);
        }
    }
}

/// <summary>Unhealthy when a background worker (the import worker) has stopped while the host still runs.</summary>
public sealed class WorkersHealthCheck(IEnumerable<IHostedService> hosted) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var stopped = hosted.OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsCompleted: true })
            .Select(s => s.GetType().Name).ToList();
        return Task.FromResult(stopped.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("background worker stopped: " + string.Join(", ", stopped)));
    }
}
