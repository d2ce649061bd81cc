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
        var error = row.Errors[0];
        Assert.That((error.Row, error.Column, error.Code, error.Args!["value"]), Is.EqualTo((2, "employees", "import.error.not_whole_number", text)),
            "stored as a code and its parameters");
        Assert.That(ImportErrorText.Render(error, null, "en").Message, Is.EqualTo($"'{text}' is not a whole number."));
        Assert.That(ImportErrorText.Render(error, null, "id").Message, Is.EqualTo($"'{text}' bukan bilangan bulat."));
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
    public void Date_AcceptsIsoDayMonthYearAndExcelSerial()
    {
        var row = Row(("iso", "2021-03-15"), ("serial", "44270"), ("dmy", "15/03/2021"), ("short", "5/3/2021"), ("dashes", "15-03-2021"),
            ("bad", "31/02/2021"), ("us", "03/15/2021"));
        Assert.That(row.Date("iso"), Is.EqualTo(new DateOnly(2021, 3, 15)));
        Assert.That(row.Date("serial"), Is.EqualTo(new DateOnly(2021, 3, 15)));
        Assert.That(row.Date("dmy"), Is.EqualTo(new DateOnly(2021, 3, 15)), "dd/mm/yyyy as the office writes dates");
        Assert.That(row.Date("short"), Is.EqualTo(new DateOnly(2021, 3, 5)));
        Assert.That(row.Date("dashes"), Is.EqualTo(new DateOnly(2021, 3, 15)));
        Assert.That(row.Date("bad"), Is.Null, "no 31 February");
        Assert.That(row.Date("us"), Is.Null, "month 15 does not exist: never read as mm/dd/yyyy");
        Assert.That(row.Errors.Select(e => e.Column), Is.EqualTo(new[] { "bad", "us" }));
        Assert.That(ImportErrorText.Render(row.Errors[0], null, "id").Message, Does.Contain("dd/mm/yyyy"));
    }

    [Test]
    public void Enum_IgnoresCase_AndNamesTheChoicesWhenUnknown()
    {
        var row = Row(("gender", "Female"), ("other", "x"));
        Assert.That(row.Enum<Gender>("gender"), Is.EqualTo(Gender.Female));
        Assert.That(row.Enum<Gender>("other"), Is.Null);
        var error = row.Errors.Single();
        Assert.That((error.Code, error.Args!["value"]), Is.EqualTo(("import.error.not_a_choice", "x")));
        Assert.That(ImportErrorText.Render(error, null, "en").Message, Does.StartWith("'x' is not a choice of other; pick one of: "));
    }

    [TestCase("Perempuan", Gender.Female)]
    [TestCase("laki-laki", Gender.Male)]
    [TestCase("Male", Gender.Male)]
    [TestCase("female", Gender.Female)]
    public void Enum_AcceptsTheLabelsInBothLanguagesAndTheCode(string text, Gender expected)
    {
        var labels = new Dictionary<string, Gender> { ["perempuan"] = Gender.Female, ["laki-laki"] = Gender.Male, ["male"] = Gender.Male };
        var row = Row(("gender", text));
        Assert.That(row.Enum("gender", labels), Is.EqualTo(expected));
        Assert.That(row.Errors, Is.Empty);
    }
}
