using System.Diagnostics;
using MedanUmkm.Migrations;
using MedanUmkm.ScaleData;
using Microsoft.Data.Sqlite;

// Fills a SQLite database with the scale data set, deterministically (fixed seed).
//   dotnet run -c Release --project tools/MedanUmkm.ScaleData -- --db data/scale.db [--businesses 100000] [--products 1000000]
//        [--sessions 20000] [--registrations 500000] [--export-cases 50000] [--groups 2000] [--aid 3000] [--loans 10000]
//        [--seed 20260101] [--today 2026-11-27] [--admin-email scale-admin@medanumkm.local] [--password Scale#Passw0rd-2026]
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

var today = DateOnly.ParseExact(Option("--today") ?? "2026-11-27", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
var context = new ScaleContext(connection, IntOption("--seed", 20260101), today);
var businessCount = IntOption("--businesses", 100_000);
IScaleStep[] steps =
[
    new UsersStep(Option("--admin-email") ?? "scale-admin@medanumkm.local", Option("--password") ?? "Scale#Passw0rd-2026"),
    new BusinessesStep(businessCount),
    new ProductsStep(IntOption("--products", businessCount * 10)),
    new TrainingStep(IntOption("--sessions", Math.Max(2, businessCount / 5)), IntOption("--registrations", businessCount * 5)),
    new ExportCasesStep(IntOption("--export-cases", businessCount / 2)),
    new GroupsAidLoansStep(IntOption("--groups", Math.Max(1, businessCount / 50)), IntOption("--aid", Math.Max(1, businessCount / 33)), IntOption("--loans", businessCount / 10)),
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
