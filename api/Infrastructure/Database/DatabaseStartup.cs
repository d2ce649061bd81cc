using Dapper;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Migrations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Infrastructure.Database;

/// <summary>Start-up work on the database: migrate (SQLite default) and bootstrap the first admin. Demo data is the Demo module's.</summary>
public static class DatabaseStartup
{
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration config)
    {
        TypeHandlers.Register();
        DefaultTypeMap.MatchNamesWithUnderscores = false;
        services.Configure<DatabaseOptions>(config.GetSection(DatabaseOptions.Section));
        services.AddSingleton<ConnectionFactory>();
        services.AddScoped<DbSession>();
        services.AddSingleton<DataVersion>();
        return services;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var factory = app.Services.GetRequiredService<ConnectionFactory>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Database");
        if (options.MigrateOnStartup ?? options.Provider == DatabaseProvider.Sqlite)
        {
            await factory.InitialiseAsync();
            // Up to date: the migrator is not started. It opens a write transaction, which on SQLite waits for
            // (and, past the busy timeout, fails on) another instance's long write such as an import commit.
            if (await AppliedMigrationAsync(factory) < MigrationsHealthCheck.Latest)
            {
                DatabaseMigrator.MigrateUp(factory.Provider, factory.ConnectionString);
                log.DatabaseMigrated(factory.Provider);
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        await BootstrapAdminAsync(scope.ServiceProvider, log);
    }

    /// <summary>The newest migration the database has; 0 when it has none (no VersionInfo yet).</summary>
    private static async Task<long> AppliedMigrationAsync(ConnectionFactory factory)
    {
        try
        {
            await using var connection = await factory.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = MigrationsHealthCheck.AppliedSql;
            return await cmd.ExecuteScalarAsync() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        catch (System.Data.Common.DbException)
        {
            return 0;
        }
    }

    private const string InsertUserSql = """
        INSERT INTO Users (Email, Name, Role, PasswordHash, IsActive, FailedLoginCount, SecurityStamp, CreatedAt, UpdatedAt, Version)
        VALUES (@Email, @Name, @Role, @PasswordHash, 1, 0, @SecurityStamp, @Now, @Now, 1)
        """;

    /// <summary>Creates a user directly (bootstrap admin and demo users); returns its id.</summary>
    public static Task<int> InsertUserAsync(DbSession db, IPasswordHasher<UserAccount> hasher, TimeProvider clock,
        string email, string name, string role, string password, CancellationToken ct = default) =>
        db.InsertAsync(InsertUserSql, new
        {
            Email = email.Trim().ToLowerInvariant(),
            Name = name,
            Role = role,
            PasswordHash = hasher.HashPassword(new UserAccount(), password),
            SecurityStamp = Guid.NewGuid().ToString("N"),
            Now = clock.GetUtcNow(),
        }, ct);

    private static async Task BootstrapAdminAsync(IServiceProvider sp, ILogger log)
    {
        var bootstrap = sp.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrWhiteSpace(bootstrap.AdminPassword)) return;
        var db = sp.GetRequiredService<DbSession>();
        if (await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM Users") > 0) return;
        var id = await InsertUserAsync(db, sp.GetRequiredService<IPasswordHasher<UserAccount>>(), sp.GetRequiredService<TimeProvider>(),
            bootstrap.AdminEmail, "Administrator", Roles.Admin, bootstrap.AdminPassword);
        // The id, not the e-mail address: logs carry no personal data (README, Operations).
        log.BootstrapAdminCreated(id);
    }
}

/// <summary>The database start-up's log messages (source-generated).</summary>
internal static partial class DatabaseLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    public static partial void DatabaseMigrated(this ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap admin created (user {UserId})")]
    public static partial void BootstrapAdminCreated(this ILogger logger, int userId);
}
