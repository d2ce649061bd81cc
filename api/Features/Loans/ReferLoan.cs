using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Records that the office referred a business to a bank for a loan.</summary>
public static class ReferLoan
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPost("/", async (LoanReferralInput body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new Command(body), ct);
                return TypedResults.Created($"/api/v1/loan-referrals/{created.Id}", created);
            })
        .WithName(nameof(ReferLoan))
        .WithSummary("Refer a business to a bank for a loan")
        .WithDescription("Starts in status referred. A deactivated business is a 409.")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .RequireAuthorization(Policies.LoansWrite);

    public sealed record Command(LoanReferralInput Body) : ICommand<LoanReferralResponse>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => RuleFor(c => c.Body).NotNull().SetValidator(new LoanReferralInputValidator(clock));
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<Command, LoanReferralResponse>
    {
        private const string InsertSql = """
            INSERT INTO LoanReferrals (BusinessId, Bank, Product, AmountRequestedIdr, Purpose, Status, ReferredOn, CreatedAt, UpdatedAt, Version)
            VALUES (@BusinessId, @Bank, @Product, @AmountRequestedIdr, @Purpose, 'referred', @ReferredOn, @Now, @Now, 1)
            """;

        public async ValueTask<LoanReferralResponse> Handle(Command command, CancellationToken ct)
        {
            var input = command.Body;
            var businessId = int.TryParse(input.BusinessId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            var status = businessId <= 0 ? null
                : await db.QuerySingleOrDefaultAsync<string>("SELECT Status FROM Businesses WHERE Id = @Id", new { Id = businessId }, ct);
            if (status is null) throw new FieldValidationException("businessId", ServerTexts.Get("business_not_found_field", ("businessId", input.BusinessId)));
            if (status != "active")
                throw new ConflictException("business_inactive", ServerTexts.Get("loan.business_inactive", ("businessId", input.BusinessId)));
            var now = clock.GetUtcNow();
            var referredOn = input.ReferredOn ?? OfficeTime.DateOf(now);
            await LoanCeilings.EnsureWithinAsync(db, input.Product!.Value, input.AmountRequestedIdr, referredOn, ct);
            var id = await db.InsertAsync(InsertSql, new
            {
                BusinessId = businessId, Bank = EnumText.Of(input.Bank!.Value), Product = EnumText.Of(input.Product!.Value),
                input.AmountRequestedIdr, Purpose = input.Purpose.Trim(),
                ReferredOn = referredOn, Now = now,
            }, ct);
            var created = await LoanSql.LoadAsync(db, id, ct);
            await audit.RecordAsync("loan_referral", created.Id, "referred", null, created, ct);
            return created;
        }
    }
}
