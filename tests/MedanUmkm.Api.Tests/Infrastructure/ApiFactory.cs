using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Imports;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Migrations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a real database migrated by the real migrations: a fresh SQLite file per
/// factory (a copy of a template migrated once per test run), or, when MEDANUMKM_TEST_SQLSERVER holds
/// a connection string, a fresh SQL Server database per factory (created, migrated and dropped here).
/// Nothing is mocked but the clock: the app's <see cref="TimeProvider"/> is <see cref="Clock"/>, a fake
/// that starts at <see cref="TestClock.Start"/> and that a test may set.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string SqlServerVariable = "MEDANUMKM_TEST_SQLSERVER";
    public const string AdminEmail = "admin@test.medanumkm.go.id";
    public const string Password = "Test#Passw0rd";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings;
    private readonly string? _sqlServerDatabase;
    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>The API's clock (its TimeProvider). Set it before the first request to start the host at another instant.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The current WIB date of <see cref="Clock"/>.</summary>
    public DateOnly Today => OfficeTime.Today(Clock);

    /// <param name="settings">Configuration over the test defaults.</param>
    /// <param name="now">Where <see cref="Clock"/> starts (default <see cref="TestClock.Start"/>).</param>
    public ApiFactory(IDictionary<string, string>? settings = null, DateTimeOffset? now = null)
    {
        Clock = TestClock.New(now);
        Directory.CreateDirectory(_directory);
        _settings = new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = "test-signing-key-that-is-long-enough-for-hmac-sha256",
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = Password,
            ["RateLimits:PerMinute"] = "100000",
            ["RateLimits:LoginPerMinute"] = "100000",
            ["Demo:Seed"] = "false",
            ["Client:DistPath"] = Path.Combine(_directory, "no-client"),
            ["Imports:Directory"] = Path.Combine(_directory, "imports"),
            // The notification loops stay off unless a fixture turns them on (its tests drive them explicitly).
            ["Notifications:Dispatcher:Enabled"] = "false",
            ["Notifications:Reminders:Enabled"] = "false",
        };
        var sqlServer = Environment.GetEnvironmentVariable(SqlServerVariable);
        if (!string.IsNullOrWhiteSpace(sqlServer))
        {
            var builder = new SqlConnectionStringBuilder(sqlServer);
            _sqlServerDatabase = $"medanumkm_test_{Guid.NewGuid():N}";
            var master = new SqlConnectionStringBuilder(sqlServer) { InitialCatalog = "master" }.ConnectionString;
            using (var connection = new SqlConnection(master))
            {
                connection.Open();
                using var cmd = connection.CreateCommand();
                cmd.CommandText = $"CREATE DATABASE [{_sqlServerDatabase}]";
                cmd.ExecuteNonQuery();
            }
            builder.InitialCatalog = _sqlServerDatabase;
            _settings["Database:Provider"] = "SqlServer";
            _settings["Database:ConnectionString"] = builder.ConnectionString;
            _settings["Database:MigrateOnStartup"] = "true";
        }
        else
        {
            _settings["Database:Provider"] = "Sqlite";
            _settings["Database:ConnectionString"] = $"Data Source={Path.Combine(_directory, "test.db")}";
        }
        if (settings is not null)
            foreach (var (k, v) in settings) _settings[k] = v;
        if (_sqlServerDatabase is null && !_settings.ContainsKey("Database:MigrateOnStartup")
            && new SqliteConnectionStringBuilder(_settings["Database:ConnectionString"]).DataSource is { Length: > 0 } file
            && file != ":memory:" && !File.Exists(file))
        {
            // Migrating takes most of a host's start: a new database file (this factory's own, or one a test
            // names) is a copy of the file migrated once for the whole run instead. A file that exists already
            // (a second instance on a shared file) is migrated at start as the API does.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.Copy(TemplateDatabase.Value, file);
            _settings["Database:MigrateOnStartup"] = "false";
        }
    }

    /// <summary>The folder where this API keeps uploaded import files (Imports:Directory).</summary>
    public string ImportsDirectory => _settings["Imports:Directory"];

    private static readonly Lazy<string> TemplateDatabase = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Directory of this run's template database (deleted by <see cref="TestRun"/>).</summary>
    internal static readonly string TemplateDirectory =
        Path.Combine(Path.GetTempPath(), "medanumkm-tests", "template-" + Guid.NewGuid().ToString("N"));

    /// <summary>A SQLite file migrated by the real migrations, in WAL mode as the API's start-up leaves it.</summary>
    private static string CreateTemplate()
    {
        Directory.CreateDirectory(TemplateDirectory);
        var path = Path.Combine(TemplateDirectory, "template.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString();
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode = WAL;";
            cmd.ExecuteNonQuery();
        }
        DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, connectionString);
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        return path;
    }

    internal static void DeleteTemplate()
    {
        try { Directory.Delete(TemplateDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static bool OnSqlServer => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SqlServerVariable));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            // Real PBKDF2, fewer rounds: a sign-in costs ~1 ms instead of ~0.1 s of CPU, and the suite
            // signs in a few hundred times. Production keeps the framework's default count.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestHashIterations);
        });
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in as a user of the given role (the user is created on first use).</summary>
    public async Task<HttpClient> As(string role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(role));
        return client;
    }

    public async Task<string> TokenFor(string role)
    {
        if (_tokens.TryGetValue(role, out var cached)) return cached;
        var email = role == Roles.Admin ? AdminEmail : $"{role}@test.medanumkm.go.id";
        if (role != Roles.Admin) await CreateUserAsync(email, role);
        var token = await SignInAsync(email, Password);
        _tokens[role] = token;
        return token;
    }

    public async Task<string> SignInAsync(string email, string password)
    {
        var response = await Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates a user directly in the database (for tests that need more than one per role).</summary>
    public async Task<int> CreateUserAsync(string email, string role, string password = Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        // The test password's hash is computed once per run (a real PBKDF2 hash; hashing costs ~0.1 s of CPU each time).
        var hasher = password == Password ? DefaultPasswordHash.Value : scope.ServiceProvider.GetRequiredService<IPasswordHasher<UserAccount>>();
        return await DatabaseStartup.InsertUserAsync(db, hasher, Clock, email, role + " user", role, password);
    }

    private static readonly Lazy<IPasswordHasher<UserAccount>> DefaultPasswordHash =
        new(() => new OneHash(new PasswordHasher<UserAccount>(Microsoft.Extensions.Options.Options.Create(
            new PasswordHasherOptions { IterationCount = TestHashIterations })).HashPassword(new UserAccount(), Password)));

    /// <summary>PBKDF2 rounds of the test hosts' password hasher (the hash records its count, so verification agrees).</summary>
    public const int TestHashIterations = 1_000;

    /// <summary>Hands out one precomputed hash of the test password.</summary>
    private sealed class OneHash(string hash) : IPasswordHasher<UserAccount>
    {
        public string HashPassword(UserAccount user, string password) => hash;

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword) =>
            throw new NotSupportedException();
    }

    private int _generation;

    /// <summary>
    /// Gives this running host a fresh database, as a new factory would have: a new copy of the template
    /// (the old file is left to connections still open on it, then deleted), the bootstrap admin as
    /// start-up creates it, no cached tokens, and a new <see cref="DataVersion"/> so no cached read
    /// survives. Booting a host costs far more than this (see <see cref="ApiTest.SharedHost"/>).
    /// </summary>
    internal async Task RenewDatabaseAsync()
    {
        if (_sqlServerDatabase is not null) throw new InvalidOperationException("Only SQLite test hosts are reused.");
        var connections = Services.GetRequiredService<ConnectionFactory>();
        var old = new SqliteConnectionStringBuilder(connections.ConnectionString);
        var file = Path.Combine(_directory, $"test-{++_generation}.db");
        File.Copy(TemplateDatabase.Value, file);
        var renewed = new SqliteConnectionStringBuilder(connections.ConnectionString) { DataSource = file };
        connections.UseConnectionString(renewed.ToString());
        using (var stale = new SqliteConnection(old.ToString())) SqliteConnection.ClearPool(stale);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            try { File.Delete(old.DataSource + suffix); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        Services.GetRequiredService<DataVersion>().Bump();
        // Kept import files are named by job id, and ids start again in the new database.
        try { Directory.Delete(ImportsDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
        _tokens.Clear();
        await using var scope = Services.CreateAsyncScope();
        await DatabaseStartup.InsertUserAsync(scope.ServiceProvider.GetRequiredService<DbSession>(), DefaultPasswordHash.Value, Clock,
            AdminEmail, "Administrator", Roles.Admin, Password);
    }

    /// <summary>
    /// Waits (at most <paramref name="timeout"/>) until this API's import worker has finished every job
    /// queued in it (its files deleted too), so that nothing of one fixture's imports reaches the database
    /// or upload folder a renewed host gives the next. False when one is still unfinished then.
    /// </summary>
    internal async Task<bool> WaitForIdleImportsAsync(TimeSpan timeout)
    {
        var queue = Services.GetRequiredService<ImportQueue>();
        var waited = System.Diagnostics.Stopwatch.StartNew(); // real time: the worker runs on its own
        while (queue.InFlight > 0)
        {
            if (waited.Elapsed > timeout) return false;
            await Task.Delay(10);
        }
        return true;
    }

    /// <summary>
    /// Runs a scalar query against the test database (to check what was stored, or to arrange what
    /// the API cannot write, such as a date in the past). It may write, so it moves the process's
    /// <see cref="DataVersion"/> on as every write of the API does.
    /// </summary>
    public async Task<T> ScalarAsync<T>(string sql, object? param = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<DbSession>().ExecuteScalarAsync<T>(sql, param);
        Services.GetRequiredService<DataVersion>().Bump();
        return result;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        if (_sqlServerDatabase is not null)
        {
            SqlConnection.ClearAllPools();
            var master = new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SqlServerVariable)) { InitialCatalog = "master" };
            using var connection = new SqlConnection(master.ConnectionString);
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"ALTER DATABASE [{_sqlServerDatabase}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerDatabase}]";
            cmd.ExecuteNonQuery();
        }
    }
}
