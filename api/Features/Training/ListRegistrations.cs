using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Training;

/// <summary>The registrations of one session, paged; phone masked for callers that may not see personal data.</summary>
public static class ListRegistrations
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", (string id, [AsParameters] Parameters p, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(TrainingSql.ParseId(id), p.Page ?? 1, p.PageSize ?? 25, p.Sort, p.Status), ct))
        .WithName(nameof(ListRegistrations))
        .WithSummary("List a session's registrations")
        .WithDescription("Filter by status (confirmed, waitlisted, cancelled). Phone numbers are masked unless the caller may see personal data.")
        .RequireAuthorization(Policies.TrainingRead);

    /// <summary>The query string of the route (the session comes from the path).</summary>
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="registeredAt">registeredAt, businessName, status; prefix - for descending.</param>
    /// <param name="Status" example="confirmed">confirmed, waitlisted or cancelled.</param>
    public sealed record Parameters(int? Page, int? PageSize, string? Sort, string? Status);

    /// <param name="SessionId">The session (from the route).</param>
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="registeredAt">registeredAt, businessName, status; prefix - for descending.</param>
    /// <param name="Status" example="confirmed">confirmed, waitlisted or cancelled.</param>
    public sealed record Query(int SessionId, int Page = 1, int PageSize = 25, string? Sort = null, string? Status = null)
        : IQuery<PagedResponse<RegistrationResponse>>, IPagedQuery;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["registeredAt"] = "r.RegisteredAt", ["businessName"] = "b.Name", ["status"] = "r.Status",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Status).IsEnumText<Query, RegistrationStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<RegistrationStatus>()));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<RegistrationResponse>>
    {
        public async ValueTask<PagedResponse<RegistrationResponse>> Handle(Query query, CancellationToken ct)
        {
            await TrainingSql.LoadSessionAsync(db, query.SessionId, ct);
            var args = new DynamicParameters(new { query.SessionId, Skip = query.Skip(), Take = query.PageSize });
            var where = "WHERE r.SessionId = @SessionId";
            if (query.Status is not null)
            {
                where += " AND r.Status = @Status";
                args.Add("Status", query.Status);
            }
            var order = query.OrderBy(SortColumns, "registeredAt", "r.Id");
            var sql = $"{TrainingSql.SelectRegistration}\n{where}\n{order}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM TrainingRegistrations r {where};";
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<RegistrationRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<RegistrationResponse>(
                rows.Select(r => TrainingMapper.ToResponse(r)).ToList(), query.Page, query.PageSize, total);
        }
    }
}
