using System.Diagnostics;
using MedanUmkm.Migrations;
using MedanUmkm.ScaleData;
using Microsoft.Data.Sqlite;

// Fills a SQLite database with the scale data set, deterministically (fixed seed).
//   dotnet run -c Release --project tools/MedanUmkm.ScaleData -- --db data/scale.db [--businesses 100000] [--seed 20260101]
//   ... -- csv --out data/umkm.csv [--rows 1825] [--bad 25] [--seed 7] [--nib-prefix 93] [--lean]   (an import file)
string? Option(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
int IntOption(string name, int fallback) => int.TryParse(Option(name), out var v) ? v : fallback;

if (args.FirstOrDefault() == "csv")
{
    var output = Option("--out") ?? "data/umkm-import.csv";
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var sw = Stopwatch.StartNew();
    var written = ImportFile.Write(output, IntOption("--rows", 1825), IntOption("--bad", 0), IntOption("--seed", 7), Option("--nib-prefix") ?? "93", args.Contains("--lean"));
    Console.WriteLine($"wrote {written:N0} rows to {output} in {sw.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

var db = Option("--db") ?? "data/scale.db";
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
var connectionString = new SqliteConnectionStringBuilder { DataSource = db, ForeignKeys = true, Pooling = false }.ToString();
var total = Stopwatch.StartNew();

Console.WriteLine($"migrating {db} ...");
DatabaseMigrator.MigrateUp(DatabaseProvider.Sqlite, connectionString);

using var connection = new SqliteConnection(connectionString);
connection.Open();
Steps.Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -200000;");

var context = new ScaleContext(connection, IntOption("--seed", 20260101));
IScaleStep[] steps =
[
    new BusinessesStep(IntOption("--businesses", 100_000)),
    new PendingStep("products", "Products", "1,000,000 products"),
    new PendingStep("training sessions", "TrainingSessions", "20,000 sessions with 500,000 registrations"),
    new PendingStep("export cases", "ExportCases", "50,000 export cases"),
];
foreach (var step in steps)
{
    var sw = Stopwatch.StartNew();
    var message = step.Run(context);
    Console.WriteLine($"{step.Name,-20} {message} ({sw.Elapsed.TotalSeconds:0.0} s)");
}

Console.WriteLine("analyze + checkpoint ...");
Steps.Exec(connection, "ANALYZE; PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA synchronous = NORMAL;");
Console.WriteLine($"done in {total.Elapsed.TotalSeconds:0.0} s");
return 0;
