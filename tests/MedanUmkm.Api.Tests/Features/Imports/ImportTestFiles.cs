using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Features.Imports;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>Spreadsheets built from business bodies, uploads, and polling of import jobs.</summary>
public static class ImportTestFiles
{
    public static readonly string[] Columns = BusinessImport.Template.Select(c => c.Name).ToArray();

    public static string Cell(JsonObject body, string column) => column switch
    {
        "kbli" => body["kbli"] is JsonArray a ? string.Join(';', a.Select(k => $"{k!["code"]}:{k["version"]}")) : "",
        _ => body[column]?.ToString() ?? "",
    };

    public static string Csv(params JsonObject[] rows)
    {
        var sb = new StringBuilder(string.Join(',', Columns)).Append("\r\n");
        foreach (var row in rows)
            sb.Append(string.Join(',', Columns.Select(c => Quote(Cell(row, c))))).Append("\r\n");
        return sb.ToString();
    }

    /// <summary>A CSV as the office's Excel saves it: the given headers, separator and cells (rows of cell texts).</summary>
    public static byte[] CsvFile(char separator, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder(string.Join(separator, headers.Select(Quote))).Append("\r\n");
        foreach (var row in rows) sb.Append(string.Join(separator, row.Select(c => Quote(c ?? "")))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>An .xlsx with the given header and rows (cells as text), written with the API's own writer.</summary>
    public static async Task<byte[]> XlsxFile(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var buffer = new MemoryStream();
        await using (var writer = MedanUmkm.Api.Infrastructure.Tabular.TabularFormats.Writer(MedanUmkm.Api.Infrastructure.Tabular.TabularFormat.Xlsx, buffer))
        {
            await writer.WriteHeaderAsync(headers.Select(h => new MedanUmkm.Api.Infrastructure.Tabular.TabularColumn(h, "", "")).ToList(), CancellationToken.None);
            foreach (var row in rows) await writer.WriteRowAsync(row.Select(v => (object?)v).ToList(), CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }
        return buffer.ToArray();
    }

    /// <summary>The records of an .xlsx or .csv file (header first), as the importer reads them.</summary>
    public static List<MedanUmkm.Api.Infrastructure.Tabular.TabularRecord> ReadSheet(byte[] file, string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + Path.GetExtension(fileName));
        File.WriteAllBytes(path, file);
        try
        {
            var format = MedanUmkm.Api.Infrastructure.Tabular.TabularFormats.Sniff(path, fileName);
            return MedanUmkm.Api.Infrastructure.Tabular.TabularFormats.Read(path, format).ToList();
        }
        finally { File.Delete(path); }
    }

    /// <summary>A part of an .xlsx (zip) as text.</summary>
    public static string XlsxPart(byte[] file, string part)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file));
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    public static string Quote(string s) => s.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    public static MultipartFormDataContent Form(byte[] file, string fileName, bool? dryRun, string kind = "businesses")
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        if (dryRun is not null) form.Add(new StringContent(dryRun.Value ? "true" : "false"), "dryRun");
        return form;
    }

    public static Task<HttpResponseMessage> Upload(HttpClient client, byte[] file, string fileName, bool? dryRun, string kind = "businesses") =>
        client.PostAsync("/api/v1/imports", Form(file, fileName, dryRun, kind));

    /// <summary>Uploads, expects 202, and waits (at most 60 s) for the job to finish.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool dryRun, string fileName = "umkm.csv") =>
        await ImportAsync(client, Encoding.UTF8.GetBytes(csv), fileName, dryRun);

    public static async Task<JsonElement> ImportAsync(HttpClient client, byte[] file, string fileName, bool dryRun)
    {
        var response = await Upload(client, file, fileName, dryRun);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), body);
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/api/v1/imports/"));
        return await WaitAsync(client, response.Headers.Location!.ToString());
    }

    /// <summary>GET /imports/{id}: the job and its ETag.</summary>
    public static async Task<(JsonElement Job, string ETag)> ReadAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/api/v1/imports/{id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>POST /imports/{id}/commit, with If-Match when an ETag is given.</summary>
    public static Task<HttpResponseMessage> Commit(HttpClient client, string id, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/imports/{id}/commit");
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>Commits a dry run with its current ETag, expects 202, and waits for the commit job to finish.</summary>
    public static async Task<JsonElement> CommitAsync(HttpClient client, string dryRunId)
    {
        var (_, etag) = await ReadAsync(client, dryRunId);
        var response = await Commit(client, dryRunId, etag);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return await WaitAsync(client, response.Headers.Location!.ToString());
    }

    /// <summary>Settings for a fixture with its own upload directory (so that its kept files can be checked).</summary>
    public static Dictionary<string, string> OwnDirectory(out string directory)
    {
        directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", "imports-" + Guid.NewGuid().ToString("N"));
        return new Dictionary<string, string> { ["Imports:Directory"] = directory };
    }

    /// <summary>Where the job's file is kept (see ImportFiles).</summary>
    public static string KeptFile(string directory, string jobId) => ImportFiles.PathFor(directory, int.Parse(jobId));

    public static async Task<JsonElement> WaitAsync(HttpClient client, string location)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew(); // real time: the worker runs on its own
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            var status = job.GetProperty("status").GetString();
            if (status is "succeeded" or "failed") return job;
            if (waited.Elapsed > TimeSpan.FromSeconds(60)) Assert.Fail($"import still {status} after 60 s: {job}");
            await Task.Delay(50);
        }
    }
}
