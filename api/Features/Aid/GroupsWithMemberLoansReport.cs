using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Groups;
using MedanUmkm.Api.Features.Loans;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>
/// "Which groups got equipment this year, worth how much, and which of their members also got a
/// loan": groups with aid delivered (handed over) in the year, the value and what it was, and the
/// current members whose loan referral was approved or disbursed (at any time), with those loans.
/// </summary>
public static class GroupsWithMemberLoansReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/groups-with-member-loans", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(GroupsWithMemberLoansReport))
        .WithSummary("Groups that got aid in a year, its value, and which members also got a bank loan")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Year" example="2026">Calendar year of the handover (default: this year).</param>
    public sealed record Query(int? Year = null) : IQuery<Response>;

    public sealed record Response(int Year, int Groups, long TotalValueIdr, int MembersWithLoans, IReadOnlyList<GroupLine> Items);

    public sealed record GroupLine(string GroupId, string Name, GroupKind Kind, string KecamatanCode, string KecamatanName,
        int MemberCount, long TotalValueIdr, IReadOnlyList<Distribution> Distributions, IReadOnlyList<MemberWithLoans> MembersWithLoans);

    public sealed record Distribution(string Id, string Programme, int BudgetYear, DateOnly HandedOverOn, long TotalValueIdr,
        IReadOnlyList<AidItemResponse> Items);

    public sealed record MemberWithLoans(string BusinessId, string Name, IReadOnlyList<Loan> Loans);

    public sealed record Loan(string Id, LoanBank Bank, LoanProduct Product, LoanStatus Status, long AmountRequestedIdr,
        long? AmountApprovedIdr, long? AmountDisbursedIdr, DateOnly? DecidedOn, DateOnly? DisbursedOn);

    public sealed class LoanRow
    {
        public int GroupId { get; init; }
        public int BusinessId { get; init; }
        public string BusinessName { get; init; } = "";
        public int Id { get; init; }
        public string Bank { get; init; } = "";
        public string Product { get; init; } = "";
        public string Status { get; init; } = "";
        public long AmountRequestedIdr { get; init; }
        public long? AmountApprovedIdr { get; init; }
        public long? AmountDisbursedIdr { get; init; }
        public DateOnly? DecidedOn { get; init; }
        public DateOnly? DisbursedOn { get; init; }
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, Response>
    {
        private const string AidSqlText = AidSql.Select + """

            WHERE a.Status = 'delivered' AND a.HandedOverOn >= @From AND a.HandedOverOn < @To
            ORDER BY a.GroupId, a.HandedOverOn, a.Id
            """;

        private const string GroupsSql = GroupSql.Select + "\nWHERE g.Id IN @Ids";

        private const string LoansSql = """
            SELECT m.GroupId, b.Id AS BusinessId, b.Name AS BusinessName, l.Id, l.Bank, l.Product, l.Status,
                   l.AmountRequestedIdr, l.AmountApprovedIdr, l.AmountDisbursedIdr, l.DecidedOn, l.DisbursedOn
            FROM BusinessGroupMembers m
            JOIN Businesses b ON b.Id = m.BusinessId
            JOIN LoanReferrals l ON l.BusinessId = m.BusinessId
            WHERE m.GroupId IN @Ids AND l.Status IN ('approved', 'disbursed')
            ORDER BY m.GroupId, b.Name, b.Id, l.DecidedOn, l.Id
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? OfficeTime.Today(clock).Year;
            var aid = await AidSql.ToResponsesAsync(db,
                await db.QueryAsync<AidRow>(AidSqlText, new { From = new DateOnly(year, 1, 1), To = new DateOnly(year + 1, 1, 1) }, ct), ct);
            var ids = aid.Select(a => int.Parse(a.GroupId, CultureInfo.InvariantCulture)).Distinct().ToArray();
            if (ids.Length == 0) return new Response(year, 0, 0, 0, []);
            var groups = (await db.QueryAsync<GroupRow>(GroupsSql, new { Ids = ids }, ct)).ToDictionary(g => g.Id);
            var loans = (await db.QueryAsync<LoanRow>(LoansSql, new { Ids = ids }, ct)).ToLookup(l => l.GroupId);
            var lines = aid.GroupBy(a => int.Parse(a.GroupId, CultureInfo.InvariantCulture)).Select(byGroup =>
            {
                var g = GroupMapper.ToResponse(groups[byGroup.Key]);
                var members = loans[byGroup.Key].GroupBy(l => (l.BusinessId, l.BusinessName))
                    .Select(m => new MemberWithLoans(m.Key.BusinessId.ToString(CultureInfo.InvariantCulture), m.Key.BusinessName, m.Select(l => new Loan(
                        l.Id.ToString(CultureInfo.InvariantCulture), LoanMapper.ToBank(l.Bank), LoanMapper.ToProduct(l.Product), LoanMapper.ToStatus(l.Status),
                        l.AmountRequestedIdr, l.AmountApprovedIdr, l.AmountDisbursedIdr, l.DecidedOn, l.DisbursedOn)).ToList()))
                    .ToList();
                return new GroupLine(g.Id, g.Name, g.Kind, g.KecamatanCode, g.KecamatanName, g.MemberCount,
                    byGroup.Sum(a => a.TotalValueIdr),
                    byGroup.Select(a => new Distribution(a.Id, a.Programme, a.BudgetYear, a.HandedOverOn!.Value, a.TotalValueIdr, a.Items)).ToList(),
                    members);
            }).OrderByDescending(l => l.TotalValueIdr).ThenBy(l => l.Name, StringComparer.Ordinal).ToList();
            return new Response(year, lines.Count, lines.Sum(l => l.TotalValueIdr),
                lines.SelectMany(l => l.MembersWithLoans.Select(m => m.BusinessId)).Distinct().Count(), lines);
        }
    }
}
