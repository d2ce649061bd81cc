using System.Globalization;
using MedanUmkm.Migrations;

// dotnet run --project db-migrations -- up     [--provider Sqlite|SqlServer] [--connection "..."]
// dotnet run --project db-migrations -- down   --to <version> [--provider ...] [--connection "..."]
// dotnet run --project db-migrations -- script [--provider SqlServer|Sqlite]   (no server needed)
// dotnet run --project db-migrations -- backup  --out FILE   [--provider ...] [--connection "..."]  (online)
// dotnet run --project db-migrations -- restore --from FILE  [--provider ...] [--connection "..."]  (API stopped)
var command = args.FirstOrDefault() ?? "help";
string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

var providerText = Option("--provider") ?? Environment.GetEnvironmentVariable("Database__Provider")
    ?? (command == "script" ? "SqlServer" : "Sqlite");
if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
{
    Console.Error.WriteLine($"Unknown provider '{providerText}'. Use Sqlite or SqlServer.");
    return 2;
}

string Connection()
{
    var cs = Option("--connection") ?? Environment.GetEnvironmentVariable("Database__ConnectionString");
    if (cs is not null) return cs;
    if (provider == DatabaseProvider.SqlServer)
        throw new InvalidOperationException("SQL Server needs --connection or Database__ConnectionString.");
    var dir = Path.Combine(Directory.GetCurrentDirectory(), "data");
    Directory.CreateDirectory(dir);
    return $"Data Source={Path.Combine(dir, "medanumkm.db")}";
}

try
{
    switch (command)
    {
        case "up":
            DatabaseMigrator.MigrateUp(provider, Connection(), Console.Out);
            return 0;
        case "down":
            DatabaseMigrator.MigrateDown(provider, Connection(), long.Parse(Option("--to") ?? "0", CultureInfo.InvariantCulture), Console.Out);
            return 0;
        case "script":
            DatabaseMigrator.WriteScript(provider, Console.Out);
            return 0;
        case "backup" or "restore":
        {
            var restore = command == "restore";
            var file = Option(restore ? "--from" : "--out")
                ?? throw new InvalidOperationException($"{command} needs {(restore ? "--from" : "--out")} FILE.");
            if (provider == DatabaseProvider.SqlServer)
            {
                Console.WriteLine(DatabaseBackup.SqlServerCommands(Connection(), file, restore));
                return 0;
            }
            var report = restore ? DatabaseBackup.RestoreSqlite(Connection(), file) : DatabaseBackup.BackupSqlite(Connection(), file);
            Console.WriteLine($"{(restore ? "Restored from" : "Backed up to")} {Path.GetFullPath(file)}");
            Console.WriteLine(report);
            return 0;
        }
        default:
            Console.WriteLine("usage: up | down --to N | script | backup --out FILE | restore --from FILE  [--provider Sqlite|SqlServer] [--connection CS]");
            return command == "help" ? 0 : 2;
    }
}
catch (Exception ex) when (ex is InvalidOperationException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
