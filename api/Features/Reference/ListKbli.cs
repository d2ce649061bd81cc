using MedanUmkm.Api.Infrastructure.Texts;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>
/// The KBLI 2020 reference list (sections, divisions and the 5-digit codes it holds), searched by
/// code prefix or title. The list is small (about 130 rows), so a title search may scan it.
/// </summary>
public static class ListKbli
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/kbli", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListKbli))
        .WithSummary("KBLI 2020 reference: search by code prefix or title")
        .WithDescription("Sections, divisions and the 5-digit codes the reference list holds (see README for its source); a business's code that is not listed is accepted with a warning.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="code">code or title.</param>
    /// <param name="Q" example="kopi">Digits or a section letter: code prefix; otherwise words in the title.</param>
    /// <param name="Level" example="code">section, division or code.</param>
    public sealed record Query(int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Level = null)
        : IQuery<PagedResponse<KbliResponse>>, IPagedQuery;

    /// <param name="Code" example="10761">A section letter (A-U), a 2-digit division or a 5-digit code.</param>
    /// <param name="Version" example="2020">KBLI edition.</param>
    /// <param name="Level" example="code">section, division or code.</param>
    /// <param name="Section" example="C">Its section.</param>
    /// <param name="Title" example="Industri Pengolahan Kopi">Indonesian title.</param>
    public sealed record KbliResponse(string Code, string Version, string Level, string Section, string Title);

    public static readonly string[] Levels = ["section", "division", "code"];

    private static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["code"] = "Code", ["title"] = "Title",
    };

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Level!).Must(Levels.Contains).When(q => q.Level is not null)
                .WithText("must_be_one_of", ("allowed", Levels));
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<KbliResponse>>
    {
        public async ValueTask<PagedResponse<KbliResponse>> Handle(Query query, CancellationToken ct)
        {
            var conditions = new List<string>();
            var args = new DynamicParameters();
            var q = query.Q?.Trim();
            if (!string.IsNullOrEmpty(q))
            {
                if (q.All(char.IsAsciiDigit) || (q.Length == 1 && char.IsAsciiLetter(q[0])))
                {
                    conditions.Add("Code LIKE @Prefix");
                    args.Add("Prefix", q.ToUpperInvariant() + "%");
                }
                else
                {
                    conditions.Add("LOWER(Title) LIKE @Words");
                    args.Add("Words", "%" + q.ToLowerInvariant().Replace("%", "").Replace("_", "") + "%");
                }
            }
            if (query.Level is not null)
            {
                conditions.Add("Level = @Level");
                args.Add("Level", query.Level);
            }
            var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
            var sql = $"SELECT Code, KbliVersion AS Version, Level, Section, Title FROM KbliReference\n{where}\n" +
                      $"{query.OrderBy(SortColumns, "code", "KbliVersion")}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM KbliReference {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<KbliResponse>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            return new PagedResponse<KbliResponse>(rows, query.Page, query.PageSize, total);
        }
    }
}
