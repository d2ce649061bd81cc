using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Tests.Domain;

/// <summary>NPWP 16 digits (PMK 112/2022), NITKU, and the kelurahan and KBLI reference rules.</summary>
public sealed class ReferenceIdentifiersTests
{
    [TestCase("12.345.678.9-121.000", "0123456789121000")] // old 15 digits, punctuated
    [TestCase("123456789121000", "0123456789121000")]      // old 15 digits
    [TestCase("0123456789121000", "0123456789121000")]     // new form of a non-individual
    [TestCase("1271015504850003", "1271015504850003")]     // an individual's NIK
    [TestCase("  ", null)]
    public void NormaliseNpwp_Gives16Digits(string input, string? expected) =>
        Assert.That(Identifiers.NormaliseNpwp(input), Is.EqualTo(expected));

    [TestCase("1271015504850003", "1271015504850003", true)]  // individual: NPWP = owner's NIK
    [TestCase("1271015504850003", "1271015504850004", false)] // someone else's NIK
    [TestCase("0123456789121000", "1271015504850004", true)]  // business NPWP: no NIK check
    [TestCase("12.345.678.9-121.000", "1271015504850004", true)]
    public void NpwpOwnerProblem_AcceptsOnlyTheOwnersNik(string npwp, string nik, bool ok) =>
        Assert.That(Identifiers.NpwpOwnerProblem(npwp, nik) is null, Is.EqualTo(ok));

    [TestCase("0123456789121000000001", "12.345.678.9-121.000", true)]
    [TestCase("0123456789121000000001", "0123456789121000", true)]
    [TestCase("1271015504850003000002", "1271015504850003", true)]
    [TestCase("0123456789121000000001", "0999999999121000", false)] // another NPWP's location
    [TestCase("012345678912100000001", "0123456789121000", false)]  // 21 digits
    [TestCase("0123456789121000000001", null, false)]               // no NPWP to belong to
    public void NitkuProblem_Needs22DigitsStartingWithTheNpwp(string nitku, string? npwp, bool ok) =>
        Assert.That(Identifiers.NitkuProblem(nitku, npwp) is null, Is.EqualTo(ok));

    [Test]
    public void KelurahanReference_HasMedans151KelurahanInIts21Kecamatan()
    {
        var all = MedanUmkm.Migrations.Reference.ReferenceData.Kelurahan;
        Assert.That(all, Has.Count.EqualTo(151));
        Assert.That(all.Select(k => k.KecamatanCode).Distinct().Count(), Is.EqualTo(21));
        Assert.That(all.All(k => k.Code.StartsWith(k.KecamatanCode + ".", StringComparison.Ordinal) && k.Code.Length == 13), Is.True);
    }

    [Test]
    public void KelurahanRules_ResolveByCodeOrNameWithinTheKecamatan()
    {
        Assert.That(KelurahanRules.Resolve("12.71.01.1007", null, "12.71.01"), Is.EqualTo(("12.71.01.1007", "Pasar Merah Barat")));
        Assert.That(KelurahanRules.Resolve(null, "  pasar merahbarat ", "12.71.01"), Is.EqualTo(("12.71.01.1007", "Pasar Merah Barat")));
        Assert.That(KelurahanRules.Resolve(null, "Pasar Merah Barat", "12.71.10"), Is.EqualTo(((string?)null, "Pasar Merah Barat")));
        Assert.That(KelurahanRules.Problem("12.71.01.1007", "12.71.01"), Is.Null);
        Assert.That(KelurahanRules.Problem("12.71.01.1007", "12.71.05"), Is.EqualTo("kelurahan_not_in_kecamatan"));
        Assert.That(KelurahanRules.Problem("12.71.99.1001", "12.71.01"), Is.EqualTo("kelurahan_unknown"));
    }

    [Test]
    public void KbliRules_UnknownCodeIsAWarningNamingItsDivision()
    {
        Assert.That(KbliRules.Warning("10761", "2020"), Is.Null);
        Assert.That(KbliRules.Warning("10899", "2020"), Does.Contain("division 10: Industri Makanan"));
        Assert.That(KbliRules.Warning("10761", "2025"), Does.Contain("not in the reference list"));
    }
}
