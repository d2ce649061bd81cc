using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Loans;

/// <summary>Pages through loan referrals; only the filters given become SQL conditions.</summary>
public static class ListLoanReferrals
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListLoanReferrals))
        .WithSummary("List loan referrals")
        .WithDescription("Paging, sort, and filters by business, bank, product and status.")
        .RequireAuthorization(Policies.LoansRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-referredOn">referredOn, amountRequested, createdAt; prefix - for descending.</param>
    /// <param name="BusinessId" example="42">One business.</param>
    /// <param name="Bank" example="bri">Bank.</param>
    /// <param name="Product" example="kur_micro">Loan product.</param>
    /// <param name="Status" example="approved">referred, submitted, approved, rejected or disbursed.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? BusinessId = null, string? Bank = null,
        string? Product = null, string? Status = null) : IQuery<PagedResponse<LoanReferralResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["referredOn"] = "l.ReferredOn", ["amountRequested"] = "l.AmountRequestedIdr", ["createdAt"] = "l.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.BusinessId).Must(g => int.TryParse(g, CultureInfo.InvariantCulture, out var v) && v > 0).When(q => q.BusinessId is not null)
                .WithText("must_be_business_id");
            RuleFor(q => q.Bank).IsEnumText<Query, LoanBank>().When(q => q.Bank is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<LoanBank>()));
            RuleFor(q => q.Product).IsEnumText<Query, LoanProduct>().When(q => q.Product is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<LoanProduct>()));
            RuleFor(q => q.Status).IsEnumText<Query, LoanStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<LoanStatus>()));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<LoanReferralResponse>>
    {
        public async ValueTask<PagedResponse<LoanReferralResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            void Eq(object? value, string column, string name)
            {
                if (value is null) return;
                conditions.Add($"{column} = @{name}");
                args.Add(name, value);
            }
            Eq(query.BusinessId is null ? null : int.Parse(query.BusinessId, CultureInfo.InvariantCulture), "l.BusinessId", "BusinessId");
            Eq(query.Bank, "l.Bank", "Bank");
            Eq(query.Product, "l.Product", "Product");
            Eq(query.Status, "l.Status", "Status");
            var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
            var sql = $"{LoanSql.Select}\n{where}\n{query.OrderBy(SortColumns, "-referredOn", "l.Id")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM LoanReferrals l {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<LoanReferralRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<LoanReferralResponse>(rows.Select(LoanMapper.ToResponse).ToList(), query.Page, query.PageSize, total);
        }
    }
}
