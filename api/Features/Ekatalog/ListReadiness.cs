using System.Text;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;
using System.Globalization;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>
/// All businesses with their e-katalog readiness, from the denormalised BusinessReadiness table,
/// filtered by ready / missing requirement / kecamatan / e-katalog status. Rows whose result has
/// changed by time alone (a certificate or KSWP passing its date) are recomputed first.
/// </summary>
public static class ListReadiness
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/", ([AsParameters] Query query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
        .WithName(nameof(ListReadiness))
        .WithSummary("Businesses by e-katalog readiness")
        .WithDescription("Filters: ready=true|false, missing=halal (comma list, all missing), maxMissing=1 (almost ready), kecamatan, ekatalogStatus, q.")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="missingCount">name, missingCount, computedAt; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Free text over business name, owner and NIB.</param>
    /// <param name="Ready" example="false">true: ready to submit; false: something missing.</param>
    /// <param name="Missing" example="halal">Requirement code(s) missing, comma-separated (all must be missing): nib, npwp, business_active, kbli, kswp, product, halal, pirt_bpom.</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code.</param>
    /// <param name="EkatalogStatus" example="preparing">not_started, preparing, submitted, listed, rejected, delisted.</param>
    /// <param name="MaxMissing" example="1">At most this many requirements missing (1 = almost ready).</param>
    public sealed record Query(
        int Page = 1, int PageSize = 25, string? Sort = null, string? Q = null, string? Ready = null, string? Missing = null,
        string? Kecamatan = null, string? EkatalogStatus = null, int? MaxMissing = null)
        : IQuery<PagedResponse<Item>>, IPagedQuery;

    /// <summary>One business's readiness summary.</summary>
    public sealed record Item
    {
        public required string BusinessId { get; init; }
        public required string BusinessName { get; init; }
        public required string KecamatanCode { get; init; }
        public required string KecamatanName { get; init; }
        public required EkatalogStatus EkatalogStatus { get; init; }
        public required bool IsReady { get; init; }
        public required IReadOnlyList<string> Missing { get; init; }
        public required IReadOnlyList<string> Expiring { get; init; }
        public required int MissingCount { get; init; }
        public required DateTimeOffset ComputedAt { get; init; }
    }

    public sealed class Row
    {
        public int BusinessId { get; init; }
        public string BusinessName { get; init; } = "";
        public string KecamatanCode { get; init; } = "";
        public string KecamatanName { get; init; } = "";
        public string EkatalogStatus { get; init; } = "";
        public bool IsReady { get; init; }
        public string MissingCodes { get; init; } = "";
        public string ExpiringCodes { get; init; } = "";
        public int MissingCount { get; init; }
        public DateTimeOffset ComputedAt { get; init; }
    }

    public static readonly IReadOnlyDictionary<string, string> SortColumns = new Dictionary<string, string>
    {
        ["name"] = "b.Name", ["missingCount"] = "r.MissingCount", ["computedAt"] = "r.ComputedAt",
    };

    private static string[] Codes(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            this.AddPagingRules(SortColumns.Keys.ToArray());
            RuleFor(q => q.Q).MaximumLength(100);
            RuleFor(q => q.Ready).Must(r => r is "true" or "false").When(q => q.Ready is not null).WithMessage("ready must be true or false.");
            RuleFor(q => q.Missing).Must(m => Codes(m).Length > 0 && Codes(m).All(Readiness.Codes.All.Contains)).When(q => q.Missing is not null)
                .WithMessage($"missing must be one or more of: {string.Join(", ", Readiness.Codes.All)}.");
            RuleFor(q => q.Kecamatan).Must(BusinessInputValidator.KecamatanCodes.Contains!).When(q => q.Kecamatan is not null)
                .WithMessage("kecamatan must be a code such as 12.71.01.");
            RuleFor(q => q.EkatalogStatus).Must(s => EnumText.TryParse<EkatalogStatus>(s, out _)).When(q => q.EkatalogStatus is not null)
                .WithMessage($"ekatalogStatus must be one of: {string.Join(", ", EnumText.All<EkatalogStatus>())}.");
            RuleFor(q => q.MaxMissing).InclusiveBetween(0, Readiness.Codes.All.Length).When(q => q.MaxMissing is not null);
        }
    }

    public sealed class Handler(DbSession db) : IQueryHandler<Query, PagedResponse<Item>>
    {
        // A pure read: every write that changes a business's facts recomputes its row in the same
        // transaction (BusinessChanges), and the daily ReadinessRefreshJob recomputes rows that time made stale.
        private const string Select = """
            SELECT b.Id AS BusinessId, b.Name AS BusinessName, b.KecamatanCode, k.Name AS KecamatanName, b.EkatalogStatus,
                   r.IsReady, r.MissingCodes, r.ExpiringCodes, r.MissingCount, r.ComputedAt
            FROM BusinessReadiness r
            JOIN Businesses b ON b.Id = r.BusinessId
            JOIN Kecamatan k ON k.Code = b.KecamatanCode
            """;

        public async ValueTask<PagedResponse<Item>> Handle(Query query, CancellationToken ct)
        {
            var (where, args) = Where(query, db.Dialect);
            var order = query.OrderBy(SortColumns, "name", "b.Id");
            // Every readiness row has its business (foreign key), so a count without business conditions
            // needs no join: at 100,000 businesses the join is 100,000 primary-key look-ups per request.
            var countFrom = where.Contains("b.", StringComparison.Ordinal)
                ? "BusinessReadiness r JOIN Businesses b ON b.Id = r.BusinessId" : "BusinessReadiness r";
            var sql = $"{Select}\n{where}\n{order}\n{db.Dialect.Paging};\n" +
                      $"SELECT COUNT(*) FROM {countFrom} {where};";
            args.Add("Skip", query.Skip());
            args.Add("Take", query.PageSize);
            await using var grid = await db.QueryMultipleAsync(sql, args, ct);
            var rows = (await grid.ReadAsync<Row>()).AsList();
            var total = await grid.ReadSingleAsync<int>();
            var items = rows.Select(r => new Item
            {
                BusinessId = r.BusinessId.ToString(CultureInfo.InvariantCulture), BusinessName = r.BusinessName, KecamatanCode = r.KecamatanCode,
                KecamatanName = r.KecamatanName, EkatalogStatus = EnumText.Parse<EkatalogStatus>(r.EkatalogStatus),
                IsReady = r.IsReady, Missing = Readiness.Unpipe(r.MissingCodes), Expiring = Readiness.Unpipe(r.ExpiringCodes),
                MissingCount = r.MissingCount, ComputedAt = r.ComputedAt,
            }).ToList();
            return new PagedResponse<Item>(items, query.Page, query.PageSize, total);
        }
    }

    public static (string Sql, DynamicParameters Args) Where(Query q, SqlDialect dialect)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var text = q.Q.Trim();
            if (text.Length >= 3 || dialect == SqlDialect.SqlServer)
            {
                conditions.Add(dialect.BusinessTextMatch("b.Id"));
                args.Add("Search", dialect.PrepareSearch(text));
            }
            else
            {
                conditions.Add("(b.Name LIKE @Prefix OR b.Nib LIKE @Prefix)");
                args.Add("Prefix", text.Replace("%", "").Replace("_", "") + "%");
            }
        }
        if (q.Ready is not null) { conditions.Add("r.IsReady = @Ready"); args.Add("Ready", q.Ready == "true"); }
        var i = 0;
        foreach (var code in Codes(q.Missing))
        {
            conditions.Add($"r.MissingCodes LIKE @Missing{i}");
            args.Add($"Missing{i++}", $"%|{code}|%");
        }
        if (q.MaxMissing is not null) { conditions.Add("r.MissingCount <= @MaxMissing"); args.Add("MaxMissing", q.MaxMissing); }
        if (q.Kecamatan is not null) { conditions.Add("b.KecamatanCode = @Kecamatan"); args.Add("Kecamatan", q.Kecamatan); }
        if (q.EkatalogStatus is not null) { conditions.Add("b.EkatalogStatus = @EkatalogStatus"); args.Add("EkatalogStatus", q.EkatalogStatus); }
        var sb = new StringBuilder();
        if (conditions.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", conditions);
        return (sb.ToString(), args);
    }
}
