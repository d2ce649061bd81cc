using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Notifications;

/// <summary>The delivery log of a subscription, newest first, optionally by status.</summary>
public static class ListWebhookDeliveries
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/deliveries", (string id, [AsParameters] Query query, ISender sender, CancellationToken ct) =>
            sender.Send(query with { WebhookId = WebhookSql.ParseId(id) }, ct))
        .WithName(nameof(ListWebhookDeliveries))
        .WithSummary("List a webhook subscription's deliveries, newest first")
        .RequireAuthorization(Policies.Admin);

    public static readonly string[] Statuses = ["pending", "succeeded", "failed"];

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Status" example="failed">pending, succeeded or failed.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Status = null) : IQuery<PagedResponse<DeliveryResponse>>, IPagedQuery
    {
        internal int WebhookId { get; init; }

        string? IPagedQuery.Sort => null;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules([]);
            RuleFor(q => q.Status).Must(s => Statuses.Contains(s)).When(q => q.Status is not null)
                .WithMessage($"status must be one of: {string.Join(", ", Statuses)}.");
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<DeliveryResponse>>
    {
        public async ValueTask<PagedResponse<DeliveryResponse>> Handle(Query query, CancellationToken ct)
        {
            await WebhookSql.LoadAsync(db, query.WebhookId, ct);
            var where = "WHERE d.SubscriptionId = @Id" + (query.Status is null ? "" : " AND d.Status = @Status");
            var sql = $"{WebhookSql.SelectDeliveries}\n{where}\nORDER BY d.Id DESC\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM Deliveries d {where};";
            await using var grid = await db.QueryMultipleAsync(sql, new { Id = query.WebhookId, query.Status, Skip = query.Skip(), Take = query.PageSize }, ct);
            var rows = (await grid.ReadAsync<DeliveryRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<DeliveryResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page, query.PageSize, total);
        }
    }
}
