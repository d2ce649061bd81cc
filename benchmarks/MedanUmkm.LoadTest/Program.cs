using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

// Load generator for benchmarks/run.sh. Starts the API (Release build) itself against a given
// SQLite database on 127.0.0.1 only, measures cold start, runs each scenario for a bounded time at
// 1 and 32 connections, imports a CSV, and prints one table. Not part of the test run.
//   dotnet MedanUmkm.LoadTest.dll --api-dll api/bin/Release/net10.0/MedanUmkm.Api.dll --db data/scale.db
//        [--port 5199] [--seconds 10] [--import-csv data/import-100k.csv] [--businesses 100000] [--json results.json]
//        [--email scale-admin@medanumkm.local] [--password Scale#Passw0rd-2026]
//   dotnet MedanUmkm.LoadTest.dll compare before.json after.json      (side-by-side table of two runs)
string? Option(string name) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }
if (args.FirstOrDefault() == "compare") return Compare.Print(args[1], args[2]);
var apiDll = Path.GetFullPath(Option("--api-dll") ?? throw new ArgumentException("--api-dll is required"));
var db = Path.GetFullPath(Option("--db") ?? throw new ArgumentException("--db is required"));
var port = int.Parse(Option("--port") ?? "5199", CultureInfo.InvariantCulture);
var seconds = double.Parse(Option("--seconds") ?? "10", CultureInfo.InvariantCulture);
var importCsv = Option("--import-csv");
var businesses = int.Parse(Option("--businesses") ?? "100000", CultureInfo.InvariantCulture);
var baseUrl = $"http://127.0.0.1:{port}";
// The scale data set's admin (tools/MedanUmkm.ScaleData creates it); the bootstrap admin below is
// only created by the API when the database has no users at all.
var Email = Option("--email") ?? "scale-admin@medanumkm.local";
var Password = Option("--password") ?? "Scale#Passw0rd-2026";
var jsonOut = Option("--json");
// --only dashboard,import: run just the scenarios whose name contains one of these words (while iterating on one path).
var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
bool Selected(string scenario) => only is null || only.Any(o => scenario.Contains(o, StringComparison.OrdinalIgnoreCase));

var psi = new ProcessStartInfo("dotnet", [apiDll])
{
    WorkingDirectory = Path.GetDirectoryName(apiDll)!,
    RedirectStandardOutput = true,
    RedirectStandardError = true,
    UseShellExecute = false,
};
var env = new Dictionary<string, string>
{
    ["ASPNETCORE_URLS"] = baseUrl,
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["Database__Provider"] = "Sqlite",
    ["Database__ConnectionString"] = $"Data Source={db}",
    ["Benchmarks__BareEndpoints"] = "true",
    ["Bootstrap__AdminEmail"] = Email,
    ["Bootstrap__AdminPassword"] = Password,
    ["Auth__SigningKey"] = "benchmark-signing-key-that-is-long-enough-for-hmac-sha256",
    ["RateLimits__PerMinute"] = "100000000",
    ["RateLimits__LoginPerMinute"] = "100000000",
    ["Logging__LogLevel__Default"] = "Warning",
    ["Demo__Seed"] = "false",
};
// --api-env Dashboard__CacheSeconds=0 (repeatable): extra settings for the API process (e.g. to measure a cache's miss path).
for (var i = 0; i < args.Length - 1; i++)
    if (args[i] == "--api-env" && args[i + 1].Split('=', 2) is [var key, var value]) env[key] = value;
foreach (var (k, v) in env) psi.Environment[k] = v;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(baseUrl),
    Timeout = TimeSpan.FromSeconds(30),
};

