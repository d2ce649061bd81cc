using FluentValidation;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// The empty spreadsheet to fill in, in the caller's language (headers, help, dropdown values):
/// XLSX with the data sheet, dropdown lists (data validation) on the enumerations and a help sheet
/// ("Petunjuk"); CSV (UTF-8 with BOM, ';' by default) with the header row and one note row per
/// column starting with '#', which the importer skips.
/// </summary>
public static class GetImportTemplate
{
    /// <summary>
    /// Documented at /api/v1/import-templates/{kind}; the first address, /api/v1/imports/templates/{kind},
    /// still answers for callers written against it, but is left out of the OpenAPI document: beside
    /// /imports/{id}/commit it made an ambiguous pair of paths for generated clients.
    /// </summary>
    public static void Map(RouteGroupBuilder imports, RouteGroupBuilder templates)
    {
        templates.MapGet("/{kind}", Download)
            .WithName(nameof(GetImportTemplate))
            .WithSummary("Download the empty import spreadsheet (format=csv or xlsx) with its columns documented")
            .WithDescription("""
                Headers, help and dropdown values in the caller's language (?lang=en or Accept-Language: en for English;
                Indonesian by default). xlsx: the sheet to fill, dropdown lists for kecamatan, kelurahan, sector and gender,
                and a help sheet. csv: UTF-8 with BOM, separator=semicolon (default) or comma, one '#' note row per column.
                """)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .RequireAuthorization(Policies.StaffWrite);
        imports.MapGet("/templates/{kind}", Download)
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.StaffWrite);
    }

    private static async Task<FileContentHttpResult> Download(string kind, [FromQuery] string? format, [FromQuery] string? separator,
        ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new Query(kind, format, separator), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <param name="Kind">The import kind (businesses).</param>
    /// <param name="Format">csv (default) or xlsx.</param>
    /// <param name="Separator">CSV only: semicolon (default) or comma.</param>
    public sealed record Query(string Kind, string? Format, string? Separator = null) : IQuery<TemplateFile>;

    public sealed record TemplateFile(byte[] Content, string ContentType, string FileName);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Format).Must(f => f is null || TabularFormats.Parse(f) is not null)
                .WithErrorCode("import_format_invalid").WithMessage(_ => ServerTexts.Get("import.format_invalid"));
            RuleFor(q => q.Separator).Must(s => CsvSeparator.Parse(s) is not null)
                .WithErrorCode("import_separator_invalid").WithMessage(_ => ServerTexts.Get("import.separator_invalid"));
        }
    }

    public sealed class Handler(IEnumerable<IImportKind> kinds) : IQueryHandler<Query, TemplateFile>
    {
        public async ValueTask<TemplateFile> Handle(Query query, CancellationToken ct)
        {
            var kind = kinds.SingleOrDefault(k => k.Name == query.Kind) ?? throw new NotFoundException("Import template", query.Kind);
            var format = TabularFormats.Parse(query.Format) ?? TabularFormat.Csv;
            var columns = kind.Columns;
            using var buffer = new MemoryStream();
            if (format == TabularFormat.Xlsx) await XlsxTemplate.WriteAsync(buffer, Workbook(columns, []), ct);
            else
            {
                await using var writer = TabularFormats.Writer(format, buffer, CsvSeparator.Parse(query.Separator)!.Value);
                await writer.WriteHeaderAsync(columns, ct);
                foreach (var c in columns)
                    await writer.WriteRowAsync([ServerTexts.Get("import.csv.note", ("column", c.Header), ("description", c.Description),
                        ("required", c.Required ? ServerTexts.Get("import.csv.note_required") : ""), ("example", c.Example))], ct);
                await writer.CompleteAsync(ct);
            }
            var name = TextLanguage.Current == TextLanguage.English ? $"{kind.Name}-template" : $"templat-{kind.Name}";
            return new TemplateFile(buffer.ToArray(), TabularFormats.ContentType(format), $"{name}.{TabularFormats.Extension(format)}");
        }
    }

    /// <summary>
    /// The template workbook in the request's language, with <paramref name="rows"/> under the header
    /// (an error file's rows); <paramref name="errorColumn"/> follows the template's columns.
    /// </summary>
    public static TemplateWorkbook Workbook(IReadOnlyList<TabularColumn> columns, IReadOnlyList<IReadOnlyList<string?>> rows,
        TabularColumn? errorColumn = null)
    {
        var sheetColumns = errorColumn is null ? columns : [.. columns, errorColumn];
        return new TemplateWorkbook(
            ServerTexts.Get("import.sheet.data"),
            sheetColumns,
            rows,
            ServerTexts.Get("import.sheet.help"),
            [
                ServerTexts.Get("import.help.line.fill", ("sheet", ServerTexts.Get("import.sheet.data"))),
                ServerTexts.Get("import.help.line.lists"),
                ServerTexts.Get("import.help.line.dates"),
                ServerTexts.Get("import.help.line.errors", ("errors", ServerTexts.Get("import.errors_column"))),
            ],
            [ServerTexts.Get("import.help.column"), ServerTexts.Get("import.help.required"), ServerTexts.Get("import.help.description"),
                ServerTexts.Get("import.help.example")],
            columns.Select(c => (IReadOnlyList<string>)[c.Header, ServerTexts.Get(c.Required ? "import.help.yes" : "import.help.no"),
                c.Description, c.Example]).ToList(),
            ServerTexts.Get("import.sheet.lists"))
        {
            ErrorColumn = errorColumn is null ? null : sheetColumns.Count - 1,
        };
    }
}
