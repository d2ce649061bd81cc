using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Imports;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>How a spreadsheet cell is read (numbers, dates, enums), without HTTP or files.</summary>
public sealed class ImportRowTests
{
    private static ImportRow Row(params (string Column, string? Value)[] cells) =>
        new(2, cells.Select(c => c.Value).ToArray(), cells.Select((c, i) => (c.Column, i)).ToDictionary(x => x.Column, x => x.i));

    [TestCase("1500000", 1_500_000L)]
    [TestCase("1.500.000", 1_500_000L)]
    [TestCase("1,500,000", 1_500_000L)]
    [TestCase("Rp 1.500.000", 1_500_000L)]
    [TestCase("rp1500000", 1_500_000L)]
    [TestCase("12000000000", 12_000_000_000L)]
    public void LargeWholeNumber_ReadsRupiahAsPeopleTypeIt(string text, long expected)
    {
        var row = Row(("capital", text));
        Assert.That(row.LargeWholeNumber("capital"), Is.EqualTo(expected));
        Assert.That(row.Errors, Is.Empty);
    }

    [TestCase("1.5")]
    [TestCase("empat")]
    [TestCase("1.50.000")]
    public void WholeNumber_NotANumber_IsAnErrorOnTheCell(string text)
    {
        var row = Row(("employees", text));
        Assert.That(row.WholeNumber("employees"), Is.Null);
        Assert.That(row.Errors, Has.Count.EqualTo(1));
        Assert.That(row.Errors[0], Is.EqualTo(new ImportError(2, "employees", $"'{text}' is not a whole number.")));
    }

    [Test]
    public void EmptyOrMissingCell_IsNullWithoutError()
    {
        var row = Row(("employees", "  "));
        Assert.That(row.WholeNumber("employees"), Is.Null);
        Assert.That(row.WholeNumber("foundedYear"), Is.Null);
        Assert.That(row.Errors, Is.Empty);
    }

    [Test]
    public void Date_AcceptsIsoAndExcelSerial()
    {
        var row = Row(("iso", "2021-03-15"), ("serial", "44270"), ("bad", "15/03/2021"));
        Assert.That(row.Date("iso"), Is.EqualTo(new DateOnly(2021, 3, 15)));
        Assert.That(row.Date("serial"), Is.EqualTo(new DateOnly(2021, 3, 15)));
        Assert.That(row.Date("bad"), Is.Null);
        Assert.That(row.Errors.Select(e => e.Column), Is.EqualTo(new[] { "bad" }));
    }

    [Test]
    public void Enum_IgnoresCase_AndNamesTheChoicesWhenUnknown()
    {
        var row = Row(("gender", "Female"), ("other", "x"));
        Assert.That(row.Enum<Gender>("gender"), Is.EqualTo(Gender.Female));
        Assert.That(row.Enum<Gender>("other"), Is.Null);
        Assert.That(row.Errors.Single().Message, Does.StartWith("'x' is not one of: "));
    }
}
