using System.Text;

namespace MedanUmkm.Migrations.Reference;

/// <summary>
/// Reference lists shipped with the schema as embedded CSV files (sources and licences in
/// README.md): Medan's kelurahan (idn-area-data, Kemendagri codes) and the KBLI 2020 structure.
/// The migrations seed their tables from them; the API reads the same lists for checks that
/// need no database round trip.
/// </summary>
public static class ReferenceData
{
    /// <summary>A kelurahan of Kota Medan: 10-digit Kemendagri code 12.71.xx.xxxx, its kecamatan, name.</summary>
    public sealed record KelurahanRow(string Code, string KecamatanCode, string Name);

    /// <summary>A KBLI 2020 entry: a section (A-U), a division (2 digits) or a 5-digit code.</summary>
    public sealed record KbliRow(string Code, string Level, string Section, string Title);

    public static IReadOnlyList<KelurahanRow> Kelurahan { get; } =
        Read("kelurahan-medan.csv").Select(f => new KelurahanRow(f[0], f[1], f[2])).ToList();

    /// <summary>The KBLI 2020 rows seeded by migration 161 (structure and a few codes).</summary>
    public static IReadOnlyList<KbliRow> Kbli2020 { get; } =
        Read("kbli-2020.csv").Select(f => new KbliRow(f[0], f[1], f[2], f[3])).ToList();

    /// <summary>The 5-digit KBLI 2020 codes added by migration 165 (in the divisions the product-category matching uses).</summary>
    public static IReadOnlyList<KbliRow> Kbli2020Codes { get; } =
        Read("kbli-2020-codes.csv").Select(f => new KbliRow(f[0], f[1], f[2], f[3])).ToList();

    /// <summary>Every KBLI 2020 row the reference table holds (migrations 161 and 165).</summary>
    public static IReadOnlyList<KbliRow> Kbli2020All { get; } = [.. Kbli2020, .. Kbli2020Codes];

    private static List<string[]> Read(string name)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("MedanUmkm.Migrations.Reference." + name)
                           ?? throw new InvalidOperationException($"Embedded reference file {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) rows.Add(SplitCsv(line));
        return rows;
    }

    /// <summary>One CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString());
        return fields.ToArray();
    }
}
