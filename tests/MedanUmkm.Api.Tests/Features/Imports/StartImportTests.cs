using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

public sealed class StartImportTests : ApiTest
{
    private Task<int> CountAsync(string nibs) =>
        Factory.ScalarAsync<int>("SELECT COUNT(*) FROM Businesses WHERE Nib IN @Nibs", new { Nibs = nibs.Split(',') });

    private static List<(int Row, string Column, string Message)> Errors(JsonElement job) =>
        job.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!))
            .ToList();

    [Test]
    public async Task DryRun_WithBadRows_ReportsRowColumnAndMessage_AndWritesNothing()
    {
        var good = TestData.Business();
        var badNib = TestData.Business(nib: "12345");
        var badNik = TestData.Business();
        badNik["ownerNik"] = "1271019999850003";
        var badPhone = TestData.Business();
        badPhone["phone"] = "12345";
        var badKecamatan = TestData.Business();
        badKecamatan["kecamatanCode"] = "12.71.99";

        var job = await ImportAsync(Officer, Csv(good, badNib, badNik, badPhone, badKecamatan), dryRun: true);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
        Assert.That(job.GetProperty("dryRun").GetBoolean(), Is.True);
        Assert.That(job.GetProperty("totalRows").GetInt32(), Is.EqualTo(5));
        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(1), "the good row would be created");
        Assert.That(job.GetProperty("errorCount").GetInt32(), Is.EqualTo(4));
        var errors = Errors(job);
        Assert.That(errors.Select(e => (e.Row, e.Column)), Is.EquivalentTo(new[]
        {
            (3, "nib"), (4, "ownerNik"), (5, "phone"), (6, "kecamatanCode"),
        }));
        Assert.That(errors.Single(e => e.Column == "nib").Message, Does.Contain("13 angka")); // "13 digits" in Indonesian, the default language
        Assert.That(errors.Single(e => e.Column == "kecamatanCode").Message, Does.Contain("kecamatan"));
        Assert.That(await CountAsync(good["nib"]!.ToString()), Is.Zero, "a dry run writes nothing");
    }

    [Test]
    public async Task DryRun_WithUnreadableCells_ReportsThemByColumn()
    {
        var row = TestData.Business();
        row["employees"] = "banyak";
        row["fosteredSince"] = "31/02/2021"; // dd/mm/yyyy is read, but there is no 31 February
        row["ownerGender"] = "wanita"; // neither a code nor a label of the list (perempuan, laki-laki, female, male)
        row["kbli"] = null;
        var csv = Csv(row).Replace(",,food_beverage", ",10792-2020,food_beverage");

        var job = await ImportAsync(Officer, csv, dryRun: true);

        var columns = Errors(job).Select(e => e.Column).ToList();
        Assert.That(columns, Is.EquivalentTo(new[] { "employees", "fosteredSince", "ownerGender", "kbli" }));
    }

    [Test]
    public async Task DryRun_WithTheSameNibTwice_ReportsTheSecondRow()
    {
        var first = TestData.Business();
        var second = TestData.Business(nib: first["nib"]!.ToString());

        var job = await ImportAsync(Officer, Csv(first, second), dryRun: true);

        var error = Errors(job).Single();
        Assert.That((error.Row, error.Column), Is.EqualTo((3, "nib")));
        Assert.That(error.Message, Does.Contain("baris 2"), "Indonesian by default");
    }

    [Test]
    public async Task Commit_CreatesBusinesses_ThenUpdatesChangedRows()
    {
        var rows = new[] { TestData.Business(), TestData.Business(), TestData.Business() };

        var first = await ImportAsync(Officer, Csv(rows), dryRun: false);

        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("succeeded"), first.ToString());
        Assert.That(first.GetProperty("created").GetInt32(), Is.EqualTo(3));
        var nib = rows[0]["nib"]!.ToString();
        var stored = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={nib}");
        var business = stored.GetProperty("items")[0];
        Assert.That(business.GetProperty("phone").GetString(), Is.EqualTo("+6281265432109"), "normalised as by the API");
        Assert.That(business.GetProperty("npwp").GetString(), Is.EqualTo("0123456789121000"));
        Assert.That(business.GetProperty("kbli")[0].GetProperty("code").GetString(), Is.EqualTo("10792"));

        rows[0]["employees"] = 9;
        var second = await ImportAsync(Officer, Csv(rows), dryRun: false);

        Assert.That((second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()),
            Is.EqualTo((0, 1, 2)));
        var updated = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses/{business.GetProperty("id").GetString()}");
        Assert.That(updated.GetProperty("employees").GetInt32(), Is.EqualTo(9));
        Assert.That(updated.GetProperty("version").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Commit_IndexesTheNewBusinessesForSearch_AndLeavesTheSearchTriggerInPlace()
    {
        // SQLite: the commit sets the search index's insert trigger aside and indexes each batch in one statement.
        var tag = "Impor" + TestData.Next();
        var rows = Enumerable.Range(0, 3).Select(i => TestData.Business(name: $"Usaha Lama{i}{tag}")).ToArray();

        var job = await ImportAsync(Officer, Csv(rows), dryRun: false);

        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(3), job.ToString());
        var found = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={tag}");
        Assert.That(found.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
        await TestData.RegisterBusiness(Officer, TestData.Business(name: $"Usaha {tag} Sesudah"));
        found = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q={tag}");
        Assert.That(found.GetProperty("totalCount").GetInt32(), Is.EqualTo(4), "a business registered after the import is indexed by the trigger");

        // Re-imported with a new name: found by the new name only.
        rows[0]["name"] = $"Usaha Baru{tag}";
        var again = await ImportAsync(Officer, Csv(rows), dryRun: false);
        Assert.That(again.GetProperty("updated").GetInt32(), Is.EqualTo(1), again.ToString());
        found = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q=Baru{tag}");
        Assert.That(found.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
        found = await Admin.GetFromJsonAsync<JsonElement>($"/api/v1/businesses?q=Lama0{tag}");
        Assert.That(found.GetProperty("totalCount").GetInt32(), Is.EqualTo(0), "the old name is no longer indexed");
        if (!ApiFactory.OnSqlServer)
        {
            Assert.That(await Factory.ScalarAsync<int>(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('Businesses_ai', 'Businesses_au')"), Is.EqualTo(2));
            // FTS5 compares an external-content index with its table and fails on any difference.
            Assert.DoesNotThrowAsync(() => Factory.ScalarAsync<int>("INSERT INTO BusinessSearch(BusinessSearch) VALUES ('integrity-check'); SELECT 1"));
        }
    }

    [Test]
    public async Task Commit_SameFileAgain_ChangesNothing_AndAuditsOnlyTheSummary()
    {
        var csv = Csv(TestData.Business(), TestData.Business());
        var first = await ImportAsync(Officer, csv, dryRun: false);
        var auditBefore = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents");
        var versionsBefore = await Factory.ScalarAsync<long>("SELECT SUM(Version) FROM Businesses");

        var second = await ImportAsync(Officer, csv, dryRun: false);

        Assert.That(first.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That((second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()),
            Is.EqualTo((0, 0, 2)));
        Assert.That(await Factory.ScalarAsync<long>("SELECT SUM(Version) FROM Businesses"), Is.EqualTo(versionsBefore));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AuditEvents"), Is.EqualTo(auditBefore + 1));
        var summary = await Factory.ScalarAsync<string>(
            "SELECT EntityType || '|' || Action || '|' || ActorName || '|' || Changes FROM AuditEvents WHERE EntityId = @Id AND EntityType = 'import'",
            new { Id = second.GetProperty("id").GetString() });
        Assert.That(summary, Does.StartWith("import|committed|officer user|"));
        Assert.That(summary, Does.Contain("\"unchanged\":{\"from\":null,\"to\":2}"));
    }

    [Test]
    public async Task Commit_WithOneBadRow_CommitsNothing()
    {
        var good = TestData.Business();
        var bad = TestData.Business();
        bad["ownerNik"] = "123";

        var job = await ImportAsync(Officer, Csv(good, bad), dryRun: false);

        Assert.That(job.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(job.GetProperty("message").GetString(), Does.Contain("tidak ada yang diimpor"));
        Assert.That(Errors(job).Single().Row, Is.EqualTo(3));
        Assert.That(await CountAsync(good["nib"]!.ToString()), Is.Zero);
    }

    [Test]
    public async Task Commit_SemicolonCsvWithBomAndNotes_IsRead()
    {
        var row = TestData.Business();
        var csv = "\uFEFF" + string.Join(';', Columns) + "\r\n# a note row\r\n"
                  + string.Join(';', Columns.Select(c => Cell(row, c) is var v && v.Contains(';') ? $"\"{v}\"" : Cell(row, c))) + "\r\n\r\n";

        var job = await ImportAsync(Officer, csv, dryRun: false);

        Assert.That(job.GetProperty("created").GetInt32(), Is.EqualTo(1), job.ToString());
        Assert.That(job.GetProperty("totalRows").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task Upload_LargerThan20MB_Returns413()
    {
        var big = new byte[21 * 1024 * 1024];
        Array.Fill(big, (byte)'a');

        var response = await Upload(Officer, big, "big.csv", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("20 MB"));
    }

    [Test]
    public async Task Upload_TextNamedXlsx_Returns415()
    {
        var response = await Upload(Officer, Encoding.UTF8.GetBytes(Csv(TestData.Business())), "umkm.xlsx", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("not an Excel workbook"));
    }

    [Test]
    public async Task Upload_CsvThatIsNotUtf8_Returns415()
    {
        var latin1 = Encoding.Latin1.GetBytes(Csv(TestData.Business("Kedai Kopi Ñoño")));

        var response = await Upload(Officer, latin1, "umkm.csv", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("UTF-8"));
    }

    [Test]
    public async Task Upload_OtherFileType_Returns415()
    {
        var response = await Upload(Officer, [1, 2, 3], "umkm.pdf", dryRun: true);

        await Expect(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_ZipThatIsNotAWorkbook_Returns415()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            zip.CreateEntry("hello.txt");

        var response = await Upload(Officer, buffer.ToArray(), "umkm.xlsx", dryRun: true);

        await Expect(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_WithoutRequiredColumns_Returns400NamingThem()
    {
        var response = await Upload(Officer, Encoding.UTF8.GetBytes("nama,alamat\r\nKopi,Jl. A\r\n"), "umkm.csv", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("NIB").And.Contain("NIK pemilik").And.Contain("templates/businesses"),
            "the missing columns by their headers in the caller's language (Indonesian by default)");
    }

    [Test]
    public async Task Upload_WithUnclosedQuote_Returns400NamingTheRow()
    {
        var csv = Csv(TestData.Business()) + "\"9120301234567,broken\r\n";

        var response = await Upload(Officer, Encoding.UTF8.GetBytes(csv), "umkm.csv", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("Row 3"));
    }

    [Test]
    public async Task Upload_WithHeaderOnly_Returns400()
    {
        var response = await Upload(Officer, Encoding.UTF8.GetBytes(Csv()), "umkm.csv", dryRun: true);

        var problem = await Expect(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("no data rows"));
    }

    [Test]
    public async Task Upload_WithUnknownKind_Returns400()
    {
        var response = await Upload(Officer, Encoding.UTF8.GetBytes(Csv(TestData.Business())), "umkm.csv", dryRun: true, kind: "unicorns");

        await ExpectFieldError(response, "kind");
    }

    [Test]
    public async Task Upload_NotMultipart_Returns415()
    {
        var response = await Officer.PostAsJsonAsync("/api/v1/imports", new { kind = "businesses" });

        await Expect(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Upload_ByViewer_Returns403()
    {
        var response = await Upload(Viewer, Encoding.UTF8.GetBytes(Csv(TestData.Business())), "umkm.csv", dryRun: true);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Get_UnknownJob_Returns404()
    {
        await Expect(await Officer.GetAsync("/api/v1/imports/999999"), HttpStatusCode.NotFound);
        await Expect(await Officer.GetAsync("/api/v1/imports/abc"), HttpStatusCode.NotFound);
    }
}
