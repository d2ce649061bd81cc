using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Features.Groups;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Active groups that have never had aid delivered (planned or cancelled aid does not count).</summary>
public static class GroupsNeverHelpedReport
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/groups-never-helped", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(GroupsNeverHelpedReport))
        .WithSummary("Active groups that never had aid delivered")
        .RequireAuthorization(Policies.ReportsRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, formedOn, kecamatan, createdAt; prefix - for descending.</param>
    /// <param name="Kecamatan" example="12.71.11">Kecamatan of the group (optional).</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, string? Kecamatan = null)
        : IQuery<PagedResponse<GroupResponse>>, IPagedQuery;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(ListGroups.SortColumns.Keys.ToArray());
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<GroupResponse>>
    {
        public async ValueTask<PagedResponse<GroupResponse>> Handle(Query query, CancellationToken ct)
        {
            var where = """
                WHERE g.Status = 'active'
                  AND NOT EXISTS (SELECT 1 FROM AidDistributions a WHERE a.GroupId = g.Id AND a.Status = 'delivered')
                """;
            var args = new DynamicParameters();
            if (query.Kecamatan is not null)
            {
                where += " AND g.KecamatanCode = @Kecamatan";
                args.Add("Kecamatan", query.Kecamatan);
            }
            var sql = $"{GroupSql.Select}\n{where}\n{query.OrderBy(ListGroups.SortColumns, "name", "g.Id")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM BusinessGroups g {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<GroupRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<GroupResponse>(rows.Select(GroupMapper.ToResponse).ToList(), query.Page, query.PageSize, total);
        }
    }
}
