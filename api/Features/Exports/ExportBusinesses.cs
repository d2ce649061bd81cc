using System.Runtime.CompilerServices;
using Dapper;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Features.Imports;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Tabular;
using Mediator;
using MedanUmkm.Api.Infrastructure.Texts;

namespace MedanUmkm.Api.Features.Exports;

/// <summary>
/// The business list with the list endpoint's filters and sort, as CSV (';' by default) or XLSX,
/// written while the rows are read (unbuffered query), with headers and labels in the caller's
/// language (kecamatan by name, sector, gender, scale and statuses as words, times in WIB). The
/// import columns come first, so an export (by a role that sees personal data) can be edited and
/// imported again; read-only columns follow and are ignored on import. Personal data is masked for
/// callers that may not see it.
/// </summary>
public static class ExportBusinesses
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/businesses", async ([AsParameters] Query query, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(query, ct);
                return TypedResults.Stream(stream => file.WriteAsync(stream, ct), file.ContentType, file.FileName);
            })
        .WithName(nameof(ExportBusinesses))
        .WithSummary("Download the business list as CSV or XLSX (same filters and sort as the list)")
        .WithDescription("format=csv|xlsx (csv: separator=semicolon by default, or comma) plus q, kecamatan, scale, sector, status, ekatalogStatus and sort as in GET /api/v1/businesses. Headers and labels in the caller's language (?lang=en or Accept-Language: en for English), times in WIB. NIK, phone, address and e-mail are masked for roles that may not see personal data.")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .RequireAuthorization(Policies.BusinessesRead);

    /// <param name="Format" example="xlsx">csv (default) or xlsx.</param>
    /// <param name="Sort" example="name">As in the list: name, createdAt, updatedAt, nib, scale, kecamatan, fosteredSince; prefix - for descending.</param>
    /// <param name="Q" example="kopi">Free text over name, owner and NIB.</param>
    /// <param name="Kecamatan" example="12.71.01">Kecamatan code.</param>
    /// <param name="Scale" example="micro">micro, small or medium.</param>
    /// <param name="Sector" example="food_beverage">Sector.</param>
    /// <param name="Status" example="active">active or inactive.</param>
    /// <param name="EkatalogStatus" example="listed">E-katalog status.</param>
    /// <param name="Separator" example="semicolon">CSV only: semicolon (default) or comma.</param>
    public sealed record Query(
        string? Format = null, string? Sort = null, string? Q = null, string? Kecamatan = null, string? Scale = null,
        string? Sector = null, string? Status = null, string? EkatalogStatus = null, string? Separator = null) : IQuery<ExportFile>
    {
        public ListBusinesses.Query AsList() => new(1, 25, Sort, Q, Kecamatan, Scale, Sector, Status, EkatalogStatus);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Format).Must(f => f is null || TabularFormats.Parse(f) is not null)
                .WithErrorCode("export_format_invalid").WithMessage(_ => ServerTexts.Get("export.format_invalid"));
            RuleFor(q => q.Separator).Must(s => CsvSeparator.Parse(s) is not null)
                .WithErrorCode("export_separator_invalid").WithMessage(_ => ServerTexts.Get("export.separator_invalid"));
            var list = new ListBusinesses.Validator();
            RuleFor(q => q).Custom((q, ctx) =>
            {
                foreach (var failure in list.Validate(q.AsList()).Errors) ctx.AddFailure(failure);
            });
        }
    }

    /// <summary>The export's columns in the request's language.</summary>
    public static IReadOnlyList<TabularColumn> Columns => ColumnsIn(TextLanguage.Current);

    private static readonly string[] ReadOnly = ["id", "scale", "status", "ekatalogStatus", "createdAt", "updatedAt"];

    public static IReadOnlyList<TabularColumn> ColumnsIn(string language) =>
    [
        .. BusinessImport.TemplateIn(language),
        .. ReadOnly.Select(name => new TabularColumn(name, ServerTexts.Format($"export.business.column.{name}.help", language), "")
        {
            Header = ServerTexts.Format($"export.business.column.{name}", language),
        }),
    ];

    public sealed class Handler(DbSession db, ConnectionFactory connections, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, ExportFile>
    {
        private const string KbliByIds = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN @Ids ORDER BY BusinessId, Position";

        public ValueTask<ExportFile> Handle(Query query, CancellationToken ct)
        {
            var format = TabularFormats.Parse(query.Format) ?? TabularFormat.Csv;
            var separator = CsvSeparator.Parse(query.Separator)!.Value;
            var language = TextLanguage.Current;
            var list = query.AsList();
            var (where, args) = ListBusinesses.Where(list, db.Dialect);
            var sql = $"{BusinessSql.Select}\n{where}\n{list.OrderBy(ListBusinesses.SortColumns, "name", "b.Id")}";
            return ValueTask.FromResult(new ExportFile(
                $"{ServerTexts.Format("export.businesses.file", language)}-{OfficeTime.Now(clock):yyyyMMdd-HHmm}.{TabularFormats.Extension(format)}",
                TabularFormats.ContentType(format),
                (output, token) => TabularExport.WriteAsync(output, format, ColumnsIn(language), Rows(sql, args, language, token), separator, token)));
        }

        private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(string sql, DynamicParameters args, string language,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var connection = await db.ConnectionAsync(ct);
            // KBLI codes come from a second connection, a chunk of businesses at a time, while the
            // first connection's reader stays open (SQL Server without MARS allows one reader).
            await using var side = await connections.OpenAsync(ct);
            var chunk = new List<BusinessRow>(500);
            await foreach (var row in connection.QueryUnbufferedAsync<BusinessRow>(sql, args).WithCancellation(ct))
            {
                chunk.Add(row);
                if (chunk.Count < 500) continue;
                foreach (var values in await MapAsync(side, chunk, language, ct)) yield return values;
                chunk.Clear();
            }
            foreach (var values in await MapAsync(side, chunk, language, ct)) yield return values;
        }

        private async Task<List<IReadOnlyList<object?>>> MapAsync(System.Data.Common.DbConnection side, List<BusinessRow> rows, string language,
            CancellationToken ct)
        {
            if (rows.Count == 0) return [];
            var kbli = (await side.QueryAsync<KbliRow>(new CommandDefinition(KbliByIds, new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: ct)))
                .ToLookup(k => k.BusinessId);
            return rows.Select(r =>
            {
                var b = (BusinessMapper.ToResponse(r) with { Kbli = kbli[r.Id].Select(k => new KbliCode(k.Code, k.KbliVersion)).ToList() })
                    .ForCaller(actor);
                return (IReadOnlyList<object?>)
                [
                    b.Nib, b.Name, b.OwnerName, b.OwnerNik, BusinessImport.Label(b.OwnerGender, language), b.Npwp, b.Nitku,
                    string.Join(';', b.Kbli.Select(k => $"{k.Code}:{k.Version}")), BusinessImport.Label(b.Sector, language), b.KecamatanName,
                    b.Kelurahan, b.KelurahanCode, b.Address, b.Phone, b.Email, b.FoundedYear, b.Employees, b.BusinessCapitalIdr,
                    b.AnnualRevenueIdr, Date(b.FosteredSince, language),
                    b.Id, Label("scale", b.Scale, language), Label("business_status", b.Status, language),
                    Label("ekatalog_status", b.EkatalogStatus, language), Wib(b.CreatedAt, language), Wib(b.UpdatedAt, language),
                ];
            }).ToList();
        }

        private static string Label<TEnum>(string list, TEnum value, string language) where TEnum : struct, Enum =>
            ServerTexts.Format($"export.{list}.{EnumText.Of(value)}", language);

        /// <summary>A date as the language writes it: 15/03/2021 (Indonesian) or 2021-03-15 (English); both import again.</summary>
        private static string Date(DateOnly date, string language) =>
            date.ToString(language == TextLanguage.English ? "yyyy-MM-dd" : "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>An instant in office time (WIB), to the minute: 05/01/2026 10.00 (Indonesian) or 2026-01-05 10:00.</summary>
        private static string Wib(DateTimeOffset instant, string language) =>
            OfficeTime.ToOffice(instant).ToString(language == TextLanguage.English ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH.mm",
                System.Globalization.CultureInfo.InvariantCulture);
    }
}
