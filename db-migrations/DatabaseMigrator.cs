using FluentMigrator.Runner;
using FluentMigrator.Runner.Initialization;
using FluentMigrator.Runner.Logging;
using FluentMigrator.Runner.Processors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MedanUmkm.Migrations;

/// <summary>The database engines the product runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Applies the migrations in this assembly, or prints them as a SQL script.</summary>
public static class DatabaseMigrator
{
    /// <summary>Brings the database up to the newest migration.</summary>
    public static void MigrateUp(DatabaseProvider provider, string connectionString, TextWriter? log = null)
    {
        using var services = Build(provider, connectionString, preview: false, log);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    /// <summary>Rolls back to the given version (0 = empty database).</summary>
    public static void MigrateDown(DatabaseProvider provider, string connectionString, long version, TextWriter? log = null)
    {
        using var services = Build(provider, connectionString, preview: false, log);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateDown(version);
    }

    /// <summary>
    /// Writes the whole schema as a script for the engine without connecting to any server:
    /// the runner treats the database as empty and only logs the SQL it would run.
    /// </summary>
    public static void WriteScript(DatabaseProvider provider, TextWriter output)
    {
        using var services = Build(provider, connectionString: null, preview: true, output);
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IMigrationRunner>().MigrateUp();
    }

    private static ServiceProvider Build(DatabaseProvider provider, string? connectionString, bool preview, TextWriter? log)
    {
        var services = new ServiceCollection()
            .AddFluentMigratorCore()
            .ConfigureRunner(rb =>
            {
                if (provider == DatabaseProvider.SqlServer) rb.AddSqlServer2016();
                else rb.AddSQLite();
                if (connectionString is not null) rb.WithGlobalConnectionString(connectionString);
                rb.ScanIn(typeof(DatabaseMigrator).Assembly).For.Migrations();
            })
            .Configure<RunnerOptions>(o => o.NoConnection = preview)
            .Configure<ProcessorOptions>(o => o.PreviewOnly = preview)
            .AddLogging(lb =>
            {
                lb.ClearProviders();
                if (log is not null)
                {
                    lb.AddProvider(new SqlScriptFluentMigratorLoggerProvider(
                        log, new SqlScriptFluentMigratorLoggerOptions { ShowSql = true, ShowElapsedTime = false }));
                }
            });
        return services.BuildServiceProvider(validateScopes: false);
    }
}
