using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>
/// Issue #8's "done when": a spreadsheet of the office's 1,825 businesses goes in with a clear report
/// of its bad rows, and comes back out. The export, imported again, changes nothing.
/// </summary>
public sealed class OfficeSpreadsheetRoundTripTests : ApiTest
{
    private static readonly (string Column, JsonNode? Value)[] Faults =
    [
        ("ownerNik", "12710165048500"), ("kecamatanCode", "12.71.99"), ("name", ""), ("email", "bukan-email"),
        ("employees", -3), ("nib", "12345"), ("sector", "tambang"), ("fosteredSince", "2099-01-01"),
    ];

    [Test]
    public async Task OfficeSpreadsheet_ReportsEveryBadRow_ImportsAllOrNothing_AndComesBackOutUnchanged()
    {
        var tag = "Kantor" + TestData.Next();
        var good = Enumerable.Range(1, 1825).Select(i =>
        {
            var row = TestData.Business(name: $"Usaha {tag} {i:D4}");
            row["kecamatanCode"] = $"12.71.{i % 21 + 1:D2}";
            return row;
        }).ToList();
        // 25 bad rows spread through the file, each with one fault in a known column.
        var rows = new List<JsonObject>(good);
        var expected = new List<(int Row, string Column)>();
        for (var k = 0; k < 25; k++)
        {
            var (column, value) = Faults[k % Faults.Length];
            var bad = TestData.Business(name: $"Usaha {tag} Salah {k}");
            bad[column] = value?.DeepClone();
            var index = 40 + k * 70;
            rows.Insert(index, bad);
            expected.Add((index + 2, column)); // the header is row 1
        }

        var dryRun = await ImportAsync(Officer, Csv([.. rows]), dryRun: true);
        Assert.That(dryRun.GetProperty("status").GetString(), Is.EqualTo("succeeded"), dryRun.ToString());
        var errors = dryRun.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString()!, Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.That(errors.Select(e => (e.Row, e.Column)).Distinct(), Is.EquivalentTo(expected), "exactly the bad rows, each at its faulty column");
        Assert.That(errors.All(e => e.Message.Length > 10), Is.True, "each with a message an officer can act on");
        Assert.That(dryRun.GetProperty("created").GetInt32(), Is.EqualTo(1825));

        var refused = await ImportAsync(Officer, Csv([.. rows]), dryRun: false);
        Assert.That(refused.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(await Count(tag), Is.EqualTo(0), "a file with bad rows imports nothing");

        var committed = await ImportAsync(Officer, Csv([.. good]), dryRun: false);
        Assert.That(committed.GetProperty("status").GetString(), Is.EqualTo("succeeded"), committed.ToString());
        Assert.That(committed.GetProperty("created").GetInt32(), Is.EqualTo(1825));
        Assert.That(await Count(tag), Is.EqualTo(1825));

        var export = await Officer.GetAsync($"/api/v1/exports/businesses?format=csv&q={tag}");
        Assert.That(export.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var exported = await export.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(exported).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1826), "the header and every business");
        var nibColumn = lines[0].Split(';').ToList().IndexOf("NIB"); // ';' and Indonesian headers by default
        Assert.That(nibColumn, Is.Zero);
        Assert.That(lines.Skip(1).Select(l => l.Split(';')[nibColumn].Trim('"')), Is.EquivalentTo(good.Select(g => g["nib"]!.ToString())));

        var again = await ImportAsync(Officer, exported, "ekspor.csv", dryRun: true);
        Assert.That((again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()),
            Is.EqualTo((0, 0, 1825)), again.ToString());
    }

    private async Task<int> Count(string tag) =>
        (await Officer.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={tag}&pageSize=1")).GetProperty("totalCount").GetInt32();
}
