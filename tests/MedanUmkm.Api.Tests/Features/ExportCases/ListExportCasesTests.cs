using System.Net;
using System.Net.Http.Json;

namespace MedanUmkm.Api.Tests.Features.ExportCases;

public sealed class ListExportCasesTests : ExportCaseTest
{
    private async Task<List<string>> Ids(string query)
    {
        var page = await Expect(await Viewer.GetAsync($"{Cases}?pageSize=100&{query}"), System.Net.HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(Id).ToList();
    }

    [Test]
    public async Task List_OverdueTrue_ReturnsOnlyCasesLongerInTheirStageThanItsTarget()
    {
        var (late, _) = await OpenCase();
        var (onTime, _) = await OpenCase();
        await BackdateStage(Id(late), 8.5);   // intake target 7 days
        await BackdateStage(Id(onTime), 6.5);

        var overdue = await Ids("overdue=true");
        var notOverdue = await Ids("overdue=false");

        Assert.That(overdue, Does.Contain(Id(late)).And.Not.Contain(Id(onTime)));
        Assert.That(notOverdue, Does.Contain(Id(onTime)).And.Not.Contain(Id(late)));
        var body = await Expect(await Viewer.GetAsync($"{Cases}/{Id(late)}"), HttpStatusCode.OK);
        Assert.That(body.GetProperty("daysInStage").GetInt32(), Is.EqualTo(8));
        Assert.That(body.GetProperty("targetDays").GetInt32(), Is.EqualTo(7));
        Assert.That(body.GetProperty("isOverdue").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("daysOverdue").GetInt32(), Is.EqualTo(1));
        var other = await Expect(await Viewer.GetAsync($"{Cases}/{Id(onTime)}"), HttpStatusCode.OK);
        Assert.That(other.GetProperty("daysInStage").GetInt32(), Is.EqualTo(6));
        Assert.That(other.GetProperty("isOverdue").GetBoolean(), Is.False);
    }

    [Test]
    public async Task List_ClosedCaseLongAgo_IsNeverOverdue()
    {
        var (opened, etag) = await OpenCase();
        await Expect(await Move(Id(opened), etag, "withdrawn", "Buyer cancelled"), HttpStatusCode.OK);
        await BackdateStage(Id(opened), 100);

        Assert.That(await Ids("overdue=true"), Does.Not.Contain(Id(opened)));
    }

    [Test]
    public async Task List_ExpiringWithinDays_ReturnsCasesWithADocumentExpiringSoon()
    {
        var (soon, _) = await OpenCase();
        var (later, _) = await OpenCase();
        var today = Today;
        await Expect(await SetDocument(Id(soon), Document(await Documents(Id(soon)), "phytosanitary"), "verified",
            expiresOn: today.AddDays(20).ToString("yyyy-MM-dd")), HttpStatusCode.OK);
        await Expect(await SetDocument(Id(later), Document(await Documents(Id(later)), "phytosanitary"), "verified",
            expiresOn: today.AddDays(90).ToString("yyyy-MM-dd")), HttpStatusCode.OK);

        var ids = await Ids("expiringWithinDays=30");

        Assert.That(ids, Does.Contain(Id(soon)).And.Not.Contain(Id(later)));
        var doc = Document(await Documents(Id(soon)), "phytosanitary");
        Assert.That(doc.GetProperty("expiresInDays").GetInt32(), Is.EqualTo(20));
    }

    [Test]
    public async Task List_FiltersByCommodityStageBusinessAndHsPrefix()
    {
        var (rubber, _) = await OpenCase("rubber", "4001.22.20", "US");
        var (coffee, etag) = await OpenCase();
        await Expect(await Move(Id(coffee), etag, "legal_check"), HttpStatusCode.OK);

        Assert.That(await Ids("commodity=rubber"), Does.Contain(Id(rubber)).And.Not.Contain(Id(coffee)));
        Assert.That(await Ids("stage=legal_check"), Does.Contain(Id(coffee)).And.Not.Contain(Id(rubber)));
        Assert.That(await Ids("stage=open"), Does.Contain(Id(coffee)).And.Contain(Id(rubber)));
        Assert.That(await Ids($"businessId={rubber.GetProperty("businessId").GetString()}"), Is.EqualTo(new[] { Id(rubber) }));
        Assert.That(await Ids("q=4001.22"), Does.Contain(Id(rubber)).And.Not.Contain(Id(coffee)));
        Assert.That(await Ids($"assignedOfficerId={coffee.GetProperty("assignedOfficerId").GetString()}"), Does.Contain(Id(coffee)));
    }

    [Test]
    public async Task List_FreeTextMatchesTheBusinessName()
    {
        var business = Infrastructure.TestData.Business(name: $"Kopi Lintong Pak Sinaga {Guid.NewGuid():N}");
        var (registered, _) = await Infrastructure.TestData.RegisterBusiness(Officer, business);
        var body = await CaseBody();
        body["businessId"] = registered.GetProperty("id").GetString();
        var created = await Expect(await Officer.PostAsJsonAsync(Cases, body), HttpStatusCode.Created);
        await OpenCase();

        Assert.That(await Ids("q=Lintong"), Is.EqualTo(new[] { Id(created) }));
    }

    [Test]
    public async Task List_PagesAndSortsByStageEnteredAt()
    {
        var (a, _) = await OpenCase();
        var (b, _) = await OpenCase();
        await BackdateStage(Id(a), 3);
        await BackdateStage(Id(b), 5);

        var page = await Expect(await Viewer.GetAsync($"{Cases}?sort=stageEnteredAt&pageSize=1"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("pageSize").GetInt32(), Is.EqualTo(1));
        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.GreaterThanOrEqualTo(2));
        Assert.That(page.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        var all = await Ids("sort=stageEnteredAt");
        Assert.That(all.IndexOf(Id(b)), Is.LessThan(all.IndexOf(Id(a))));
    }

    [Test]
    public async Task List_CasesWithWholeAndFractionalVolumes_ReadsBoth()
    {
        var whole = await CaseBody();
        whole["volume"] = 20;
        var fraction = await CaseBody();
        fraction["volume"] = 20.16m;
        var a = await Expect(await Officer.PostAsJsonAsync(Cases, whole), HttpStatusCode.Created);
        var b = await Expect(await Officer.PostAsJsonAsync(Cases, fraction), HttpStatusCode.Created);

        var page = await Expect(await Viewer.GetAsync($"{Cases}?pageSize=100"), HttpStatusCode.OK);

        var volumes = page.GetProperty("items").EnumerateArray().ToDictionary(Id, c => c.GetProperty("volume").GetDecimal());
        Assert.That(volumes[Id(a)], Is.EqualTo(20m));
        Assert.That(volumes[Id(b)], Is.EqualTo(20.16m));
    }

    [TestCase("stage=exported", "stage")]
    [TestCase("commodity=cocoa", "commodity")]
    [TestCase("overdue=yes", "overdue")]
    [TestCase("expiringWithinDays=400", "expiringWithinDays")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("sort=name", "sort")]
    public async Task List_WithInvalidFilter_Returns400(string query, string field)
    {
        await ExpectFieldError(await Viewer.GetAsync($"{Cases}?{query}"), field);
    }

    [Test]
    public async Task List_Anonymous_Returns401()
    {
        await Expect(await Anonymous.GetAsync(Cases), HttpStatusCode.Unauthorized);
    }
}

/// <summary>Stage targets come from configuration ExportCases:StageTargetDays.</summary>
public sealed class StageTargetConfigurationTests : ExportCaseTest
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["ExportCases:StageTargetDays:intake"] = "2",
    };

    [Test]
    public async Task Get_WithConfiguredIntakeTarget_UsesItForOverdue()
    {
        var (opened, _) = await OpenCase();
        await BackdateStage(Id(opened), 3.2);

        var body = await Expect(await Viewer.GetAsync($"{Cases}/{Id(opened)}"), HttpStatusCode.OK);

        Assert.That(body.GetProperty("targetDays").GetInt32(), Is.EqualTo(2));
        Assert.That(body.GetProperty("isOverdue").GetBoolean(), Is.True);
        var page = await Expect(await Viewer.GetAsync($"{Cases}?overdue=true"), HttpStatusCode.OK);
        Assert.That(page.GetProperty("items").EnumerateArray().Select(Id), Does.Contain(Id(opened)));
    }
}
