using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>Pages through webhook subscriptions (never their secrets).</summary>
public static class ListWebhooks
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListWebhooks))
        .WithSummary("List webhook subscriptions (without their secrets)")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, createdAt; prefix - for descending.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null) : IQuery<PagedResponse<WebhookResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "w.Name", ["createdAt"] = "w.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPagingRules(SortColumns.Keys.ToArray());
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<WebhookResponse>>
    {
        public async ValueTask<PagedResponse<WebhookResponse>> Handle(Query query, CancellationToken ct)
        {
            var sql = $"{WebhookSql.Select}\n{query.OrderBy(SortColumns, "name", "w.Id")}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM WebhookSubscriptions;";
            await using var grid = await db.QueryMultipleAsync(sql, new { Skip = query.Skip(), Take = query.PageSize }, ct);
            var rows = (await grid.ReadAsync<WebhookRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<WebhookResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page, query.PageSize, total);
        }
    }
}
