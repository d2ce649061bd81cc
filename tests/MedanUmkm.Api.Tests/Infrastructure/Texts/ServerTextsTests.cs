using System.Text.RegularExpressions;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Tests.Infrastructure.Texts;

/// <summary>The one catalogue of server texts: both languages for every code, same placeholders, no English in Indonesian.</summary>
public sealed partial class ServerTextsTests
{
    /// <summary>
    /// Words that mark an English sentence. Indonesian texts may carry names of things (NIB, If-Match,
    /// ETag, KSWP) but none of these; a text quoting an English term puts it in quotes or backticks.
    /// </summary>
    private static readonly string[] EnglishWords =
    [
        "the", "is", "are", "was", "were", "must", "should", "does", "not", "has", "have", "with", "without",
        "and", "or", "please", "cannot", "this", "that", "which", "of", "to", "for", "from", "be", "been", "your",
    ];

    [Test]
    public void The_catalogue_loads_from_the_area_files_and_has_codes()
    {
        Assert.That(ServerTexts.ResourceNames(), Is.Not.Empty);
        Assert.That(ServerTexts.All, Has.Count.GreaterThan(20));
    }

    [Test]
    public void Every_code_has_both_languages_with_the_same_placeholders()
    {
        var faults = new List<string>();
        foreach (var (code, text) in ServerTexts.All)
        {
            if (string.IsNullOrWhiteSpace(text.Id) || string.IsNullOrWhiteSpace(text.En)) faults.Add($"{code}: a language is empty");
            var id = ServerTexts.PlaceholdersOf(text.Id);
            var en = ServerTexts.PlaceholdersOf(text.En);
            if (!id.SetEquals(en)) faults.Add($"{code}: placeholders differ (id: {string.Join(",", id)}; en: {string.Join(",", en)})");
        }

        Assert.That(faults, Is.Empty);
    }

    [Test]
    public void No_Indonesian_text_is_English()
    {
        var faults = new List<string>();
        foreach (var (code, text) in ServerTexts.All)
        {
            var plain = Quoted().Replace(text.Id, " ");
            var words = Words().Matches(plain).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
            var english = EnglishWords.Where(words.Contains).ToList();
            if (english.Count > 0) faults.Add($"{code}: \"{text.Id}\" has English words ({string.Join(", ", english)})");
        }

        Assert.That(faults, Is.Empty);
    }

    [Test]
    public void Placeholders_are_filled_in_the_languages_formats()
    {
        var args = new Dictionary<string, object?> { ["entity"] = "Usaha", ["id"] = "42" };
        Assert.Multiple(() =>
        {
            Assert.That(ServerTexts.Format("not_found", "id", args), Is.EqualTo("Usaha '42' tidak ditemukan."));
            Assert.That(ServerTexts.Format("not_found", "en", args), Is.EqualTo("Usaha '42' does not exist."));
            var culture = TextLanguage.Culture("id");
            Assert.That(ServerTexts.Show(new DateOnly(2027, 3, 31), culture, "id"), Is.EqualTo("31 Maret 2027"));
            Assert.That(ServerTexts.Show(10_000_000m, culture, "id"), Is.EqualTo("10.000.000"));
            Assert.That(ServerTexts.Show(10_000_000m, TextLanguage.Culture("en"), "en"), Is.EqualTo("10,000,000"));
            Assert.That(ServerTexts.Show(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero), culture, "id"),
                Is.EqualTo("1 Januari 2027 00.30 WIB"));
            Assert.That(ServerTexts.Format("no_such_code", "id"), Is.EqualTo("no_such_code"));
        });
    }

    [GeneratedRegex(@"('[^']*'|`[^`]*`|""[^""]*""|\{[^}]*\})")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
