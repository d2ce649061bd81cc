using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedanUmkm.Api.Infrastructure.Texts;

/// <summary>One text of the catalogue: Indonesian and English, with <c>{name}</c> placeholders.</summary>
public sealed record ServerText(string Id, string En)
{
    public string In(string language) => language == TextLanguage.English ? En : Id;
}

/// <summary>
/// The one catalogue of texts the server writes for people (problem details, field errors, reasons,
/// labels, timeline and audit entries, spreadsheet headers), keyed by stable codes that machines keep.
/// Each area keeps its texts in a <c>*.texts.json</c> file beside its code
/// (<c>{ "code": { "id": "...", "en": "..." } }</c>), embedded in the assembly; together they are one
/// catalogue: a code defined twice stops the start-up, and a parity test checks both languages.
/// </summary>
public static partial class ServerTexts
{
    private static readonly Lazy<FrozenDictionary<string, ServerText>> Catalogue = new(Load);

    /// <summary>Every code with its texts.</summary>
    public static IReadOnlyDictionary<string, ServerText> All => Catalogue.Value;

    /// <summary>Whether the catalogue has this code.</summary>
    public static bool Has(string code) => Catalogue.Value.ContainsKey(code);

    /// <summary>The text of <paramref name="code"/> in the current request's language (see <see cref="TextLanguage"/>).</summary>
    public static string Get(string code, IReadOnlyDictionary<string, object?>? args = null) =>
        Format(code, TextLanguage.Current, args);

    /// <summary>The text of <paramref name="code"/> in the current language, with parameters given as pairs.</summary>
    public static string Get(string code, params (string Name, object? Value)[] args) =>
        Format(code, TextLanguage.Current, args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => a.Value));

    /// <summary>
    /// The text of <paramref name="code"/> in <paramref name="language"/> ("id" or "en") with its
    /// placeholders filled: dates as "31 Maret 2027"/"31 March 2027", numbers with the language's
    /// grouping ("10.000.000"/"10,000,000"), sequences joined with ", ". An unknown code comes back as
    /// itself (never an exception on an error path); the parity test keeps that from happening.
    /// </summary>
    public static string Format(string code, string language, IReadOnlyDictionary<string, object?>? args = null)
    {
        if (!Catalogue.Value.TryGetValue(code, out var text)) return code;
        var template = text.In(language);
        if (args is null || args.Count == 0 || !template.Contains('{')) return template;
        var culture = TextLanguage.Culture(language);
        return Placeholder().Replace(template, m =>
            args.TryGetValue(m.Groups[1].Value, out var value) ? Show(value, culture, language) : m.Value);
    }

    /// <summary>A parameter value as a person reads it in the language.</summary>
    public static string Show(object? value, CultureInfo culture, string language) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("d MMMM yyyy", culture),
        DateTime dt => dt.ToString("d MMMM yyyy", culture),
        DateTimeOffset o => OfficeTimeText(o, culture),
        decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture) % 1 == 0
            ? Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N0", culture)
            : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N2", culture),
        int or long or short => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", culture),
        ServerTextRef r => Format(r.Code, language, r.Args),
        System.Collections.IEnumerable seq => string.Join(", ", seq.Cast<object?>().Select(v => Show(v, culture, language))),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    private static string OfficeTimeText(DateTimeOffset instant, CultureInfo culture)
    {
        var wib = instant.ToOffset(TimeSpan.FromHours(7));
        return wib.ToString("d MMMM yyyy HH.mm", culture) + " WIB";
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholder names a template uses (the parity test compares both languages' sets).</summary>
    public static IReadOnlySet<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, ServerText> Load()
    {
        var assembly = typeof(ServerTexts).Assembly;
        var all = new Dictionary<string, ServerText>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.EndsWith(".texts.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var entries = JsonSerializer.Deserialize<Dictionary<string, TextJson>>(stream, JsonOptions)
                ?? throw new InvalidOperationException($"Text catalogue {name} is empty.");
            foreach (var (code, entry) in entries)
            {
                if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.En))
                    throw new InvalidOperationException($"Text '{code}' in {name} lacks its Indonesian or English text.");
                if (!all.TryAdd(code, new ServerText(entry.Id, entry.En)))
                    throw new InvalidOperationException($"Text code '{code}' is defined twice (again in {name}).");
            }
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record TextJson(string? Id, string? En);

    /// <summary>Names the embedded catalogue files (for the parity test's messages).</summary>
    internal static IEnumerable<string> ResourceNames() =>
        typeof(ServerTexts).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".texts.json", StringComparison.Ordinal));
}

/// <summary>A code with its parameters, to be shown later in the reader's language (stored events, nested texts).</summary>
public sealed record ServerTextRef(string Code, IReadOnlyDictionary<string, object?>? Args = null);
