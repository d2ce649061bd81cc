using MedanUmkm.Api.Infrastructure.Texts;
using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.ApiKeys;

/// <summary>Pages through API keys (never their secrets), optionally by status.</summary>
public static class ListApiKeys
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListApiKeys))
        .WithSummary("List API keys (without their secrets)")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-createdAt">name, createdAt, lastUsedAt, expiresAt; prefix - for descending.</param>
    /// <param name="Status" example="active">active, expired or revoked.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, string? Status = null)
        : IQuery<PagedResponse<ApiKeyResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "k.Name", ["createdAt"] = "k.CreatedAt", ["lastUsedAt"] = "k.LastUsedAt", ["expiresAt"] = "k.ExpiresAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Status).Must(s => ApiKeySql.Statuses.Contains(s)).When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", ApiKeySql.Statuses));
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, PagedResponse<ApiKeyResponse>>
    {
        public async ValueTask<PagedResponse<ApiKeyResponse>> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var where = query.Status switch
            {
                "active" => "WHERE k.RevokedAt IS NULL AND (k.ExpiresAt IS NULL OR k.ExpiresAt > @Now)",
                "expired" => "WHERE k.RevokedAt IS NULL AND k.ExpiresAt <= @Now",
                "revoked" => "WHERE k.RevokedAt IS NOT NULL",
                _ => "",
            };
            var sql = $"{ApiKeySql.Select}\n{where}\n{query.OrderBy(SortColumns, "-createdAt", "k.Id")}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM ApiKeys k {where};";
            await using var grid = await db.QueryMultipleAsync(sql, new { Now = now, Skip = query.Skip(), Take = query.PageSize }, ct);
            var rows = (await grid.ReadAsync<ApiKeyRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<ApiKeyResponse>(rows.Select(r => r.ToResponse(now)).ToList(), query.Page, query.PageSize, total);
        }
    }
}
