using MedanUmkm.Migrations.Migrations;
using MedanUmkm.Migrations.Reference;

namespace MedanUmkm.Api.Domain;

/// <summary>The 21 kecamatan of Kota Medan (Kemendagri codes, reference data of migration 1).</summary>
public static class KecamatanRules
{
    public static readonly IReadOnlySet<string> Codes = M0001_Foundation.Kecamatan.Select(k => k.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The 21 kecamatan in code order: code and name ("12.71.01", "Medan Kota").</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> All = M0001_Foundation.Kecamatan.ToList();

    private static readonly Dictionary<string, string> ByName =
        M0001_Foundation.Kecamatan.ToDictionary(k => KelurahanRules.NameKey(k.Name), k => k.Code, StringComparer.Ordinal);

    /// <summary>The code of a kecamatan given by code ("12.71.01") or name ("Medan Kota", case and spaces ignored); null when neither.</summary>
    public static string? CodeOf(string? codeOrName)
    {
        var text = codeOrName?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (Codes.Contains(text)) return text;
        return ByName.TryGetValue(KelurahanRules.NameKey(text), out var code) ? code : null;
    }
}

/// <summary>Kelurahan of Kota Medan (Kemendagri codes, reference data of migration 163).</summary>
public static class KelurahanRules
{
    private static readonly Dictionary<string, ReferenceData.KelurahanRow> ByCode =
        ReferenceData.Kelurahan.ToDictionary(k => k.Code, StringComparer.Ordinal);

    private static readonly Dictionary<(string Kecamatan, string Key), ReferenceData.KelurahanRow> ByName =
        ReferenceData.Kelurahan.GroupBy(k => (k.KecamatanCode, NameKey(k.Name))).ToDictionary(g => g.Key, g => g.OrderBy(k => k.Code).First());

    /// <summary>The names of Kota Medan's 151 kelurahan, in alphabetical order, each once.</summary>
    public static readonly IReadOnlyList<string> Names =
        ReferenceData.Kelurahan.Select(k => k.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>"Sei Kera Hilir I" and "sei kerahilir i" compare equal: case and spaces ignored (as migration 163 matched).</summary>
    public static string NameKey(string name) => new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();

    public static ReferenceData.KelurahanRow? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var k) ? k : null;

    /// <summary>The official name and kecamatan of a kelurahan code (null when unknown), for texts that name it.</summary>
    public static (string Name, string KecamatanCode)? NameOf(string? code) => Find(code) is { } k ? (k.Name, k.KecamatanCode) : null;

    /// <summary>Null when the code is a kelurahan of the kecamatan, else the reason's text code (kelurahan_unknown, kelurahan_not_in_kecamatan).</summary>
    public static string? Problem(string code, string? kecamatanCode) => Find(code) switch
    {
        null => "kelurahan_unknown",
        { } k when k.KecamatanCode != kecamatanCode => "kelurahan_not_in_kecamatan",
        _ => null,
    };

    /// <summary>
    /// The code and name to store: a valid code gives the official name; a name alone is matched
    /// within the kecamatan; an unmatched name is kept as typed, without a code.
    /// </summary>
    public static (string? Code, string Name) Resolve(string? code, string? name, string kecamatanCode)
    {
        if (!string.IsNullOrWhiteSpace(code) && Find(code) is { } byCode) return (byCode.Code, byCode.Name);
        var text = (name ?? "").Trim();
        return ByName.TryGetValue((kecamatanCode, NameKey(text)), out var byName) ? (byName.Code, byName.Name) : (null, text);
    }
}

/// <summary>KBLI reference (migrations 161 and 165): a code not in it is a warning, never a refusal.</summary>
public static class KbliRules
{
    private static readonly HashSet<(string Version, string Code)> Known =
        ReferenceData.Kbli2020All.Where(k => k.Level == "code").Select(k => ("2020", k.Code)).ToHashSet();

    private static readonly Dictionary<string, string> Divisions =
        ReferenceData.Kbli2020.Where(k => k.Level == "division").ToDictionary(k => k.Code, k => k.Title);

    public static bool IsKnown(string code, string version) => Known.Contains((version, code));

    /// <summary>Null when the code is in the reference list, else what to check.</summary>
    public static string? Warning(string code, string version)
    {
        if (IsKnown(code, version)) return null;
        return version == "2020" && code.Length >= 2 && Divisions.TryGetValue(code[..2], out var division)
            ? $"KBLI {code} ({version}) is not in the reference list (division {code[..2]}: {division}); check it against the business licence."
            : $"KBLI {code} ({version}) is not in the reference list; check it against the business licence.";
    }
}
