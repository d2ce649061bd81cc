using System.Text.Json;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// A row error as a job stores it: a code of the text catalogue and its parameters, rendered when
/// it is read, in the reader's language (the <c>{column}</c> placeholder is the column's header in
/// that language, <c>{choices}</c> its dropdown values). A rule of another area whose message the
/// catalogue cannot render from code and parameters (FluentValidation's own messages, a text
/// without parameters) also keeps its message in both languages (<see cref="Texts"/>), as checked.
/// Jobs stored before codes carry only <see cref="Message"/>.
/// </summary>
public sealed record StoredImportError
{
    public int Row { get; init; }
    public string Column { get; init; } = "";
    public string? Code { get; init; }
    public Dictionary<string, string>? Args { get; init; }
    public Dictionary<string, string>? Texts { get; init; }
    public string? Message { get; init; }
}

/// <summary>Renders stored row errors for a reader.</summary>
public static class ImportErrorText
{
    public static IReadOnlyList<StoredImportError> Parse(string json) =>
        JsonSerializer.Deserialize<List<StoredImportError>>(json, ImportSql.JsonOptions) ?? [];

    public static string Serialize(IReadOnlyList<StoredImportError> errors) => JsonSerializer.Serialize(errors, ImportSql.JsonOptions);

    /// <summary>The error as the API sends it, in <paramref name="language"/>.</summary>
    public static ImportError Render(StoredImportError error, IImportKind? kind, string language)
    {
        var column = kind?.ColumnsIn(language).FirstOrDefault(c => c.Name == error.Column);
        return new ImportError(error.Row, error.Column, Message(error, column?.Header ?? error.Column, column?.Choices, language))
        {
            Code = error.Code,
            Header = column?.Header ?? error.Column,
        };
    }

    private static string Message(StoredImportError error, string header, IReadOnlyList<string>? choices, string language)
    {
        if (error.Code is { } code && ServerTexts.All.TryGetValue(code, out var text))
        {
            var args = new Dictionary<string, object?>(StringComparer.Ordinal) { ["column"] = header, ["choices"] = string.Join(", ", choices ?? []) };
            foreach (var (name, value) in error.Args ?? []) args[name] = value;
            // Code and parameters when they fill the text; a foreign rule's text without its parameters falls back below.
            if (ServerTexts.PlaceholdersOf(text.In(language)).All(args.ContainsKey)) return ServerTexts.Format(code, language, args);
        }
        if (error.Texts is { Count: > 0 } texts)
            return texts.TryGetValue(language, out var own) ? own : texts.Values.First();
        return error.Message ?? error.Code ?? "";
    }
}