var startedAt = Stopwatch.StartNew();
using var api = Process.Start(psi)!;
api.OutputDataReceived += (_, _) => { };
api.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("api: " + e.Data); };
api.BeginOutputReadLine();
api.BeginErrorReadLine();
var results = new List<string[]>();
try
{
    // Cold start: process start to the first successful request.
    double? coldStartMs = null;
    while (startedAt.Elapsed < TimeSpan.FromSeconds(60) && !api.HasExited)
    {
        try
        {
            var ready = await http.GetAsync("/health/ready");
            if (ready.IsSuccessStatusCode) { coldStartMs = startedAt.Elapsed.TotalMilliseconds; break; }
        }
        catch (HttpRequestException) { }
        await Task.Delay(10);
    }
    if (coldStartMs is null) throw new InvalidOperationException("the API did not start within 60 s");
    results.Add(["cold start to first request", "-", "-", "-", "-", $"{coldStartMs:0} ms", "", "target < 2000 ms"]);

    var token = (await (await http.PostAsJsonAsync("/api/v1/auth/token", new { email = Email, password = Password }))
        .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var maxId = Math.Max(1, businesses);

    var reads = new (string Name, Func<Random, string> Url, string Target)[]
    {
        ("list: q + 2 filters", _ => "/api/v1/businesses?q=kopi&kecamatan=12.71.01&sector=food_beverage", "p99 < 10 ms @1"),
        ("list: 2 filters", _ => "/api/v1/businesses?kecamatan=12.71.05&scale=micro", "p99 < 10 ms @1"),
        ("list: text search", r => $"/api/v1/businesses?q={Names[r.Next(Names.Length)]}", "p99 < 10 ms @1"),
        ("business detail", r => $"/api/v1/businesses/{r.Next(1, maxId + 1)}", "p99 < 10 ms @1"),
        ("catalog search", r => $"/api/v1/catalog?q={CatalogTerms[r.Next(CatalogTerms.Length)]}", "p99 < 10 ms @1"),
        ("dashboard", _ => "/api/v1/dashboard", "p99 < 50 ms @1"),
        ("readiness list filter", _ => "/api/v1/ekatalog-readiness?missing=halal", "-"),
        ("list q+2 filters FULL", _ => "/api/v1/businesses?q=kopi&kecamatan=12.71.01&sector=food_beverage", ">= 80% of bare @32"),
        ("list q+2 filters BARE", _ => "/api/v1/benchmarks/bare/businesses?q=kopi&kecamatan=12.71.01&sector=food_beverage", "(ceiling)"),
    };
    // One unmeasured pass over every read first (tiered JIT, SQLite page caches): otherwise the first
    // scenario alone pays for them and its figures say more about start-up than about the query.
    reads = reads.Where(r => Selected(r.Name)).ToArray();
    foreach (var (_, url, _) in reads)
        await Load.RunAsync(http, 1, 1.5, (client, random, _) => client.GetAsync(url(random)));

    foreach (var (name, url, target) in reads)
    {
        // The probe is not measured: it also absorbs one-off work such as the readiness list's recompute of stale rows.
        var probe = await http.GetAsync(url(new Random(1)));
        // An admin gets 403 only from the fallback policy, which also answers paths with no endpoint.
        if (probe.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            results.Add([name, "-", "-", "-", "-", "-", "pending: endpoint not on this branch", target]);
            continue;
        }
        if (!probe.IsSuccessStatusCode)
        {
            results.Add([name, "-", "-", "-", "-", "-", $"probe answered {(int)probe.StatusCode}", target]);
            continue;
        }
        foreach (var connections in new[] { 1, 32 })
        {
            var run = await Load.RunAsync(http, connections, seconds, (client, random, _) => client.GetAsync(url(random)));
            results.Add([name, connections.ToString(CultureInfo.InvariantCulture), .. run.Cells(), target]);
        }
    }

    var full = results.FirstOrDefault(r => r[0] == "list q+2 filters FULL" && r[1] == "32");
    var bare = results.FirstOrDefault(r => r[0] == "list q+2 filters BARE" && r[1] == "32");
    if (full is not null && bare is not null)
    {
        var ratio = double.Parse(full[2], NumberStyles.Number, CultureInfo.InvariantCulture) / double.Parse(bare[2], NumberStyles.Number, CultureInfo.InvariantCulture);
        results.Add(["full pipeline / bare @32", "32", $"{ratio:P0}", "-", "-", "-", full[6], ">= 80%"]);
    }

    // A write: update with If-Match, each connection on its own businesses so versions do not collide.
    foreach (var connections in Selected("update with If-Match") ? new[] { 1, 32 } : [])
    {
        var etags = new System.Collections.Concurrent.ConcurrentDictionary<int, (JsonObject Body, string ETag)>();
        var run = await Load.RunAsync(http, connections, seconds, async (client, random, worker) =>
        {
            var id = 1 + (worker * 100 + random.Next(0, 50)) % maxId;
            if (!etags.TryGetValue(id, out var state))
            {
                var get = await client.GetAsync($"/api/v1/businesses/{id}");
                if (!get.IsSuccessStatusCode) return get;
                var body = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
                etags[id] = state = (body, get.Headers.ETag!.ToString());
            }
            state.Body["employees"] = random.Next(1, 9);
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/businesses/{id}") { Content = JsonContent.Create(state.Body) };
            put.Headers.TryAddWithoutValidation("If-Match", state.ETag);
            var response = await client.SendAsync(put);
            if (response.Headers.ETag is { } etag) etags[id] = (state.Body, etag.ToString());
            return response;
        });
        results.Add(["update with If-Match", connections.ToString(CultureInfo.InvariantCulture), .. run.Cells(), "-"]);
    }

    if (importCsv is not null && Selected("import"))
    {
        var rows = File.ReadLines(importCsv).Count() - 1;
        var sw = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        var file = new StreamContent(File.OpenRead(importCsv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(importCsv));
        form.Add(new StringContent("businesses"), "kind");
        form.Add(new StringContent("false"), "dryRun");
        HttpResponseMessage accepted;
        try { accepted = await http.PostAsync("/api/v1/imports", form); }
        catch (HttpRequestException e) { accepted = new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge) { ReasonPhrase = e.Message }; }
        var uploadMs = sw.Elapsed.TotalMilliseconds;
        var location = accepted.Headers.Location?.ToString();
        JsonElement job = default;
        while (location is not null && sw.Elapsed < TimeSpan.FromMinutes(5))
        {
            job = await http.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("status").GetString() is "succeeded" or "failed") break;
            await Task.Delay(100);
        }
        var status = location is null ? $"upload answered {(int)accepted.StatusCode}" : job.GetProperty("status").GetString();
        var rate = rows / sw.Elapsed.TotalSeconds;
        results.Add([$"import {rows:N0}-row CSV (commit)", "1", $"{rate:N0} rows/s", "-", "-", $"{sw.Elapsed.TotalSeconds:0.0} s total, upload+checks {uploadMs / 1000:0.0} s",
            $"{status}; API peak memory VmHWM {PeakMemory(api.Id)}", "≥ 20,000 rows/s, < 500 MB"]);
        if (location is not null) Console.WriteLine("import job: " + job.GetProperty("message").GetString());
    }
    results.Add(["API process peak memory (VmHWM)", "-", "-", "-", "-", PeakMemory(api.Id), "", ""]);
}
finally
{
    if (!api.HasExited) api.Kill(entireProcessTree: true);
    await api.WaitForExitAsync();
}

