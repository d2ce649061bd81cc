using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using Mediator;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Moves a business one step in the e-katalog workflow (If-Match of the business). Only the
/// allowed steps (409 naming them); submitting a business that is not ready is a 409 naming what
/// is missing. Each step is kept as a dated history entry with who made it; the business's
/// version moves on.
/// </summary>
public static class TransitionEkatalog
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/ekatalog-transitions", async (string id, ExpectedVersion version, [FromBody] Input body, ISender sender, CancellationToken ct) =>
            {
                var entry = await sender.Send(new Command(BusinessSql.ParseId(id), version, body), ct);
                return TypedResults.Created($"/api/v1/businesses/{entry.BusinessId}/ekatalog-transitions", entry);
            })
        .WithName(nameof(TransitionEkatalog))
        .WithSummary("Move a business in the e-katalog workflow (If-Match of the business required)")
        .WithDescription("not_started -> preparing -> submitted -> listed; submitted -> rejected (reason) -> preparing; " +
                         "listed -> delisted (reason) -> preparing; preparing -> not_started. Other steps are a 409 naming the allowed ones; " +
                         "submitting a business that is not ready is a 409 naming what is missing. The response ETag is the business's new version.")
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="To" example="submitted">The new e-katalog status.</param>
    /// <param name="Reason" example="Foto produk belum sesuai ketentuan LKPP">Required for rejected and delisted.</param>
    public sealed record Input(EkatalogStatus? To, string? Reason);

    public sealed record Command(int BusinessId, int ExpectedVersion, Input Body) : ICommand<EkatalogTransitionResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.To).NotNull().IsInEnum().When(c => c.Body is not null);
            RuleFor(c => c.Body.Reason).NotEmpty().When(c => c.Body?.To is { } to && EkatalogWorkflow.NeedsReason(to))
                .WithMessage("reason is required when rejecting or delisting.");
            RuleFor(c => c.Body.Reason).MaximumLength(1000).When(c => c.Body is not null);
        }
    }

    public sealed class Current
    {
        public string EkatalogStatus { get; init; } = "";
        public int Version { get; init; }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, EkatalogTransitionResponse>
    {
        // The version moves first: the row is locked for this transaction before anything is
        // read, so two concurrent steps on one business cannot both pass (the second gets 412).
        private const string ClaimSql = """
            UPDATE Businesses SET Version = Version + 1, UpdatedAt = @Now WHERE Id = @Id AND Version = @ExpectedVersion
            """;
        private const string CurrentSql = "SELECT EkatalogStatus, Version FROM Businesses WHERE Id = @Id";
        private const string SetStatusSql = "UPDATE Businesses SET EkatalogStatus = @To WHERE Id = @Id";
        private const string InsertSql = """
            INSERT INTO EkatalogTransitions (BusinessId, FromStatus, ToStatus, Reason, OccurredAt, ActorType, ActorId, ActorName, BusinessVersion)
            VALUES (@BusinessId, @FromStatus, @ToStatus, @Reason, @OccurredAt, @ActorType, @ActorId, @ActorName, @BusinessVersion)
            """;

        public async ValueTask<EkatalogTransitionResponse> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = command.BusinessId;
            if (await db.ExecuteAsync(ClaimSql, new { Id = id, command.ExpectedVersion, Now = now }, ct) == 0)
            {
                await BusinessSql.EnsureExistsAsync(db, id, ct);
                throw new PreconditionFailedException("Business", id.ToString(CultureInfo.InvariantCulture));
            }
            var current = (await db.QuerySingleOrDefaultAsync<Current>(CurrentSql, new { Id = id }, ct))!;
            var from = EnumText.Parse<EkatalogStatus>(current.EkatalogStatus);
            var to = command.Body.To!.Value;
            if (!EkatalogWorkflow.IsAllowed(from, to))
            {
                var allowed = EkatalogWorkflow.Allowed[from].Select(EnumText.Of).ToArray();
                throw new ConflictException("invalid_transition",
                    $"The e-katalog status cannot go from {EnumText.Of(from)} to {EnumText.Of(to)}. Allowed from {EnumText.Of(from)}: {string.Join(", ", allowed)}.",
                    "Invalid e-katalog transition")
                {
                    Extensions = { ["from"] = EnumText.Of(from), ["allowed"] = allowed },
                };
            }
            if (to == EkatalogStatus.Submitted)
            {
                var readiness = await Readiness.RecomputeAsync(db, clock, id, ct);
                if (readiness is { IsReady: false })
                {
                    var missing = readiness.Requirements.Where(r => r.Status == RequirementStatus.Missing).ToList();
                    throw new ConflictException("not_ready",
                        $"The business is not ready for the e-katalog; missing: {string.Join(", ", missing.Select(m => m.Code))}. " +
                        string.Join(" ", missing.Select(m => m.Reason)),
                        "Not ready for the e-katalog")
                    {
                        Extensions = { ["missing"] = missing.Select(m => m.Code).ToArray(), ["requirements"] = missing },
                    };
                }
            }
            await db.ExecuteAsync(SetStatusSql, new { Id = id, To = EnumText.Of(to) }, ct);
            var transitionId = await db.InsertAsync(InsertSql, new
            {
                BusinessId = id, FromStatus = EnumText.Of(from), ToStatus = EnumText.Of(to),
                Reason = string.IsNullOrWhiteSpace(command.Body.Reason) ? null : command.Body.Reason.Trim(),
                OccurredAt = now, ActorType = actor.Type, ActorId = actor.Id, ActorName = actor.Name, BusinessVersion = current.Version,
            }, ct);
            var entry = new EkatalogTransitionResponse
            {
                Id = transitionId.ToString(CultureInfo.InvariantCulture), BusinessId = id.ToString(CultureInfo.InvariantCulture), From = from, To = to,
                Reason = string.IsNullOrWhiteSpace(command.Body.Reason) ? null : command.Body.Reason.Trim(),
                OccurredAt = now, ActorType = actor.Type, ActorId = actor.Id, ActorName = actor.Name, BusinessVersion = current.Version,
            };
            await audit.RecordAsync("business", id.ToString(CultureInfo.InvariantCulture), "ekatalog_" + EnumText.Of(to),
                new { ekatalogStatus = EnumText.Of(from) }, new { ekatalogStatus = EnumText.Of(to), reason = entry.Reason }, ct);
                audit.Events.Raise("ekatalog.status_changed", "business", entry.BusinessId, new { businessId = entry.BusinessId, from = EnumText.Of(from), to = EnumText.Of(to) });
            return entry;
        }
    }
}
