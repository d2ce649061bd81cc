using MedanUmkm.Api.Infrastructure.Texts;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Users;

/// <summary>Pages through staff accounts, filtered by role, active flag and free text over name and e-mail.</summary>
public static class ListUsers
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListUsers))
        .WithSummary("List staff accounts")
        .WithDescription("Paging, sort, free text (q) over name and e-mail, filters by role and active.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, email, role, createdAt, lastLoginAt; prefix - for descending.</param>
    /// <param name="Q" example="siti">Text contained in the name or e-mail.</param>
    /// <param name="Role" example="officer">admin, officer or viewer.</param>
    /// <param name="Active" example="true">true or false.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Role = null, string? Active = null)
        : IQuery<PagedResponse<UserResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "u.Name", ["email"] = "u.Email", ["role"] = "u.Role", ["createdAt"] = "u.CreatedAt", ["lastLoginAt"] = "u.LastLoginAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Role).Must(r => Roles.All.Contains(r)).When(q => q.Role is not null)
                .WithText("must_be_one_of", ("allowed", Roles.All));
            RuleFor(q => q.Active).IsBooleanText().When(q => q.Active is not null)
                .WithText("must_be_boolean");
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, PagedResponse<UserResponse>>
    {
        public async ValueTask<PagedResponse<UserResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                // Staff accounts number in the tens: a scan of this small table is cheaper than a search index.
                conditions.Add("(LOWER(u.Name) LIKE @Q ESCAPE '\\' OR u.Email LIKE @Q ESCAPE '\\')");
                args.Add("Q", "%" + query.Q.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            }
            if (query.Role is not null)
            {
                conditions.Add("u.Role = @Role");
                args.Add("Role", query.Role);
            }
            if (query.Active is not null)
            {
                conditions.Add("u.IsActive = @Active");
                args.Add("Active", query.Active == "true");
            }
            var where = new StringBuilder();
            if (conditions.Count > 0) where.Append("WHERE ").AppendJoin(" AND ", conditions);
            var sql = $"{UserSql.Select}\n{where}\n{query.OrderBy(SortColumns, "name", "u.Id")}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM Users u {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<UserRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var now = clock.GetUtcNow();
            return new PagedResponse<UserResponse>(rows.Select(r => r.ToResponse(now)).ToList(), query.Page, query.PageSize, total);
        }
    }
}
