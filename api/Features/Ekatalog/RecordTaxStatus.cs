using MedanUmkm.Api.Infrastructure.Pipeline;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Features.Businesses;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// Records a tax status confirmation (KSWP) check of a business. The latest check counts: it is
/// current when valid, until the next annual return deadline (31 March individuals, 30 April entities). Readiness is recomputed.
/// </summary>
public static class RecordTaxStatus
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/tax-status", async (string id, [FromBody] Input body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(BusinessSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/businesses/{created.BusinessId}/tax-status", created);
            })
        .WithName(nameof(RecordTaxStatus))
        .WithSummary("Record a tax status confirmation (KSWP) check")
        .WithDescription("The latest check counts: current when valid, until the next annual return deadline (31 March individuals, 30 April entities). Recomputes readiness.")
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="Status" example="valid">valid or invalid, as DJP's KSWP answered.</param>
    /// <param name="CheckedOn" example="2026-10-01">Date of the check (not in the future).</param>
    /// <param name="Reference" example="KSWP-2026-10-000123">Reference of the confirmation letter or screen.</param>
    public sealed record Input(TaxStatus? Status, DateOnly? CheckedOn, string? Reference);

    public sealed record Command(int BusinessId, Input Body) : ICommand<TaxStatusResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Body).NotNull();
            RuleFor(c => c.Body.Status).NotNull().IsInEnum().When(c => c.Body is not null);
            RuleFor(c => c.Body.CheckedOn).NotNull()
                .FromUntilToday(new DateOnly(2000, 1, 1), clock)
                .When(c => c.Body is not null)
                .WithMessage("checkedOn must be a date between 2000-01-01 and today.");
            RuleFor(c => c.Body.Reference).MaximumLength(100).When(c => c.Body is not null);
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, CurrentActor actor, TimeProvider clock, BusinessChanges changes)
        : ICommandHandler<Command, TaxStatusResponse>
    {
        private const string InsertSql = """
            INSERT INTO TaxStatusChecks (BusinessId, Status, CheckedOn, Reference, RecordedAt, RecordedById, RecordedByName)
            VALUES (@BusinessId, @Status, @CheckedOn, @Reference, @Now, @ActorId, @ActorName)
            """;
        private const string ByIdSql = """
            SELECT t.Id, t.BusinessId, t.Status, t.CheckedOn, t.Reference, t.RecordedAt, t.RecordedByName, b.LegalForm
            FROM TaxStatusChecks t JOIN Businesses b ON b.Id = t.BusinessId WHERE t.Id = @Id
            """;

        public async ValueTask<TaxStatusResponse> Handle(Command command, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, command.BusinessId, ct);
            var id = await db.InsertAsync(InsertSql, new
            {
                command.BusinessId,
                Status = EnumText.Of(command.Body.Status!.Value),
                CheckedOn = command.Body.CheckedOn!.Value,
                Reference = string.IsNullOrWhiteSpace(command.Body.Reference) ? null : command.Body.Reference.Trim(),
                Now = clock.GetUtcNow(),
                ActorId = actor.Id,
                ActorName = actor.Name,
            }, ct);
            changes.Touch(command.BusinessId);
            var created = (await db.QuerySingleOrDefaultAsync<TaxStatusRow>(ByIdSql, new { Id = id }, ct))!.ToResponse();
            await audit.RecordAsync("business", command.BusinessId.ToString(CultureInfo.InvariantCulture), "tax_status_recorded", null, created, ct);
            return created;
        }
    }
}
