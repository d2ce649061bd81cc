using FluentValidation;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Tabular;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// The empty spreadsheet to fill in: the header row with the column names, and their documentation
/// (XLSX: a second sheet "columns"; CSV: rows starting with '#', which the importer skips).
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
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .RequireAuthorization(Policies.StaffWrite);
        imports.MapGet("/templates/{kind}", Download)
            .ExcludeFromDescription()
            .RequireAuthorization(Policies.StaffWrite);
    }

    private static async Task<FileContentHttpResult> Download(string kind, [FromQuery] string? format, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new Query(kind, format), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public sealed record Query(string Kind, string? Format) : IQuery<TemplateFile>;

    public sealed record TemplateFile(byte[] Content, string ContentType, string FileName);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Format).Must(f => f is null || TabularFormats.Parse(f) is not null)
            .WithMessage("format must be csv or xlsx.");
    }

    public sealed class Handler(IEnumerable<IImportKind> kinds) : IQueryHandler<Query, TemplateFile>
    {
        public async ValueTask<TemplateFile> Handle(Query query, CancellationToken ct)
        {
            var kind = kinds.SingleOrDefault(k => k.Name == query.Kind) ?? throw new NotFoundException("Import template", query.Kind);
            var format = TabularFormats.Parse(query.Format) ?? TabularFormat.Csv;
            using var buffer = new MemoryStream();
            await using (var writer = TabularFormats.Writer(format, buffer))
            {
                await writer.WriteHeaderAsync(kind.Columns, ct);
                if (format == TabularFormat.Csv)
                    foreach (var c in kind.Columns)
                        await writer.WriteRowAsync([$"# {c.Name}: {c.Description}{(c.Required ? " (required)" : "")}. Example: {c.Example}"], ct);
                await writer.WriteNotesSheetAsync("columns", ["column", "required", "description", "example"],
                    kind.Columns.Select(c => (IReadOnlyList<string>)[c.Name, c.Required ? "yes" : "no", c.Description, c.Example]), ct);
                await writer.CompleteAsync(ct);
            }
            return new TemplateFile(buffer.ToArray(), TabularFormats.ContentType(format), $"{kind.Name}-template.{TabularFormats.Extension(format)}");
        }
    }
}
