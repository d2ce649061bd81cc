using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Imports.ImportTestFiles;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>GET /imports: the import history, over five jobs made once for the fixture.</summary>
public sealed class ListImportsTests : ImportApiTest
{
    private string _cleanDryRun = "", _dryRunWithErrors = "", _upload = "", _commitOfDryRun = "", _failed = "";

    [OneTimeSetUp]
    public async Task MakeJobs()
    {
        static string Id(JsonElement job) => job.GetProperty("id").GetString()!;
        _cleanDryRun = Id(await ImportAsync(Officer, Csv(TestData.Business(), TestData.Business()), dryRun: true, fileName: "bersih.csv"));
        _dryRunWithErrors = Id(await ImportAsync(Officer, Csv(TestData.Business(nib: "123")), dryRun: true, fileName: "salah.csv"));
        _upload = Id(await ImportAsync(Admin, Csv(TestData.Business()), dryRun: false, fileName: "langsung.csv"));
        _commitOfDryRun = Id(await CommitAsync(Admin, _cleanDryRun));
        var bad = TestData.Business();
        bad["ownerNik"] = "1";
        _failed = Id(await ImportAsync(Officer, Csv(bad), dryRun: false, fileName: "gagal.csv"));
    }

    private async Task<JsonElement> ListAsync(string query = "") =>
        await Expect(await Officer.GetAsync($"/api/v1/imports{query}"), HttpStatusCode.OK);

    private static List<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()!).ToList();

    private JsonElement Item(JsonElement page, string id) =>
        page.GetProperty("items").EnumerateArray().Single(j => j.GetProperty("id").GetString() == id);

    [Test]
    public async Task List_ByDefault_IsNewestFirst_WithCountsWhoAndLinks_ButNoRowErrors()
    {
        var page = await ListAsync();

        Assert.That(Ids(page), Is.EqualTo(new[] { _failed, _commitOfDryRun, _upload, _dryRunWithErrors, _cleanDryRun }));
        Assert.That((page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("totalCount").GetInt32()),
            Is.EqualTo((1, 25, 5)));
        var dryRun = Item(page, _cleanDryRun);
        Assert.That(dryRun.GetProperty("dryRun").GetBoolean(), Is.True);
        Assert.That(dryRun.GetProperty("fileName").GetString(), Is.EqualTo("bersih.csv"));
        Assert.That(dryRun.GetProperty("fileBytes").GetInt64(), Is.GreaterThan(0));
        Assert.That(dryRun.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That(dryRun.GetProperty("committedByJobId").GetString(), Is.EqualTo(_commitOfDryRun));
        Assert.That((dryRun.GetProperty("createdBy").GetString(), dryRun.GetProperty("createdByRole").GetString()), Is.EqualTo(("officer user", "officer")));
        Assert.That(dryRun.TryGetProperty("errors", out _), Is.False, "the report stays in GET /imports/{id}");
        var commit = Item(page, _commitOfDryRun);
        Assert.That(commit.GetProperty("sourceJobId").GetString(), Is.EqualTo(_cleanDryRun));
        Assert.That((commit.GetProperty("dryRun").GetBoolean(), commit.GetProperty("status").GetString(), commit.GetProperty("created").GetInt32()),
            Is.EqualTo((false, "succeeded", 2)));
        Assert.That((commit.GetProperty("createdBy").GetString(), commit.GetProperty("createdByRole").GetString()), Is.EqualTo(("Administrator", "admin")));
        Assert.That(commit.GetProperty("finishedAt").GetDateTimeOffset(), Is.GreaterThanOrEqualTo(commit.GetProperty("createdAt").GetDateTimeOffset()));
        Assert.That(Item(page, _upload).GetProperty("sourceJobId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(Item(page, _dryRunWithErrors).GetProperty("errorCount").GetInt32(), Is.EqualTo(1));
        Assert.That(Item(page, _failed).GetProperty("message").GetString(), Does.Contain("tidak ada yang diimpor"));
    }

    [Test]
    public async Task List_SortedByCreatedAt_IsOldestFirst()
    {
        var page = await ListAsync("?sort=createdAt");

        Assert.That(Ids(page), Is.EqualTo(new[] { _cleanDryRun, _dryRunWithErrors, _upload, _commitOfDryRun, _failed }));
    }

    [Test]
    public async Task List_PagesOnTheServer()
    {
        var page = await ListAsync("?page=2&pageSize=2");

        Assert.That(Ids(page), Is.EqualTo(new[] { _upload, _dryRunWithErrors }));
        Assert.That((page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("totalCount").GetInt32()),
            Is.EqualTo((2, 2, 5)));
    }

    [TestCase("?status=failed", "failed")]
    [TestCase("?dryRun=true", "dryRuns")]
    [TestCase("?dryRun=false&status=succeeded", "commits")]
    [TestCase("?kind=businesses&status=succeeded&dryRun=true", "dryRuns")]
    public async Task List_Filters(string query, string expected)
    {
        var want = expected switch
        {
            "failed" => new[] { _failed },
            "dryRuns" => [_dryRunWithErrors, _cleanDryRun],
            _ => [_commitOfDryRun, _upload],
        };

        var page = await ListAsync(query);

        Assert.That(Ids(page), Is.EqualTo(want));
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(want.Length));
    }

    [Test]
    public async Task List_WithAStatusNoneHas_IsEmpty()
    {
        var page = await ListAsync("?status=queued");

        Assert.That(Ids(page), Is.Empty);
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.Zero);
    }

    [TestCase("?status=done", "status")]
    [TestCase("?kind=unicorns", "kind")]
    [TestCase("?dryRun=maybe", "dryRun")]
    [TestCase("?sort=fileName", "sort")]
    [TestCase("?pageSize=101", "pageSize")]
    [TestCase("?page=0", "page")]
    public async Task List_WithABadParameter_Returns400NamingIt(string query, string field) =>
        await ExpectFieldError(await Officer.GetAsync($"/api/v1/imports{query}"), field);

    [Test]
    public async Task List_ForAdmin_IsAllowed_ForViewer403_ForAnonymous401()
    {
        Assert.That((await Admin.GetAsync("/api/v1/imports")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Viewer.GetAsync("/api/v1/imports")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Anonymous.GetAsync("/api/v1/imports")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
