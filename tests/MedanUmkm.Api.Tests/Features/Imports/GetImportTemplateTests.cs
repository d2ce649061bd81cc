using System.Net;
using System.Text;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

public sealed class GetImportTemplateTests : ApiTest
{
    [Test]
    public async Task CsvTemplate_HasTheColumns_AndAFilledCopyImports()
    {
        var response = await Officer.GetAsync("/api/v1/import-templates/businesses?format=csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(string.Join(',', Columns)));
        Assert.That(lines.Count(l => l.StartsWith("\"# ") || l.StartsWith("# ")), Is.EqualTo(Columns.Length), "one note per column");
        Assert.That(text, Does.Contain("10792:2020;47111:2020"));

        var filled = text + Csv(TestData.Business()).Split("\r\n")[1] + "\r\n";
        var job = await ImportAsync(Officer, filled, dryRun: true);

        Assert.That(job.GetProperty("errorCount").GetInt32(), Is.Zero, job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(1), "the note rows are skipped");
    }

    [Test]
    public async Task XlsxTemplate_ParsesBack_WithHeaderAndColumnsSheet()
    {
        var response = await Officer.GetAsync("/api/v1/import-templates/businesses?format=xlsx");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        Assert.That(TabularFormats.Sniff(path, "template.xlsx"), Is.EqualTo(TabularFormat.Xlsx));
        var records = TabularFormats.Read(path, TabularFormat.Xlsx).ToList();
        Assert.That(records.Single().Values, Is.EqualTo(Columns));
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.That(zip.GetEntry("xl/worksheets/sheet2.xml"), Is.Not.Null, "the columns sheet documents each column");
        File.Delete(path);
    }

    [Test]
    public async Task Template_UnknownKind_Returns404_AndBadFormat_Returns400()
    {
        await Expect(await Officer.GetAsync("/api/v1/import-templates/unicorns?format=csv"), HttpStatusCode.NotFound);
        await ExpectFieldError(await Officer.GetAsync("/api/v1/import-templates/businesses?format=pdf"), "format");
    }

    /// <summary>
    /// The template is documented at /import-templates/{kind} (beside /imports/{id}/commit, the first address
    /// made an ambiguous pair of paths); callers of the first address still get the same file.
    /// </summary>
    [Test]
    public async Task Template_AnswersAtTheDocumentedPath_AndAtTheFirstAddress_WhichTheDocumentLeavesOut()
    {
        var documented = await Officer.GetAsync("/api/v1/import-templates/businesses?format=csv");
        var alias = await Officer.GetAsync("/api/v1/imports/templates/businesses?format=csv");

        Assert.That(documented.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(alias.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(alias.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await alias.Content.ReadAsByteArrayAsync(), Is.EqualTo(await documented.Content.ReadAsByteArrayAsync()));
        await Expect(await Officer.GetAsync("/api/v1/imports/templates/unicorns?format=csv"), HttpStatusCode.NotFound);

        var document = await Expect(await Anonymous.GetAsync("/swagger/v1/swagger.json"), HttpStatusCode.OK);
        var paths = document.GetProperty("paths");
        Assert.That(paths.TryGetProperty("/api/v1/import-templates/{kind}", out var operation), Is.True);
        Assert.That(operation.GetProperty("get").GetProperty("operationId").GetString(), Is.EqualTo("GetImportTemplate"));
        Assert.That(paths.TryGetProperty("/api/v1/imports/templates/{kind}", out _), Is.False, "the first address is an undocumented alias");
    }

    [Test]
    public async Task XlsxFile_IsImported()
    {
        var rows = new[] { TestData.Business(), TestData.Business() };
        using var buffer = new MemoryStream();
        await using (var writer = TabularFormats.Writer(TabularFormat.Xlsx, buffer))
        {
            await writer.WriteHeaderAsync(MedanUmkm.Api.Features.Imports.BusinessImport.Template, CancellationToken.None);
            foreach (var row in rows)
                await writer.WriteRowAsync(Columns.Select(c => c is "employees" or "businessCapitalIdr" or "annualRevenueIdr" or "foundedYear"
                    ? (object?)long.Parse(Cell(row, c)) : Cell(row, c)).ToList(), CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var job = await ImportAsync(Officer, buffer.ToArray(), "umkm.xlsx", dryRun: false);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"), job.ToString());
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That(job.GetProperty("format").GetString(), Is.EqualTo("xlsx"));
    }
}
