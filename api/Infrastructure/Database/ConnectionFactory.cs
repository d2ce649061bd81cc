using System.Data.Common;
using MedanUmkm.Migrations;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>Opens connections to the configured engine, with the per-connection settings it needs.</summary>
public sealed class ConnectionFactory
{
    public ConnectionFactory(IOptions<DatabaseOptions> options, IHostEnvironment env)
    {
        Provider = options.Value.Provider;
        ConnectionString = Resolve(options.Value, env.ContentRootPath);
        Dialect = SqlDialect.For(Provider);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; private set; }

    /// <summary>
    /// Points a running host at another SQLite file: the tests' host pool gives a reused host a fresh
    /// copy of the template database this way (internal: visible to the test project only).
    /// </summary>
    internal void UseConnectionString(string connectionString) => ConnectionString = connectionString;
    public SqlDialect Dialect { get; }

    /// <summary>The connection string actually used: SQLite gets foreign keys on and a default file.</summary>
    public static string Resolve(DatabaseOptions options, string contentRoot)
    {
        if (options.Provider == DatabaseProvider.SqlServer)
            return options.ConnectionString
                ?? throw new InvalidOperationException("Database:ConnectionString is required for SqlServer.");

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? "");
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            var dir = Path.GetFullPath(Path.Combine(contentRoot, "..", "data"));
            Directory.CreateDirectory(dir);
            builder.DataSource = Path.Combine(dir, "medanumkm.db");
        }
        builder.ForeignKeys = true;
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Test hook: pragmas run on every SQLite connection as it is opened (e.g. a tiny max_page_count to fill the "disk").</summary>
    internal string? SqliteOnOpen { get; set; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        DbConnection connection = Provider == DatabaseProvider.SqlServer
            ? new SqlConnection(ConnectionString)
            : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        if (connection is SqliteConnection sqlite)
        {
            await using var cmd = sqlite.CreateCommand();
            // WAL is persistent in the file (set at start-up); busy_timeout is per connection.
            cmd.CommandText = "PRAGMA busy_timeout = 10000;" + SqliteOnOpen;
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return connection;
    }

    /// <summary>One-time settings on start-up (WAL for SQLite).</summary>
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        if (Provider != DatabaseProvider.Sqlite) return;
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
