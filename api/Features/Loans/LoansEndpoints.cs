using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Route table of /api/v1/loan-referrals, /api/v1/loan-reports and /api/v1/businesses/{id}/loan-referrals.</summary>
public sealed class LoansEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/loan-referrals").WithTags("Loan referrals");

        group.MapGet("/", async ([AsParameters] ListLoanReferrals.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListLoanReferrals))
            .WithSummary("List loan referrals")
            .WithDescription("Paging, sort, and filters by business, bank, product and status.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var found = await sender.Send(new GetLoanReferral.Query(LoanSql.ParseId(id)), ct);
                ETags.Set(http, found.Version);
                return TypedResults.Ok(found);
            })
            .WithName(nameof(GetLoanReferral))
            .WithSummary("Read one loan referral (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/", async ([FromBody] LoanReferralInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new ReferLoan.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/loan-referrals/{created.Id}", created);
            })
            .WithName(nameof(ReferLoan))
            .WithSummary("Refer a business to a bank for a loan")
            .WithDescription("Starts in status referred. A deactivated business is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPost("/{id}/status", async (string id, [FromBody] ChangeLoanStatus.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var loanId = LoanSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Loan referral", id, "LoanReferrals", loanId);
                var changed = await sender.Send(new ChangeLoanStatus.Command(loanId, version, body), ct);
                ETags.Set(http, changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName(nameof(ChangeLoanStatus))
            .WithSummary("Move a loan referral to its next status (If-Match required)")
            .WithDescription("referred -> submitted -> approved | rejected; approved -> disbursed. Any other move is a 409 naming the allowed ones. " +
                             "approved needs 0 < amountApprovedIdr <= requested; disbursed needs 0 < amountDisbursedIdr <= approved.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        var reports = app.MapGroup("/loan-reports").WithTags("Loan reports");

        reports.MapGet("/approval-rates", async ([AsParameters] LoanApprovalRatesReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(LoanApprovalRatesReport))
            .WithSummary("Referrals and approval rate per bank and product")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/disbursed-by-quarter", async ([AsParameters] LoanDisbursementsByQuarterReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(LoanDisbursementsByQuarterReport))
            .WithSummary("Loans disbursed per quarter of a year")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        app.MapGroup("/businesses").WithTags("Loan referrals")
            .MapGet("/{id}/loan-referrals", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBusinessLoanReferrals.Query(BusinessSql.ParseId(id)), ct)))
            .WithName(nameof(ListBusinessLoanReferrals))
            .WithSummary("Loan referrals of a business")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);
    }
}