Table.Print(["scenario", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "note", "target"], results);
if (jsonOut is not null) File.WriteAllText(jsonOut, JsonSerializer.Serialize(results));
return 0;

static string PeakMemory(int pid)
{
    var path = $"/proc/{pid}/status";
    if (!File.Exists(path)) return "n/a";
    var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? "n/a" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024} MB";
}

partial class Program
{
    // Owner surnames (spread over the whole name order) and words that begin business names (clustered in it).
    private static readonly string[] Names = ["sembiring", "ginting", "kopi", "bika", "ulos", "laundry", "tarigan", "barokah", "sidikalang", "mebel", "warung", "toko"];
    private static readonly string[] CatalogTerms = ["kopi", "ulos", "bika", "rotan", "madu", "sambal", "batik", "keripik"];
}

static class Compare
{
    /// <summary>Two result files side by side: before (baseline build) and after (this build), same data set, same run.</summary>
    public static int Print(string beforePath, string afterPath)
    {
        var before = JsonSerializer.Deserialize<List<string[]>>(File.ReadAllText(beforePath))!;
        var after = JsonSerializer.Deserialize<List<string[]>>(File.ReadAllText(afterPath))!;
        var rows = after.Select(a =>
        {
            var b = before.FirstOrDefault(x => x[0] == a[0] && x[1] == a[1]);
            string Cell(string[]? r, int i) => r is null || i >= r.Length ? "n/a" : r[i];
            return new[] { a[0], a[1], Cell(b, 2), Cell(b, 4), Cell(b, 5), Cell(a, 2), Cell(a, 3), Cell(a, 4), Cell(a, 5), Cell(a, 6), Cell(a, 7) };
        }).ToList();
        Table.Print(["scenario", "conns", "BEFORE req/s", "p95", "p99", "AFTER req/s", "p50", "p95", "p99", "note (after)", "target"], rows);
        return 0;
    }
}

sealed record RunResult(double RequestsPerSecond, double P50, double P95, double P99, int Errors, int Requests)
{
    public string[] Cells() =>
    [
        RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture), P50.ToString("0.00", CultureInfo.InvariantCulture),
        P95.ToString("0.00", CultureInfo.InvariantCulture), P99.ToString("0.00", CultureInfo.InvariantCulture),
        Errors == 0 ? $"{Requests:N0} requests" : $"{Errors:N0} of {Requests:N0} failed",
    ];
}

static class Load
{
    /// <summary>Runs <paramref name="connections"/> loops for a warm-up second, then for <paramref name="seconds"/>, and stops.</summary>
    public static async Task<RunResult> RunAsync(HttpClient client, int connections, double seconds,
        Func<HttpClient, Random, int, Task<HttpResponseMessage>> send)
    {
        var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        var stopAt = warmUntil + (long)(seconds * Stopwatch.Frequency);
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            var random = new Random(worker + 1);
            var mine = latencies[worker] = new List<double>(100_000);
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= stopAt) break;
                bool ok;
                try
                {
                    using var response = await send(client, random, worker);
                    await response.Content.LoadIntoBufferAsync();
                    ok = response.IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok = false; // a timeout (30 s) or a dropped connection counts as a failed request, with its time
                }
                var end = Stopwatch.GetTimestamp();
                if (start < warmUntil) continue;
                mine.Add((end - start) * 1000.0 / Stopwatch.Frequency);
                if (!ok) errors[worker]++;
            }
        }));
        var all = latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
        double P(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new RunResult(all.Length / seconds, P(0.50), P(0.95), P(0.99), errors.Sum(), all.Length);
    }
}

static class Table
{
    public static void Print(string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        Console.WriteLine(Line(header));
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows) Console.WriteLine(Line(row));
    }
}
