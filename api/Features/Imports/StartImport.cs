using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Accepts a spreadsheet upload: checks size (413), that it is what it claims (415) and that its
/// structure and header are sound (400), stores it and creates a queued job for the worker.
/// </summary>
public static class StartImport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (HttpContext http, ISender sender, ImportQueue queue, CancellationToken ct) =>
            {
                var job = await sender.Send(await ReadUploadAsync(http, ct), ct);
                queue.Enqueue(job);
                return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
            })
        .WithName(nameof(StartImport))
        .WithSummary("Upload a CSV or XLSX file to import (dry run or commit)")
        .WithDescription("""
            Multipart form: file (.csv UTF-8 with ';' or ',' as separator, or .xlsx, at most 20 MB), kind (businesses),
            dryRun (true by default), mode (all_or_nothing by default, or valid_rows_only).
            Answers 202 with the job and its Location; poll GET /api/v1/imports/{id} until status is succeeded or failed.
            A dry run validates every row with the API's own rules and counts what would be created, updated or left
            unchanged; a commit (dryRun=false) writes all rows in one transaction, or nothing if any row is invalid;
            with mode=valid_rows_only it writes the valid rows and reports the invalid ones (GET /api/v1/imports/{id}/errors
            gives them back as a spreadsheet to fix). Headers may be the template's in Indonesian or English or the field
            names; kecamatan, kelurahan, sector and gender by name or code; dates as dd/mm/yyyy or yyyy-mm-dd.
            Rows are matched by the first template column (NIB for businesses). Re-importing the same file changes nothing.
            """)
        // "*/*" beside multipart: the content-type matcher would otherwise answer other bodies from
        // an endpoint without a policy (403 by the fallback policy) instead of the handler's 415.
        .Accepts<Upload>("multipart/form-data", "*/*")
        .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .WithMetadata(new RequestSizeLimitAttribute(TabularFormats.MaxUploadBytes + FormOverheadBytes))
        .RequireAuthorization(Policies.StaffWrite);

    public sealed record Command(IFormFile? File, string? Kind, bool DryRun, string? Mode = null) : ICommand<ImportJobResponse>;

    /// <summary>The multipart form (documents the request body in OpenAPI).</summary>
    /// <param name="File">The spreadsheet: .csv (UTF-8) or .xlsx, at most 20 MB; columns as in the template.</param>
    /// <param name="Kind" example="businesses">What the rows are: businesses.</param>
    /// <param name="DryRun" example="true">true (default): validate and count only; false: write everything or nothing.</param>
    /// <param name="Mode" example="all_or_nothing">For a commit: all_or_nothing (default) or valid_rows_only (write the valid rows, report the rest).</param>
    public sealed record Upload(IFormFile File, string Kind, bool DryRun = true, string Mode = ImportMode.AllOrNothing);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IEnumerable<IImportKind> kinds)
        {
            var names = kinds.Select(k => k.Name).ToList();
            RuleFor(c => c.File).NotNull().WithMessage("file is required: send the spreadsheet as the multipart/form-data field 'file'.");
            RuleFor(c => c.File!.Length).GreaterThan(0).When(c => c.File is not null).WithName("file").OverridePropertyName("file")
                .WithMessage("The file is empty.");
            RuleFor(c => c.Kind).NotEmpty().Must(k => names.Contains(k!)).WithMessage($"kind must be one of: {string.Join(", ", names)}.");
            RuleFor(c => c.Mode).Must(m => ImportMode.Parse(m) is not null)
                .WithErrorCode("import_mode_invalid").WithMessage(_ => ServerTexts.Get("import.mode_invalid"));
        }
    }

    /// <summary>Reads the multipart form of an upload; 415 when it is not multipart, 413 when it is too large.</summary>
    public static async Task<Command> ReadUploadAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            throw new UnsupportedFileException("Send the file as multipart/form-data with the fields file, kind and dryRun.");
        if (http.Request.ContentLength > TabularFormats.MaxUploadBytes + FormOverheadBytes)
            throw new FileTooLargeException(TabularFormats.MaxUploadBytes);
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = TabularFormats.MaxUploadBytes + FormOverheadBytes,
            BufferBodyLengthLimit = TabularFormats.MaxUploadBytes + FormOverheadBytes,
            ValueLengthLimit = InputLimits.MaxJsonText,
        }));
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is not null && file.Length > TabularFormats.MaxUploadBytes) throw new FileTooLargeException(TabularFormats.MaxUploadBytes);
        var dryRun = form["dryRun"].ToString().Trim().ToLowerInvariant() is not ("false" or "0" or "no");
        return new Command(file, form["kind"].ToString().Trim(), dryRun, form["mode"].ToString());
    }

    /// <summary>Multipart boundaries and the other fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public sealed class Handler(DbSession db, CurrentActor actor, TimeProvider clock, IEnumerable<IImportKind> kinds,
        IOptions<ImportOptions> options, ImportProgress progress) : ICommandHandler<Command, ImportJobResponse>
    {
        private const string InsertSql = """
            INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                UpdatedCount, UnchangedCount, ErrorCount, Errors, IgnoredColumns, Message, ActorType, ActorId, ActorName, ActorRole,
                CreatedAt, Version, Mode)
            VALUES (@Kind, @FileName, @Format, @FileBytes, @DryRun, 'queued', @TotalRows, 0, 0, 0, 0, 0, '[]', @IgnoredColumns, NULL,
                @ActorType, @ActorId, @ActorName, @ActorRole, @Now, 1, @Mode)
            """;

        public async ValueTask<ImportJobResponse> Handle(Command command, CancellationToken ct)
        {
            var kind = kinds.Single(k => k.Name == command.Kind);
            var file = command.File!;
            var directory = options.Value.ResolveDirectory();
            var fileName = Path.GetFileName(file.FileName);
            if (fileName.Length > 200) fileName = fileName[^200..];
            var temp = Path.Combine(directory, "upload-" + Guid.NewGuid().ToString("N"));
            var kept = false;
            try
            {
                await using (var stream = ImportFiles.CreatePrivate(temp)) await file.CopyToAsync(stream, ct);
                var format = TabularFormats.Sniff(temp, fileName, out var filledRows);
                var (rows, ignored) = Inspect(kind, temp, format, filledRows);
                var id = await db.InsertAsync(InsertSql, new
                {
                    Kind = kind.Name,
                    FileName = fileName,
                    Format = TabularFormats.Extension(format),
                    FileBytes = file.Length,
                    command.DryRun,
                    Mode = command.DryRun ? null : ImportMode.Parse(command.Mode),
                    TotalRows = rows,
                    IgnoredColumns = ignored.Count == 0 ? null : string.Join(',', ignored),
                    ActorType = actor.Type,
                    ActorId = actor.Id,
                    ActorName = actor.Name,
                    ActorRole = actor.Role,
                    Now = clock.GetUtcNow(),
                }, ct);
                File.Move(temp, ImportFiles.PathFor(directory, id), overwrite: true);
                kept = true;
                return ImportSql.ToResponse(await ImportSql.LoadAsync(db, id, ct), progress, kinds);
            }
            finally
            {
                if (!kept) File.Delete(temp);
            }
        }

        /// <summary>
        /// Reads the whole file once: header (400 if unusable), structure (400 if broken), data rows. An
        /// XLSX was read through by the checks of <see cref="TabularFormats.Sniff(string, string, out int?)"/>,
        /// which counted its rows: only its header is read here (the worker reads the rest).
        /// </summary>
        private static (int Rows, List<string> Ignored) Inspect(IImportKind kind, string path, TabularFormat format, int? filledRows)
        {
            List<string>? ignored = null;
            var rows = 0;
            foreach (var record in TabularFormats.Read(path, format))
            {
                if (ignored is null)
                {
                    if (record.RowNumber != 1)
                        throw new MalformedFileException("Row 1 must be the header row with the column names of the template.");
                    ignored = ImportSql.MapHeader(kind, record.Values).Ignored;
                    if (filledRows is { } filled)
                    {
                        rows = filled - 1;
                        break;
                    }
                    continue;
                }
                if (!ImportSql.IsNote(record)) rows++;
            }
            if (ignored is null) throw new MalformedFileException("The file is empty: it has no header row.");
            if (rows == 0) throw new MalformedFileException("The file has no data rows below the header.");
            return (rows, ignored);
        }
    }
}
