using MedanUmkm.Api.Infrastructure.Texts;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>
/// Moves a referral along referred -> submitted -> approved | rejected, approved -> disbursed (If-Match).
/// Approval needs 0 &lt; amountApprovedIdr &lt;= requested; disbursement needs 0 &lt; amountDisbursedIdr &lt;= approved.
/// </summary>
public static class ChangeLoanStatus
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/{id}/status", (string id, ExpectedVersion version, Body body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(LoanSql.ParseId(id), version, body), ct))
        .WithName(nameof(ChangeLoanStatus))
        .WithSummary("Move a loan referral to its next status (If-Match required)")
        .WithDescription("referred -> submitted -> approved | rejected; approved -> disbursed. Any other move is a 409 naming the allowed ones. " +
                         "approved needs 0 < amountApprovedIdr <= requested; disbursed needs 0 < amountDisbursedIdr <= approved.")
        .RequireAuthorization(Policies.LoansWrite);

    /// <param name="To" example="approved">submitted, approved, rejected or disbursed.</param>
    /// <param name="On" example="2026-03-01">Date of the event (default today); not before the previous step, not in the future.</param>
    /// <param name="AmountApprovedIdr" example="50000000">Required for approved.</param>
    /// <param name="AmountDisbursedIdr" example="50000000">Required for disbursed.</param>
    /// <param name="Reason" example="Agunan tidak mencukupi">Why the bank rejected (optional).</param>
    public sealed record Body(LoanStatus? To, DateOnly? On, long? AmountApprovedIdr, long? AmountDisbursedIdr, string? Reason);

    public sealed record Command(int Id, int ExpectedVersion, Body Body) : ICommand<LoanReferralResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.To).NotNull().IsInEnum().OverridePropertyName("to");
            RuleFor(c => c.Body.AmountApprovedIdr).NotNull().GreaterThan(0).When(c => c.Body.To == LoanStatus.Approved)
                .OverridePropertyName("amountApprovedIdr").WithText("loan.amount_needed_to_approve");
            RuleFor(c => c.Body.AmountDisbursedIdr).NotNull().GreaterThan(0).When(c => c.Body.To == LoanStatus.Disbursed)
                .OverridePropertyName("amountDisbursedIdr").WithText("loan.amount_needed_to_disburse");
            RuleFor(c => c.Body.Reason).MaximumLength(500).OverridePropertyName("reason");
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, LoanReferralResponse>
    {
        private const string UpdateSql = """
            UPDATE LoanReferrals SET Status = @Status, SubmittedOn = @SubmittedOn, DecidedOn = @DecidedOn,
                AmountApprovedIdr = @AmountApprovedIdr, DisbursedOn = @DisbursedOn, AmountDisbursedIdr = @AmountDisbursedIdr,
                RejectionReason = @RejectionReason, UpdatedAt = @Now, Version = Version + 1
            WHERE Id = @Id AND Version = @ExpectedVersion
            """;

        public async ValueTask<LoanReferralResponse> Handle(Command command, CancellationToken ct)
        {
            var b = await LoanSql.LoadAsync(db, command.Id, ct);
            if (b.Version != command.ExpectedVersion) throw new PreconditionFailedException("Loan referral", b.Id);
            var to = command.Body.To!.Value;
            var allowed = LoanStatusFlow.Allowed[b.Status];
            if (!allowed.Contains(to))
                throw new ConflictException("invalid_transition", allowed.Length == 0
                    ? ServerTexts.Get("loan.status_final", ("id", b.Id), ("status", new ServerTextRef("loan.status." + EnumText.Of(b.Status))))
                    : ServerTexts.Get("loan.invalid_transition", ("id", b.Id), ("status", new ServerTextRef("loan.status." + EnumText.Of(b.Status))),
                        ("allowed", allowed.Select(s => new ServerTextRef("loan.status." + EnumText.Of(s))).ToArray())))
                {
                    Extensions = { ["allowed"] = allowed.Select(EnumText.Of).ToArray() },
                };
            var now = clock.GetUtcNow();
            var today = OfficeTime.DateOf(now);
            var on = command.Body.On ?? today;
            if (on > today) throw new FieldValidationException("on", ServerTexts.Get("date_in_future"));
            var previous = b.DisbursedOn ?? b.DecidedOn ?? b.SubmittedOn ?? b.ReferredOn;
            if (on < previous) throw new FieldValidationException("on", ServerTexts.Get("loan.date_before_previous", ("previous", previous)));
            var (submittedOn, decidedOn, approved, disbursedOn, disbursed, reason) =
                (b.SubmittedOn, b.DecidedOn, b.AmountApprovedIdr, b.DisbursedOn, b.AmountDisbursedIdr, b.RejectionReason);
            switch (to)
            {
                case LoanStatus.Submitted:
                    submittedOn = on;
                    break;
                case LoanStatus.Approved:
                    if (command.Body.AmountApprovedIdr > b.AmountRequestedIdr)
                        throw new FieldValidationException("amountApprovedIdr",
                            ServerTexts.Get("loan.approved_above_requested", ("amount", b.AmountRequestedIdr)));
                    (decidedOn, approved) = (on, command.Body.AmountApprovedIdr);
                    break;
                case LoanStatus.Rejected:
                    (decidedOn, reason) = (on, string.IsNullOrWhiteSpace(command.Body.Reason) ? null : command.Body.Reason.Trim());
                    break;
                case LoanStatus.Disbursed:
                    if (command.Body.AmountDisbursedIdr > b.AmountApprovedIdr)
                        throw new FieldValidationException("amountDisbursedIdr",
                            ServerTexts.Get("loan.disbursed_above_approved", ("amount", b.AmountApprovedIdr)));
                    (disbursedOn, disbursed) = (on, command.Body.AmountDisbursedIdr);
                    break;
            }
            var changed = await db.ExecuteAsync(UpdateSql, new
            {
                command.Id, command.ExpectedVersion, Status = EnumText.Of(to), SubmittedOn = submittedOn, DecidedOn = decidedOn,
                AmountApprovedIdr = approved, DisbursedOn = disbursedOn, AmountDisbursedIdr = disbursed, RejectionReason = reason, Now = now,
            }, ct);
            if (changed == 0) throw new PreconditionFailedException("Loan referral", b.Id);
            var after = await LoanSql.LoadAsync(db, command.Id, ct);
            await audit.RecordAsync("loan_referral", after.Id, EnumText.Of(to), b, after, ct);
            audit.Events.Raise("loan.status_changed", "loan_referral", after.Id, new { loanReferralId = after.Id, businessId = after.BusinessId, from = EnumText.Of(b.Status), to = EnumText.Of(after.Status) });
            return after;
        }
    }
}
