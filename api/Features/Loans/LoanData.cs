using System.Globalization;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Riok.Mapperly.Abstractions;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>A LoanReferrals row (with the business's name) as read by <see cref="LoanSql.Select"/>.</summary>
public sealed class LoanReferralRow
{
    public int Id { get; init; }
    public int BusinessId { get; init; }
    public string BusinessName { get; init; } = "";
    public string Bank { get; init; } = "";
    public string Product { get; init; } = "";
    public long AmountRequestedIdr { get; init; }
    public string Purpose { get; init; } = "";
    public string Status { get; init; } = "";
    public DateOnly ReferredOn { get; init; }
    public DateOnly? SubmittedOn { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public long? AmountApprovedIdr { get; init; }
    public DateOnly? DisbursedOn { get; init; }
    public long? AmountDisbursedIdr { get; init; }
    public string? RejectionReason { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}

[Mapper]
public static partial class LoanMapper
{
    public static partial LoanReferralResponse ToResponse(LoanReferralRow row);

    public static LoanBank ToBank(string s) => EnumText.Parse<LoanBank>(s);
    public static LoanProduct ToProduct(string s) => EnumText.Parse<LoanProduct>(s);
    public static LoanStatus ToStatus(string s) => EnumText.Parse<LoanStatus>(s);
}

/// <summary>SQL and reads shared by the loan referral use cases.</summary>
public static class LoanSql
{
    public const string Select = """
        SELECT l.Id, l.BusinessId, b.Name AS BusinessName, l.Bank, l.Product, l.AmountRequestedIdr, l.Purpose, l.Status,
               l.ReferredOn, l.SubmittedOn, l.DecidedOn, l.AmountApprovedIdr, l.DisbursedOn, l.AmountDisbursedIdr,
               l.RejectionReason, l.CreatedAt, l.UpdatedAt, l.Version
        FROM LoanReferrals l
        JOIN Businesses b ON b.Id = l.BusinessId
        """;

    private const string ById = Select + "\nWHERE l.Id = @Id";

    public static int ParseId(string id) => RouteIds.Parse(id, "Loan referral");

    public static async Task<LoanReferralResponse> LoadAsync(DbSession db, int id, CancellationToken ct) =>
        LoanMapper.ToResponse(await db.QuerySingleOrDefaultAsync<LoanReferralRow>(ById, new { Id = id }, ct)
                              ?? throw new NotFoundException("Loan referral", id.ToString(CultureInfo.InvariantCulture)));
}
