using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Pages through training sessions; only the filters given become SQL conditions.</summary>
public static class ListTrainingSessions
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListTrainingSessions))
        .WithSummary("List training sessions")
        .WithDescription("Paging, sort, and filters by quarter (e.g. 2027-Q1), topic, status, kecamatan and Jakarta start dates from/to.")
        .RequireAuthorization(Policies.TrainingRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="startsAt">startsAt, title, quarter, capacity, createdAt; prefix - for descending.</param>
    /// <param name="Q" example="kemasan">Text in the title or trainer name.</param>
    /// <param name="Quarter" example="2027-Q1">Quarter derived from the Jakarta start date.</param>
    /// <param name="Topic" example="packaging">Topic.</param>
    /// <param name="Status" example="open">planned, open, completed or cancelled.</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code of the venue.</param>
    /// <param name="From" example="2027-01-01">Sessions starting on or after this Jakarta date.</param>
    /// <param name="To" example="2027-03-31">Sessions starting on or before this Jakarta date.</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Quarter = null, string? Topic = null,
        string? Status = null, string? Kecamatan = null, string? From = null, string? To = null)
        : IQuery<PagedResponse<TrainingSessionResponse>>, IPagedQuery, ITrainingDateRange;

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["startsAt"] = "s.StartsAt", ["title"] = "s.Title", ["quarter"] = "s.Quarter", ["capacity"] = "s.Capacity",
        ["createdAt"] = "s.CreatedAt",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Quarter).Must(s => OfficeTime.QuarterPattern().IsMatch(s!)).When(q => q.Quarter is not null)
                .WithText("quarter_format");
            RuleFor(q => q.Topic).IsEnumText<Query, TrainingTopic>().When(q => q.Topic is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<TrainingTopic>()));
            RuleFor(q => q.Status).IsEnumText<Query, TrainingStatus>().When(q => q.Status is not null)
                .WithText("must_be_one_of", ("allowed", EnumText.All<TrainingStatus>()));
            RuleFor(q => q.Kecamatan).Must(KecamatanRules.Codes.Contains!).When(q => q.Kecamatan is not null)
                .WithText("kecamatan_code_format");
            this.AddDateRangeRules();
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<TrainingSessionResponse>>
    {
        public async ValueTask<PagedResponse<TrainingSessionResponse>> Handle(Query query, CancellationToken ct)
        {
            var (where, args) = Where(query);
            var order = query.OrderBy(SortColumns, "startsAt", "s.Id");
            var sql = $"{TrainingSql.SelectSession}\n{where}\n{order}\n{db.Dialect.Paging};\nSELECT COUNT(*) FROM TrainingSessions s {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<TrainingSessionRow>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<TrainingSessionResponse>(rows.Select(TrainingMapper.ToResponse).ToList(), query.Page, query.PageSize, total);
        }
    }

    public static (string Sql, DynamicParameters Args) Where(Query q)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            // A substring match is acceptable here: the office plans 6-10 sessions a quarter, so the
            // table stays in the hundreds of rows (unlike the businesses registry, which has an index).
            conditions.Add("(s.Title LIKE @Text OR s.Trainer LIKE @Text)");
            args.Add("Text", "%" + q.Q.Trim().Replace("[", "").Replace("%", "").Replace("_", "") + "%");
        }
        void Eq(string? value, string column, string name)
        {
            if (value is null) return;
            conditions.Add($"{column} = @{name}");
            args.Add(name, value);
        }
        Eq(q.Quarter, "s.Quarter", "Quarter");
        Eq(q.Topic, "s.Topic", "Topic");
        Eq(q.Status, "s.Status", "Status");
        Eq(q.Kecamatan, "s.KecamatanCode", "Kecamatan");
        if (OfficeTime.ParseDate(q.From) is { } from)
        {
            conditions.Add("s.StartsAt >= @FromUtc");
            args.Add("FromUtc", OfficeTime.StartOfDayUtc(from));
        }
        if (OfficeTime.ParseDate(q.To) is { } to)
        {
            conditions.Add("s.StartsAt < @ToUtc");
            args.Add("ToUtc", OfficeTime.StartOfDayUtc(to.AddDays(1)));
        }
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), args);
    }
}
