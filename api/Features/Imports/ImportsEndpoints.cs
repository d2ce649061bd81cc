using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Tabular;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>Route table of /api/v1/imports.</summary>
public sealed class ImportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/imports").WithTags("Imports");

        group.MapPost("/", async (HttpContext http, ISender sender, ImportQueue queue, CancellationToken ct) =>
            {
                var command = await StartImport.ReadUploadAsync(http, ct);
                var job = await sender.Send(command, ct);
                queue.Enqueue(int.Parse(job.Id, System.Globalization.CultureInfo.InvariantCulture));
                return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
            })
            .WithName(nameof(StartImport))
            .WithSummary("Upload a CSV or XLSX file to import (dry run or commit)")
            .WithDescription("""
                Multipart form: file (.csv UTF-8 or .xlsx, at most 20 MB), kind (businesses), dryRun (true by default).
                Answers 202 with the job and its Location; poll GET /api/v1/imports/{id} until status is succeeded or failed.
                A dry run validates every row with the API's own rules and counts what would be created, updated or left
                unchanged; a commit (dryRun=false) writes all rows in one transaction, or nothing if any row is invalid.
                Rows are matched by the first template column (NIB for businesses). Re-importing the same file changes nothing.
                """)
            // "*/*" beside multipart: the content-type matcher would otherwise answer other bodies from
            // an endpoint without a policy (403 by the fallback policy) instead of the handler's 415.
            .Accepts<StartImport.Upload>("multipart/form-data", "*/*")
            .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(TabularFormats.MaxUploadBytes + StartImport.FormOverheadBytes))
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/", async ([AsParameters] ListImports.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListImports))
            .WithSummary("List import jobs (the import history), newest first")
            .WithDescription("""
                Paging, sort (createdAt, -createdAt) and filters status, kind and dryRun. Each job without its row errors:
                read GET /api/v1/imports/{id} for those. A dry run names the job that committed it (committedByJobId),
                a commit made from a dry run names that dry run (sourceJobId).
                """)
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var job = await sender.Send(new GetImport.Query(ImportSql.ParseId(id)), ct);
                ETags.Set(http, job.Version);
                return TypedResults.Ok(job);
            })
            .WithName(nameof(GetImport))
            .WithSummary("Read an import job: status, percentage, counts and the row errors (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPost("/{id}/commit", async (string id, HttpContext http, ISender sender, ImportQueue queue, CancellationToken ct) =>
            {
                var dryRunId = ImportSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Import", id, "ImportJobs", dryRunId);
                var job = await sender.Send(new CommitImport.Command(dryRunId, version), ct);
                queue.Enqueue(int.Parse(job.Id, System.Globalization.CultureInfo.InvariantCulture));
                ETags.Set(http, job.Version);
                return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
            })
            .WithName(nameof(CommitImport))
            .WithSummary("Commit a dry run without uploading the file again (If-Match required)")
            .WithDescription("""
                If-Match: the ETag of the dry run as read from GET /api/v1/imports/{id}. Answers 202 with the new commit job
                (dryRun false, sourceJobId = the dry run) and its Location; poll it as any import. The dry run must have
                succeeded without row errors, and its file is kept for Imports:KeepDryRunFileHours (24 by default) after it.
                409 codes: already_committed (existingId = the commit job), not_a_dry_run, dry_run_unfinished,
                dry_run_failed, dry_run_has_errors, file_expired (upload the file again).
                """)
            .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/templates/{kind}", async (string kind, string? format, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new GetImportTemplate.Query(kind, format), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName(nameof(GetImportTemplate))
            .WithSummary("Download the empty import spreadsheet (format=csv or xlsx) with its columns documented")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffWrite);
    }
}
