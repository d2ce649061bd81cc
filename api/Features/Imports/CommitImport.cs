using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Texts;
using Microsoft.AspNetCore.Mvc;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using Microsoft.Extensions.Options;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Imports;

/// <summary>
/// Commits a dry run without a second upload: a new job (dryRun false) over the file the dry run
/// kept, linked to it by SourceJobId. Only a dry run that succeeded without row errors, whose file
/// is still kept, and only once: the If-Match version makes two requests with the same ETag
/// produce one commit (the dry run's version moves with it).
/// </summary>
public static class CommitImport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/commit", async (string id, ExpectedVersion version, [FromQuery] string? mode, ISender sender, ImportQueue queue,
                CancellationToken ct) =>
            {
                var job = await sender.Send(new Command(ImportSql.ParseId(id), version, mode), ct);
                queue.Enqueue(job);
                return TypedResults.Accepted($"/api/v1/imports/{job.Id}", job);
            })
        .WithName(nameof(CommitImport))
        .WithSummary("Commit a dry run without uploading the file again (If-Match required)")
        .WithDescription("""
            If-Match: the ETag of the dry run as read from GET /api/v1/imports/{id}. Answers 202 with the new commit job
            (dryRun false, sourceJobId = the dry run) and its Location; poll it as any import. The dry run must have
            succeeded, and its file is kept for Imports:KeepDryRunFileHours (24 by default) after it. mode=all_or_nothing
            (default) needs a dry run without row errors; mode=valid_rows_only writes the valid rows and leaves the
            invalid ones (their spreadsheet: GET /api/v1/imports/{id}/errors).
            409 codes: already_committed (existingId = the commit job), not_a_dry_run, dry_run_unfinished,
            dry_run_failed, dry_run_has_errors, no_valid_rows, file_expired (upload the file again).
            """)
        .Produces<ImportJobResponse>(StatusCodes.Status202Accepted)
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="Id">The dry run.</param>
    /// <param name="ExpectedVersion">Its version from If-Match.</param>
    /// <param name="Mode">all_or_nothing (default) or valid_rows_only.</param>
    public sealed record Command(int Id, int ExpectedVersion, string? Mode = null) : ICommand<ImportJobResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Mode).Must(m => ImportMode.Parse(m) is not null)
            .WithErrorCode("import_mode_invalid").WithMessage(_ => ServerTexts.Get("import.mode_invalid"));
    }

    public sealed class Handler(DbSession db, CurrentActor actor, TimeProvider clock, IOptions<ImportOptions> options,
        ImportProgress progress, IEnumerable<IImportKind> kinds) : ICommandHandler<Command, ImportJobResponse>
    {
        // First statement of the transaction: a second request with the same ETag waits here for the
        // first one and then finds the version moved (no read lock taken before it, so no deadlock).
        private const string ClaimSql = "UPDATE ImportJobs SET Version = Version + 1 WHERE Id = @Id AND Version = @ExpectedVersion";

        private const string InsertSql = """
            INSERT INTO ImportJobs (Kind, FileName, Format, FileBytes, DryRun, Status, TotalRows, ProcessedRows, CreatedCount,
                UpdatedCount, UnchangedCount, ErrorCount, Errors, IgnoredColumns, Message, ActorType, ActorId, ActorName, ActorRole,
                CreatedAt, Version, SourceJobId, Mode)
            SELECT Kind, FileName, Format, FileBytes, 0, 'queued', TotalRows, 0, 0, 0, 0, 0, '[]', IgnoredColumns, NULL,
                @ActorType, @ActorId, @ActorName, @ActorRole, @Now, 1, Id, @Mode
            FROM ImportJobs
            WHERE Id = @SourceId
            """;

        public async ValueTask<ImportJobResponse> Handle(Command command, CancellationToken ct)
        {
            var claimed = await db.ExecuteAsync(ClaimSql, new { command.Id, command.ExpectedVersion }, ct) == 1;
            var source = await ImportSql.LoadAsync(db, command.Id, ct);
            var id = command.Id.ToString(CultureInfo.InvariantCulture);
            if (source.CommittedByJobId is { } commitId)
                throw new ConflictException("already_committed",
                    $"Dry run {id} has already been committed by import {commitId}; see that job for the result.", "Already committed")
                {
                    Extensions = { ["existingId"] = commitId.ToString(CultureInfo.InvariantCulture) },
                };
            if (!source.DryRun)
                throw new ConflictException("not_a_dry_run", $"Import {id} is a commit, not a dry run; only a dry run can be committed.");
            if (ImportStatus.Unfinished.Contains(source.Status))
                throw new ConflictException("dry_run_unfinished",
                    $"Dry run {id} is still {source.Status}; commit it once it has succeeded.");
            if (source.Status == ImportStatus.Failed)
                throw new ConflictException("dry_run_failed", $"Dry run {id} failed, so there is nothing to commit. Correct the file and upload it again.");
            var mode = ImportMode.Parse(command.Mode)!;
            if (source.ErrorCount > 0 && mode == ImportMode.AllOrNothing)
                throw new ConflictException("dry_run_has_errors",
                    ServerTexts.Get("import.dry_run_has_errors", ("id", id), ("count", source.ErrorCount)));
            if (mode == ImportMode.ValidRowsOnly && source.CreatedCount + source.UpdatedCount + source.UnchangedCount == 0)
                throw new ConflictException("no_valid_rows", ServerTexts.Get("import.no_valid_rows", ("id", id)));
            if (!claimed) throw new PreconditionFailedException("Import", id);

            var directory = options.Value.ResolveDirectory();
            var file = ImportFiles.PathFor(directory, source.Id);
            var now = clock.GetUtcNow();
            if (ImportFiles.KeptUntil(source, options.Value) is not { } until || until <= now || !File.Exists(file))
                throw new ConflictException("file_expired",
                    $"The file of dry run {id} is no longer kept (files are kept {options.Value.KeepDryRunFileHours} hours after a dry run). Upload the file again.",
                    "File no longer kept");

            var commitJobId = await db.InsertAsync(InsertSql, new
            {
                SourceId = source.Id,
                Mode = mode,
                ActorType = actor.Type,
                ActorId = actor.Id,
                ActorName = actor.Name,
                ActorRole = actor.Role,
                Now = now,
            }, ct);
            // A copy, not a move: if the transaction rolls back, the dry run still has its file. The worker's
            // clean-up deletes the dry run's copy once this commit is visible.
            var copy = ImportFiles.PathFor(directory, commitJobId);
            File.Delete(copy); // left over from a rolled-back commit with the same id
            ImportFiles.CopyPrivate(file, copy);
            return ImportSql.ToResponse(await ImportSql.LoadAsync(db, commitJobId, ct), progress, kinds);
        }
    }
}
