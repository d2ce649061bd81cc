using MedanUmkm.Api.Domain;

namespace MedanUmkm.Api.Tests.Domain;

public sealed class IdentifiersTests
{
    [TestCase("1271015504850003", Gender.Female, true)]
    [TestCase("1271011504850003", Gender.Male, true)]
    [TestCase("1271017101850003", Gender.Female, true)]  // 31 January, woman
    [TestCase("1271013102850003", null, false)]          // 31 February
    [TestCase("1271012902000003", null, true)]           // 29 February
    [TestCase("9971011504850003", null, false)]          // province 99
    public void NikProblem_ChecksRegionBirthDateGenderAndSequence(string nik, Gender? gender, bool valid) =>
        Assert.That(Identifiers.NikProblem(nik, gender) is null, Is.EqualTo(valid));

    [TestCase("081234567890", "+6281234567890")]
    [TestCase("+62 812-3456-7890", "+6281234567890")]
    [TestCase("0614512345", "+62614512345")]
    [TestCase("+6508123456", null)]
    [TestCase("0812", null)]
    [TestCase("08123456789012345", null)]
    [TestCase("0812+3456789", null)]
    public void NormalisePhone_GivesE164OrNull(string input, string? expected) =>
        Assert.That(Identifiers.NormalisePhone(input), Is.EqualTo(expected));

    [Test]
    public void Masks_KeepOnlyWhatIdentifiesWithoutExposing()
    {
        Assert.That(Identifiers.MaskNik("1271015504850003"), Is.EqualTo("1271**********03"));
        Assert.That(Identifiers.MaskPhone("+6281234567890"), Is.EqualTo("+62812*****890"));
        Assert.That(Identifiers.MaskEmail("rina@gmail.com"), Is.EqualTo("r***@gmail.com"));
    }

    [TestCase("0901", true)]
    [TestCase("0901.11", true)]
    [TestCase("40012200", true)]
    [TestCase("090", false)]
    [TestCase("090111223", false)]
    [TestCase("09O1", false)]
    public void IsValidHsCode_Accepts4To8Digits(string hs, bool valid) =>
        Assert.That(Identifiers.IsValidHsCode(hs), Is.EqualTo(valid));
}
