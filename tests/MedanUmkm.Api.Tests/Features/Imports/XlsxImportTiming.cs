using System.Diagnostics;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Not a check: times a 20,000-row XLSX import (upload with its checks, dry run, commit) so that the
/// spreadsheet reader can be compared before and after a change. Run it on its own:
/// dotnet test ... --filter FullyQualifiedName~XlsxImportTiming
/// </summary>
[Explicit("timing, run by hand")]
public sealed class XlsxImportTiming : ApiTest
{
    private const int Rows = 20_000;

    [Test]
    public async Task Import20kRowXlsx()
    {
        // The same file for every run that is compared: written once, then reused.
        var path = Path.Combine(Path.GetTempPath(), "medanumkm-timing-20k.xlsx");
        if (!File.Exists(path))
        {
            await using var file = File.Create(path);
            await using var writer = TabularFormats.Writer(TabularFormat.Xlsx, file);
            await writer.WriteHeaderAsync(MedanUmkm.Api.Features.Imports.BusinessImport.Template, CancellationToken.None);
            for (var i = 0; i < Rows; i++)
            {
                var row = TestData.Business();
                await writer.WriteRowAsync(Columns.Select(c => c is "employees" or "businessCapitalIdr" or "annualRevenueIdr" or "foundedYear"
                    ? (object?)long.Parse(Cell(row, c)) : Cell(row, c)).ToList(), CancellationToken.None);
            }
            await writer.CompleteAsync(CancellationToken.None);
        }
        var bytes = await File.ReadAllBytesAsync(path);

        var watch = Stopwatch.StartNew();
        var upload = await Upload(Officer, bytes, "umkm.xlsx", dryRun: true);
        var uploadTime = watch.Elapsed;
        Assert.That(upload.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Accepted), await upload.Content.ReadAsStringAsync());
        var dryRun = await WaitAsync(Officer, upload.Headers.Location!.ToString());
        var dryRunTime = watch.Elapsed;
        Assert.That(dryRun.GetProperty("status").GetString(), Is.EqualTo("succeeded"), dryRun.ToString());
        watch.Restart();
        var commit = await CommitAsync(Officer, dryRun.GetProperty("id").GetString()!);
        var commitTime = watch.Elapsed;
        Assert.That(commit.GetProperty("created").GetInt32(), Is.EqualTo(Rows), commit.ToString());

        TestContext.Out.WriteLine($"TIMING file {bytes.Length / 1024} KB; upload (checks + count) {uploadTime.TotalSeconds:0.00} s; " +
            $"upload + dry run {dryRunTime.TotalSeconds:0.00} s ({Rows / dryRunTime.TotalSeconds:0} rows/s); " +
            $"commit {commitTime.TotalSeconds:0.00} s ({Rows / commitTime.TotalSeconds:0} rows/s)");
        TestContext.Out.WriteLine("TIMING dry run: " + dryRun.GetProperty("message").GetString());
        TestContext.Out.WriteLine("TIMING commit: " + commit.GetProperty("message").GetString());
    }

    [Test]
    public void ReadParts()
    {
        var path = Path.Combine(Path.GetTempPath(), "medanumkm-timing-20k.xlsx");
        for (var round = 0; round < 4; round++)
        {
            var watch = Stopwatch.StartNew();
            TabularFormats.Sniff(path, "x.xlsx");
            var sniff = watch.Elapsed;
            watch.Restart();
            var count = TabularFormats.Read(path, TabularFormat.Xlsx).Count();
            var read = watch.Elapsed;
            TestContext.Out.WriteLine($"TIMING sniff {sniff.TotalMilliseconds:0} ms, read {count} records {read.TotalMilliseconds:0} ms");
        }
    }

    [Test]
    public async Task Export100kRows()
    {
        var columns = MedanUmkm.Api.Features.Exports.ExportBusinesses.Columns;
        async IAsyncEnumerable<IReadOnlyList<object?>> Rows()
        {
            for (var i = 0; i < 100_000; i++)
            {
                if (i % 500 == 0) await Task.Yield();
                yield return columns.Select((c, j) => c.Kind == CellKind.Number ? (object?)(long)(i + j) : $"{c.Name} {i}").ToList();
            }
        }
        for (var round = 0; round < 2; round++)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(true);
            var watch = Stopwatch.StartNew();
            var output = new CountingStream();
            await TabularExport.WriteAsync(output, TabularFormat.Xlsx, columns, Rows(), CsvSeparator.Semicolon, CancellationToken.None);
            var time = watch.Elapsed;
            var used = GC.GetTotalAllocatedBytes(true) - allocated;
            var peak = GC.GetGCMemoryInfo().HeapSizeBytes;

            TestContext.Out.WriteLine($"TIMING export 100k: new {time.TotalSeconds:0.00} s, {output.Length / 1024 / 1024} MB, allocated {used / 1024 / 1024} MB (heap {peak / 1024 / 1024} MB)");
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) { _length += count; return Task.CompletedTask; }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default) { _length += buffer.Length; return ValueTask.CompletedTask; }
    }
}
