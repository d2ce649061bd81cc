using MedanUmkm.Api.Infrastructure.Texts;
using System.Globalization;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// Active businesses that attended no training in the last N quarters: the current quarter (Asia/Jakarta) and the
/// N-1 before it. quarters=4 in November 2026 looks back to 2026-01-01. Registering without attending does not count.
/// </summary>
public static class ListUntrainedBusinesses
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/untrained", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListUntrainedBusinesses))
        .WithSummary("Active businesses with no attended training in the last N quarters")
        .WithDescription("The window is the current quarter (Asia/Jakarta) and the quarters-1 before it; a registration without attendance does not count as trained.")
        .RequireAuthorization(Policies.TrainingRead);

    /// <param name="Quarters" example="4">How many quarters to look back, the current one included (1 to 20).</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code.</param>
    /// <param name="Scale" example="micro">micro, small or medium.</param>
    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="name">name, lastTrainedAt, kecamatan, fosteredSince; prefix - for descending.</param>
    public sealed record Query(int Quarters = 4, string? Kecamatan = null, string? Scale = null,
        int Page = 1, int PageSize = 25, string? Sort = null) : IQuery<PagedResponse<Item>>, IPagedQuery;

    /// <summary>A business nobody has trained in the window; lastTrainedAt is its last attended session ever (null: never).</summary>
    public sealed record Item
    {
        public required string BusinessId { get; init; }
        public required string Name { get; init; }
        public required string OwnerName { get; init; }
        public required string KecamatanCode { get; init; }
        public required string KecamatanName { get; init; }
        public required BusinessScale Scale { get; init; }
        public required EkatalogStatus EkatalogStatus { get; init; }
        public required DateOnly FosteredSince { get; init; }
        public DateTimeOffset? LastTrainedAt { get; init; }
        /// <summary>The first day (Jakarta) of the window looked at.</summary>
        public required DateOnly WindowStart { get; init; }
    }

    public sealed class Row
    {
        public int BusinessId { get; init; }
        public string Name { get; init; } = "";
        public string OwnerName { get; init; } = "";
        public string KecamatanCode { get; init; } = "";
        public string KecamatanName { get; init; } = "";
        public string Scale { get; init; } = "";
        public string EkatalogStatus { get; init; } = "";
        public DateOnly FosteredSince { get; init; }
        public DateTimeOffset? LastTrainedAt { get; init; }
    }

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "b.Name", ["lastTrainedAt"] = "LastTrainedAt", ["kecamatan"] = "b.KecamatanCode", ["fosteredSince"] = "b.FosteredSince",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Quarters).InclusiveBetween(1, 20);
            RuleFor(q => q.Kecamatan).Must(KecamatanRules.Codes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            RuleFor(q => q.Scale).IsEnumText<Query, BusinessScale>().When(q => q.Scale is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<BusinessScale>()));
        }
    }

    public sealed class Handler(DbSession db, TimeProvider clock) : IQueryHandler<Query, PagedResponse<Item>>
    {
        private const string Select = """
            SELECT b.Id AS BusinessId, b.Name, b.OwnerName, b.KecamatanCode, k.Name AS KecamatanName, b.Scale, b.EkatalogStatus,
                   b.FosteredSince,
                   (SELECT MAX(s.StartsAt) FROM TrainingRegistrations r JOIN TrainingSessions s ON s.Id = r.SessionId
                    WHERE r.BusinessId = b.Id AND r.Attended = 1) AS LastTrainedAt
            FROM Businesses b
            JOIN Kecamatan k ON k.Code = b.KecamatanCode
            """;

        public async ValueTask<PagedResponse<Item>> Handle(Query query, CancellationToken ct)
        {
            var windowStart = OfficeTime.QuarterStart(OfficeTime.Today(clock), query.Quarters - 1);
            var conditions = new List<string>
            {
                "b.Status = 'active'",
                """
                NOT EXISTS (SELECT 1 FROM TrainingRegistrations r JOIN TrainingSessions s ON s.Id = r.SessionId
                            WHERE r.BusinessId = b.Id AND r.Attended = 1 AND s.StartsAt >= @Since)
                """,
            };
            var args = new DynamicParameters(new { Since = OfficeTime.StartOfDayUtc(windowStart), Skip = query.Skip(), Take = query.PageSize });
            if (query.Kecamatan is not null)
            {
                conditions.Add("b.KecamatanCode = @Kecamatan");
                args.Add("Kecamatan", query.Kecamatan);
            }
            if (query.Scale is not null)
            {
                conditions.Add("b.Scale = @Scale");
                args.Add("Scale", query.Scale);
            }
            var where = "WHERE " + string.Join(" AND ", conditions);
            var sql = $"{Select}\n{where}\n{query.OrderBy(SortColumns, "name", "b.Id")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM Businesses b {where};";
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var items = rows.Select(r => new Item
            {
                BusinessId = r.BusinessId.ToString(CultureInfo.InvariantCulture), Name = r.Name, OwnerName = r.OwnerName, KecamatanCode = r.KecamatanCode,
                KecamatanName = r.KecamatanName, Scale = EnumText.Parse<BusinessScale>(r.Scale),
                EkatalogStatus = EnumText.Parse<EkatalogStatus>(r.EkatalogStatus), FosteredSince = r.FosteredSince,
                LastTrainedAt = r.LastTrainedAt is { } t ? OfficeTime.ToOffice(t) : null, WindowStart = windowStart,
            }).ToList();
            return new PagedResponse<Item>(items, query.Page, query.PageSize, total);
        }
    }
}
