using System.Text.Json.Nodes;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Privacy;

namespace MedanUmkm.Api.Tests.Infrastructure;

/// <summary>What counts as personal data and how it is masked (no HTTP).</summary>
public sealed class PersonalDataTests
{
    [TestCase("1271015504850003", true, TestName = "16 digits, not starting with 0: an individual's NIK as NPWP")]
    [TestCase("12.710.155.0-485.0003", true, TestName = "16 digits with punctuation")]
    [TestCase("0123456789121000", false, TestName = "16 digits starting with 0: 0 + an organisation's old 15 digits")]
    [TestCase("123456789121000", false, TestName = "15 digits: the old format")]
    [TestCase(null, false, TestName = "no NPWP")]
    public void IsPersonalNpwp(string? npwp, bool personal) =>
        Assert.That(PersonalData.IsPersonalNpwp(npwp), Is.EqualTo(personal));

    [Test]
    public void Mask_NpwpOfAnIndividual_LikeANik_AndLeavesAnOrganisationsAsIs()
    {
        Assert.That(PersonalData.Mask(PersonalDataKind.Npwp, "1271015504850003"), Is.EqualTo("1271**********03"));
        Assert.That(PersonalData.Mask(PersonalDataKind.Npwp, "0123456789121000"), Is.EqualTo("0123456789121000"));
        Assert.That(PersonalData.Mask(PersonalDataKind.Npwp, "123456789121000"), Is.EqualTo("123456789121000"));
    }

    [Test]
    public void Mask_IsIdempotent_SoAMaskedValueNeverRevealsMore()
    {
        foreach (var (kind, value) in new[]
                 {
                     (PersonalDataKind.Nik, "1271015504850003"), (PersonalDataKind.Phone, "+6281265432109"),
                     (PersonalDataKind.Email, "rina.kopi@gmail.com"), (PersonalDataKind.Address, "Jl. Sisingamangaraja No. 12"),
                 })
        {
            var once = PersonalData.Mask(kind, value);
            Assert.That(once, Is.Not.EqualTo(value));
            Assert.That(PersonalData.Mask(kind, once), Is.EqualTo(once), kind.ToString());
        }
    }

    [Test]
    public void AuditDiff_MasksAnIndividualsNpwp_AndKeepsAnOrganisations()
    {
        var before = new JsonObject { ["npwp"] = "123456789121000", ["name"] = "A" };
        var after = new JsonObject { ["npwp"] = "1271015504850003", ["name"] = "B" };

        var diff = AuditTrail.Diff(before, after);

        Assert.That(diff["npwp"]!["from"]!.GetValue<string>(), Is.EqualTo("123456789121000"));
        Assert.That(diff["npwp"]!["to"]!.GetValue<string>(), Is.EqualTo("***"));
        Assert.That(diff["name"]!["to"]!.GetValue<string>(), Is.EqualTo("B"));
    }

    private sealed record Sample
    {
        [PersonalData(PersonalDataKind.Nik)] public string Nik { get; init; } = "";
        [PersonalData(PersonalDataKind.Address)] public string? Address { get; init; }
        [PersonalDataMaskedFlag] public bool Masked { get; init; }
        public string Name { get; init; } = "";
    }

    [Test]
    public void Masked_CopiesWithEveryMarkedFieldMasked_AndLeavesTheOriginal()
    {
        var original = new Sample { Nik = "1271015504850003", Address = "Jl. Kopi 1", Name = "Kopi" };

        var masked = PersonalData.Masked(original);

        Assert.That(masked, Is.EqualTo(new Sample { Nik = "1271**********03", Address = "***", Masked = true, Name = "Kopi" }));
        Assert.That(original.Nik, Is.EqualTo("1271015504850003"));
    }
}
