using MedanUmkm.Migrations;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string; for SQLite defaults to a file under the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply migrations on start-up (default for SQLite; SQL Server is migrated by the CLI).</summary>
    public bool? MigrateOnStartup { get; set; }
}
