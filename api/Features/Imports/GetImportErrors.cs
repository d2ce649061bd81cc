using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// The rows of a dry run that have errors, as the same spreadsheet the officer uploaded (XLSX or
/// CSV, their own headers and values) with an error column ("Kesalahan") holding each row's errors
/// in the caller's language: fix them in place and upload the file again (the error column is
/// ignored on import). Also for a commit made from a dry run (its dry run's file). The XLSX keeps
/// the template's dropdown lists and help sheet.
/// </summary>
public static class GetImportErrors
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/errors", async (string id, [FromQuery] string? format, [FromQuery] string? separator, ISender sender,
                CancellationToken ct) =>
            {
                var file = await sender.Send(new Query(ImportSql.ParseId(id), format, separator), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
        .WithName(nameof(GetImportErrors))
        .WithSummary("Download the rows with errors as a spreadsheet with an error column, to fix and upload again")
        .WithDescription("""
            The dry run's rows with errors (for a commit made from a dry run: that dry run's), as uploaded, plus the column
            Kesalahan (Errors in English) with each row's errors in the caller's language. format: the uploaded one by
            default (xlsx or csv); separator (CSV): semicolon (default) or comma. Covers the errors the report holds (the
            first 1,000). 409 codes: no_errors, file_expired (the dry run's file is kept Imports:KeepDryRunFileHours).
            """)
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="Id">The dry run (or a commit made from one).</param>
    /// <param name="Format">xlsx or csv; the uploaded file's format by default.</param>
    /// <param name="Separator">CSV only: semicolon (default) or comma.</param>
    public sealed record Query(int Id, string? Format, string? Separator) : IQuery<GetImportTemplate.TemplateFile>;

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

    public sealed class Handler(DbSession db, IEnumerable<IImportKind> kinds, IOptions<ImportOptions> options, TimeProvider clock)
        : IQueryHandler<Query, GetImportTemplate.TemplateFile>
    {
        public async ValueTask<GetImportTemplate.TemplateFile> Handle(Query query, CancellationToken ct)
        {
            var job = await ImportSql.LoadAsync(db, query.Id, ct);
            var id = job.Id.ToString(CultureInfo.InvariantCulture);
            var errors = ImportErrorText.Parse(job.Errors);
            if (errors.Count == 0) throw new ConflictException("no_errors", ServerTexts.Get("import.no_errors", ("id", id)));
            var source = job.DryRun || job.SourceJobId is not { } sourceId ? job : await ImportSql.LoadAsync(db, sourceId, ct);
            var path = ImportFiles.PathFor(options.Value.ResolveDirectory(), source.Id);
            if (ImportFiles.KeptUntil(source, options.Value) is not { } until || until <= clock.GetUtcNow() || !File.Exists(path))
                throw new ConflictException("file_expired",
                    ServerTexts.Get("import.errors_file_expired", ("id", source.Id.ToString(CultureInfo.InvariantCulture)),
                        ("hours", options.Value.KeepDryRunFileHours)), "File no longer kept");

            var kind = kinds.Single(k => k.Name == job.Kind);
            var language = TextLanguage.Current;
            var byRow = errors.GroupBy(e => e.Row)
                .ToDictionary(g => g.Key, g => string.Join("\n", g.Select(e => Line(ImportErrorText.Render(e, kind, language)))));
            var uploaded = TabularFormats.Parse(source.Format)!.Value;
            var format = TabularFormats.Parse(query.Format) ?? uploaded;

            string?[]? header = null;
            var keep = new List<int>();
            var rows = new List<IReadOnlyList<string?>>();
            foreach (var record in TabularFormats.Read(path, uploaded))
            {
                if (header is null)
                {
                    header = record.Values;
                    // An error file uploaded again: its old error column makes way for the new one.
                    keep = Enumerable.Range(0, header.Length)
                        .Where(i => !ImportSql.ErrorColumnHeaders.Contains(header[i]?.Trim() ?? "")).ToList();
                    continue;
                }
                if (!byRow.TryGetValue(record.RowNumber, out var message)) continue;
                rows.Add([.. keep.Select(i => i < record.Values.Length ? record.Values[i] : null), message]);
            }

            var byHeader = new Dictionary<string, TabularColumn>(StringComparer.OrdinalIgnoreCase);
            foreach (var column in kind.Columns)
                foreach (var text in column.AllHeaders()) byHeader.TryAdd(text, column);
            var columns = keep.Select(i => header![i]?.Trim().TrimStart('\uFEFF') ?? "")
                .Select(h => byHeader.TryGetValue(h, out var c) ? c with { Header = h } : new TabularColumn(h, "", "") { Header = h })
                .ToList();
            var errorColumn = new TabularColumn("errors", "", "") { Header = ServerTexts.Get("import.errors_column") };

            using var buffer = new MemoryStream();
            if (format == TabularFormat.Xlsx)
                await XlsxTemplate.WriteAsync(buffer, GetImportTemplate.Workbook(columns, rows, errorColumn), ct);
            else
            {
                await using var writer = TabularFormats.Writer(format, buffer, CsvSeparator.Parse(query.Separator)!.Value);
                await writer.WriteHeaderAsync([.. columns, errorColumn], ct);
                foreach (var row in rows) await writer.WriteRowAsync(row.Select(v => (object?)v).ToList(), ct);
                await writer.CompleteAsync(ct);
            }
            var stem = Path.GetFileNameWithoutExtension(source.FileName);
            var suffix = language == TextLanguage.English ? "errors" : "kesalahan";
            return new GetImportTemplate.TemplateFile(buffer.ToArray(), TabularFormats.ContentType(format),
                $"{stem}-{suffix}.{TabularFormats.Extension(format)}");
        }

        /// <summary>"Kecamatan: 'Medan Kita' bukan kecamatan ..." (the header names the cell to fix).</summary>
        private static string Line(ImportError e) => $"{e.Header ?? e.Column}: {e.Message}";
    }
}
