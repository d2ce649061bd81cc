using System.Globalization;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>A data row with typed accessors that record a report error (code and parameters) for a cell they cannot read.</summary>
public sealed partial class ImportRow(int rowNumber, string?[] values, IReadOnlyDictionary<string, int> columns)
{
    public int RowNumber { get; } = rowNumber;
    public List<StoredImportError> Errors { get; } = [];

    /// <summary>Trimmed cell text, null when empty (the CSV-injection apostrophe removed).</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < values.Length && !string.IsNullOrWhiteSpace(values[i])
            ? CellText.Unescape(values[i]!.Trim()) : null;

    /// <summary>Records an error on a cell: a catalogue code and its parameters (<c>{column}</c> is filled when read).</summary>
    public void Error(string column, string code, params (string Name, string Value)[] args) =>
        Errors.Add(new StoredImportError
        {
            Row = RowNumber, Column = column, Code = code,
            Args = args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal),
        });

    /// <summary>Records an error of another area's rule, with its code, parameters and text in both languages as checked.</summary>
    public void Error(string column, string? code, Dictionary<string, string>? args, Dictionary<string, string> texts) =>
        Errors.Add(new StoredImportError { Row = RowNumber, Column = column, Code = code, Args = args, Texts = texts });

    public string Text(string column) => this[column] ?? "";

    /// <summary>A whole number (an int), thousands separators and "Rp" allowed; null when empty.</summary>
    public int? WholeNumber(string column) => Number<int>(column, s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    /// <summary>A whole number that may exceed an int (rupiah amounts); null when empty.</summary>
    public long? LargeWholeNumber(string column) => Number<long>(column, s => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    private TNum? Number<TNum>(string column, Func<string, TNum?> parse) where TNum : struct
    {
        var text = this[column];
        if (text is null) return null;
        // 1.500.000 or 1,500,000 and "Rp" are how people type rupiah; only digits count.
        var cleaned = text.Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "");
        if (Grouped().IsMatch(cleaned)) cleaned = cleaned.Replace(".", "").Replace(",", "");
        var value = parse(cleaned);
        if (value is null) Error(column, "import.error.not_whole_number", ("value", text));
        return value;
    }

    /// <summary>Thousands grouped with dots or commas: 1.500.000 or 1,500,000.</summary>
    [GeneratedRegex(@"^-?\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Grouped();

    /// <summary>Dates as the office writes them: dd/mm/yyyy (also d/m/yyyy and with '-' or '.'), yyyy-mm-dd, or an Excel date serial number.</summary>
    private static readonly string[] DateForms =
        ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>dd/mm/yyyy, yyyy-mm-dd, or an Excel date serial number.</summary>
    public DateOnly? Date(string column)
    {
        var text = this[column];
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 100_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        Error(column, "import.error.not_a_date", ("value", text));
        return null;
    }

    /// <summary>An enumeration by its code (female, food_beverage) or by a label in either language (Perempuan, Food and beverages).</summary>
    public TEnum? Enum<TEnum>(string column, IReadOnlyDictionary<string, TEnum>? labels = null) where TEnum : struct, System.Enum
    {
        var text = this[column];
        if (text is null) return null;
        if (EnumText.TryParse<TEnum>(text.ToLowerInvariant(), out var value)) return value;
        if (labels is not null && labels.TryGetValue(LabelKey(text), out value)) return value;
        Error(column, "import.error.not_a_choice", ("value", text));
        return null;
    }

    /// <summary>How labels are compared: case and runs of spaces ignored.</summary>
    public static string LabelKey(string label) => string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
