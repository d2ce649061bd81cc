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

namespace MedanUmkm.Api.Features.Exports;

/// <summary>
/// The business list with the list endpoint's filters and sort, as CSV or XLSX, written while the
/// rows are read (unbuffered query). The import columns come first, so an export (by a role that
/// sees personal data) can be edited and imported again; read-only columns follow and are ignored
/// on import. Personal data is masked for callers that may not see it.
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
        .WithDescription("format=csv|xlsx plus q, kecamatan, scale, sector, status, ekatalogStatus and sort as in GET /api/v1/businesses. NIK, phone, address and e-mail are masked for roles that may not see personal data.")
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
    public sealed record Query(
        string? Format = null, string? Sort = null, string? Q = null, string? Kecamatan = null, string? Scale = null,
        string? Sector = null, string? Status = null, string? EkatalogStatus = null) : IQuery<ExportFile>
    {
        public ListBusinesses.Query AsList() => new(1, 25, Sort, Q, Kecamatan, Scale, Sector, Status, EkatalogStatus);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Format).Must(f => f is null || TabularFormats.Parse(f) is not null).WithMessage("format must be csv or xlsx.");
            var list = new ListBusinesses.Validator();
            RuleFor(q => q).Custom((q, ctx) =>
            {
                foreach (var failure in list.Validate(q.AsList()).Errors) ctx.AddFailure(failure);
            });
        }
    }

    public static readonly IReadOnlyList<TabularColumn> Columns =
    [
        .. BusinessImport.Template,
        new("id", "Id in MedanUmkm (read-only)", "42"),
        new("kecamatanName", "Kecamatan name (read-only)", "Medan Kota"),
        new("scale", "micro, small or medium, derived (read-only)", "micro"),
        new("status", "active or inactive (read-only)", "active"),
        new("ekatalogStatus", "E-katalog status (read-only)", "listed"),
        new("createdAt", "Registered at, UTC (read-only)", "2026-01-05T03:00:00Z"),
        new("updatedAt", "Last changed at, UTC (read-only)", "2026-01-05T03:00:00Z"),
    ];

    public sealed class Handler(DbSession db, ConnectionFactory connections, CurrentActor actor, TimeProvider clock) : IQueryHandler<Query, ExportFile>
    {
        private const string KbliByIds = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN @Ids ORDER BY BusinessId, Position";

        public ValueTask<ExportFile> Handle(Query query, CancellationToken ct)
        {
            var format = TabularFormats.Parse(query.Format) ?? TabularFormat.Csv;
            var list = query.AsList();
            var (where, args) = ListBusinesses.Where(list, db.Dialect);
            var sql = $"{BusinessSql.Select}\n{where}\n{list.OrderBy(ListBusinesses.SortColumns, "name", "b.Id")}";
            return ValueTask.FromResult(new ExportFile(
                $"businesses-{OfficeTime.Now(clock):yyyyMMdd-HHmm}.{TabularFormats.Extension(format)}",
                TabularFormats.ContentType(format),
                (output, token) => TabularExport.WriteAsync(output, format, Columns, Rows(sql, args, token), token)));
        }

        private async IAsyncEnumerable<IReadOnlyList<object?>> Rows(string sql, DynamicParameters args, [EnumeratorCancellation] CancellationToken ct)
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
                foreach (var values in await MapAsync(side, chunk, ct)) yield return values;
                chunk.Clear();
            }
            foreach (var values in await MapAsync(side, chunk, ct)) yield return values;
        }

        private async Task<List<IReadOnlyList<object?>>> MapAsync(System.Data.Common.DbConnection side, List<BusinessRow> rows, CancellationToken ct)
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
                    b.Nib, b.Name, b.OwnerName, b.OwnerNik, EnumText.Of(b.OwnerGender), b.Npwp, b.Nitku,
                    string.Join(';', b.Kbli.Select(k => $"{k.Code}:{k.Version}")), EnumText.Of(b.Sector), b.KecamatanCode,
                    b.Kelurahan, b.KelurahanCode, b.Address, b.Phone, b.Email, b.FoundedYear, b.Employees, b.BusinessCapitalIdr,
                    b.AnnualRevenueIdr, b.FosteredSince,
                    b.Id, b.KecamatanName, EnumText.Of(b.Scale), EnumText.Of(b.Status), EnumText.Of(b.EkatalogStatus), b.CreatedAt, b.UpdatedAt,
                ];
            }).ToList();
        }
    }
}
