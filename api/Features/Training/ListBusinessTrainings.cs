using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Errors;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Training;

/// <summary>A business's training history: every session it registered for, with its attendance and outcome.</summary>
public static class ListBusinessTrainings
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/{id}/trainings", (string id, [AsParameters] Parameters p, ISender sender, CancellationToken ct) =>
            sender.Send(new Query(BusinessSql.ParseId(id), p.Page ?? 1, p.PageSize ?? 25, p.Sort), ct))
        .WithName(nameof(ListBusinessTrainings))
        .WithSummary("A business's training history")
        .RequireAuthorization(Policies.TrainingRead);

    /// <summary>The query string of the route (the business comes from the path).</summary>
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-startsAt">startsAt or title; prefix - for descending.</param>
    public sealed record Parameters(int? Page, int? PageSize, string? Sort);

    /// <param name="BusinessId">The business (from the route).</param>
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-startsAt">startsAt, title; prefix - for descending (default -startsAt).</param>
    public sealed record Query(int BusinessId, int Page = 1, int PageSize = 25, string? Sort = null)
        : IQuery<PagedResponse<Item>>, IPagedQuery;

    /// <summary>One session in a business's history. startsAt/endsAt in Asia/Jakarta time.</summary>
    public sealed record Item
    {
        public required string RegistrationId { get; init; }
        public required string SessionId { get; init; }
        public required string Title { get; init; }
        public required TrainingTopic Topic { get; init; }
        public required string Quarter { get; init; }
        public required DateTimeOffset StartsAt { get; init; }
        public required DateTimeOffset EndsAt { get; init; }
        public required string KecamatanName { get; init; }
        public required TrainingStatus SessionStatus { get; init; }
        public required RegistrationStatus RegistrationStatus { get; init; }
        public bool? Attended { get; init; }
        public string? OutcomeNote { get; init; }
    }

    public sealed class Row
    {
        public int RegistrationId { get; init; }
        public int SessionId { get; init; }
        public string Title { get; init; } = "";
        public string Topic { get; init; } = "";
        public string Quarter { get; init; } = "";
        public DateTimeOffset StartsAt { get; init; }
        public DateTimeOffset EndsAt { get; init; }
        public string KecamatanName { get; init; } = "";
        public string SessionStatus { get; init; } = "";
        public string RegistrationStatus { get; init; } = "";
        public bool? Attended { get; init; }
        public string? OutcomeNote { get; init; }
    }

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["startsAt"] = "s.StartsAt", ["title"] = "s.Title",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => this.AddPagingRules(SortColumns.Keys.ToArray());
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<Item>>
    {
        private const string Select = """
            SELECT r.Id AS RegistrationId, s.Id AS SessionId, s.Title, s.Topic, s.Quarter, s.StartsAt, s.EndsAt,
                   k.Name AS KecamatanName, s.Status AS SessionStatus, r.Status AS RegistrationStatus, r.Attended, r.OutcomeNote
            FROM TrainingRegistrations r
            JOIN TrainingSessions s ON s.Id = r.SessionId
            JOIN Kecamatan k ON k.Code = s.KecamatanCode
            WHERE r.BusinessId = @BusinessId
            """;

        public async ValueTask<PagedResponse<Item>> Handle(Query query, CancellationToken ct)
        {
            await BusinessSql.EnsureExistsAsync(db, query.BusinessId, ct);
            var sql = $"{Select}\n{query.OrderBy(SortColumns, "-startsAt", "r.Id")}\n{db.Dialect.Paging};\n" +
                      "SELECT COUNT(*) FROM TrainingRegistrations r WHERE r.BusinessId = @BusinessId;";
            await using var grid = await db.QueryMultipleAsync(sql, new { query.BusinessId, Skip = query.Skip(), Take = query.PageSize }, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var items = rows.Select(r => new Item
            {
                RegistrationId = r.RegistrationId.ToString(CultureInfo.InvariantCulture), SessionId = r.SessionId.ToString(CultureInfo.InvariantCulture), Title = r.Title,
                Topic = EnumText.Parse<TrainingTopic>(r.Topic), Quarter = r.Quarter,
                StartsAt = OfficeTime.ToOffice(r.StartsAt), EndsAt = OfficeTime.ToOffice(r.EndsAt), KecamatanName = r.KecamatanName,
                SessionStatus = EnumText.Parse<TrainingStatus>(r.SessionStatus),
                RegistrationStatus = EnumText.Parse<RegistrationStatus>(r.RegistrationStatus),
                Attended = r.Attended, OutcomeNote = r.OutcomeNote,
            }).ToList();
            return new PagedResponse<Item>(items, query.Page, query.PageSize, total);
        }
    }
}
