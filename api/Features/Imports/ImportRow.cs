using System.Globalization;
using System.Text.RegularExpressions;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Tabular;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>A data row with typed accessors that record a report error for a cell they cannot read.</summary>
public sealed partial class ImportRow(int rowNumber, string?[] values, IReadOnlyDictionary<string, int> columns)
{
    public int RowNumber { get; } = rowNumber;
    public List<ImportError> Errors { get; } = [];

    /// <summary>Trimmed cell text, null when empty (the CSV-injection apostrophe removed).</summary>
    public string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < values.Length && !string.IsNullOrWhiteSpace(values[i])
            ? CellText.Unescape(values[i]!.Trim()) : null;

    public void Error(string column, string message) => Errors.Add(new ImportError(RowNumber, column, message));

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
        if (value is null) Error(column, $"'{text}' is not a whole number.");
        return value;
    }

    /// <summary>Thousands grouped with dots or commas: 1.500.000 or 1,500,000.</summary>
    [GeneratedRegex(@"^-?\d{1,3}([.,]\d{3})+$")]
    private static partial Regex Grouped();

    /// <summary>yyyy-MM-dd, or an Excel date serial number.</summary>
    public DateOnly? Date(string column)
    {
        var text = this[column];
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 100_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        Error(column, $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    public TEnum? Enum<TEnum>(string column) where TEnum : struct, System.Enum
    {
        var text = this[column];
        if (text is null) return null;
        if (EnumText.TryParse<TEnum>(text.ToLowerInvariant(), out var value)) return value;
        Error(column, $"'{text}' is not one of: {string.Join(", ", EnumText.All<TEnum>())}.");
        return null;
    }
}
