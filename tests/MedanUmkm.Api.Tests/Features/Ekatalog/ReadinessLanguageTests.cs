using System.Net;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;
using static MedanUmkm.Api.Tests.Features.Ekatalog.EkatalogTestKit;

namespace MedanUmkm.Api.Tests.Features.Ekatalog;

/// <summary>Readiness reasons come from the server-text catalogue (readiness.* codes) in the caller's language; reason codes stay.</summary>
public sealed class ReadinessLanguageTests : ApiTest
{
    [Test]
    public async Task ReadinessReasons_FollowAcceptLanguageAndLang()
    {
        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;

        var english = await Readiness(Viewer, id, lang: "en");
        var indonesian = await Readiness(Viewer, id, lang: "id");
        var query = await Expect(await Viewer.GetAsync($"/api/v1/businesses/{id}/ekatalog-readiness?lang=en"), HttpStatusCode.OK);

        Assert.That(Requirement(english, "kswp").GetProperty("reason").GetString(), Is.EqualTo("No tax status confirmation (KSWP) is recorded."));
        Assert.That(Requirement(indonesian, "kswp").GetProperty("reason").GetString(), Is.EqualTo("Belum ada konfirmasi status wajib pajak (KSWP)."));
        Assert.That(Requirement(query, "kswp").GetProperty("reason").GetString(), Is.EqualTo("No tax status confirmation (KSWP) is recorded."));
        Assert.That(Requirement(indonesian, "kswp").GetProperty("reasonCode").GetString(), Is.EqualTo("kswp_none"), "codes stay for machines");
        Assert.That(Requirement(indonesian, "product").GetProperty("title").GetString(), Is.Not.EqualTo(Requirement(english, "product").GetProperty("title").GetString()));
    }

    [Test]
    public async Task IncompleteProduct_IsDescribedInTheReadersLanguage()
    {
        var id = (await TestData.RegisterBusiness(Officer)).Body.GetProperty("id").GetString()!;
        await CreateProduct(Officer, id, new JsonObject
        {
            ["name"] = "Keripik Uji", ["category"] = "food_beverage", ["unit"] = "pack",
        });

        var indonesian = Requirement(await Readiness(Viewer, id, lang: "id"), "product").GetProperty("reason").GetString();
        var english = Requirement(await Readiness(Viewer, id, lang: "en"), "product").GetProperty("reason").GetString();

        Assert.That(indonesian, Does.Contain("Keripik Uji belum memiliki harga, foto, deskripsi"));
        Assert.That(english, Does.Contain("Keripik Uji lacks price, photo, description"));
    }
}
