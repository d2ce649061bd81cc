using System.Globalization;
using System.Data.Common;
using System.Text.Json;
using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;

namespace MedanUmkm.Api.Benchmarking;

/// <summary>
/// Bare endpoints for the performance harness (benchmarks/): the business list's SQL run with
/// plain ADO.NET and written with Utf8JsonWriter, no Mediator, validation, Dapper or mapping, as the
/// ceiling the full pipeline is compared with. A module of the harness, not a feature: mapped from
/// Program only when Benchmarks:BareEndpoints is true.
/// </summary>
public static class BareEndpoints
{
    public static void MapBareBenchmarkEndpoints(this WebApplication root)
    {
        if (!root.Configuration.GetValue<bool>("Benchmarks:BareEndpoints")) return;
        var app = root.MapGroup("/api/v1");

        app.MapGet("/benchmarks/bare/businesses", async (string? q, string? kecamatan, string? scale, string? sector,
                string? status, string? ekatalogStatus, int? page, int? pageSize, HttpContext http, ConnectionFactory factory, CancellationToken ct) =>
            {
                var query = new ListBusinesses.Query(page ?? 1, pageSize ?? 25, null, q, kecamatan, scale, sector, status, ekatalogStatus);
                var (where, args) = ListBusinesses.Where(query, factory.Dialect);
                var sql = $"{BusinessSql.Select}\n{where}\nORDER BY b.Name, b.Id\n{factory.Dialect.Paging};\n{ListBusinesses.CountSql(where, factory.Dialect)};";
                await using var connection = await factory.OpenAsync(ct);
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                foreach (var name in args.ParameterNames) Add(cmd, name, args.Get<object>(name));
                Add(cmd, "Skip", (query.Page - 1) * query.PageSize);
                Add(cmd, "Take", query.PageSize);
                http.Response.ContentType = "application/json; charset=utf-8";
                await using var json = new Utf8JsonWriter(http.Response.Body);
                json.WriteStartObject();
                json.WriteStartArray("items");
                var ids = new List<long>(query.PageSize);
                await using (var reader = await cmd.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                        ids.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
                        json.WriteStartObject();
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            var name = JsonNamingPolicy.CamelCase.ConvertName(reader.GetName(i));
                            if (reader.IsDBNull(i)) json.WriteNull(name);
                            else if (reader.GetFieldType(i) == typeof(long)) json.WriteNumber(name, reader.GetInt64(i));
                            else json.WriteString(name, reader.GetValue(i).ToString());
                        }
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                    await reader.NextResultAsync(ct);
                    await reader.ReadAsync(ct);
                    json.WriteNumber("totalCount", Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
                }
                // The KBLI codes of the page, as the full list reads them (one extra query).
                json.WriteStartArray("kbli");
                if (ids.Count > 0)
                {
                    await using var kbli = connection.CreateCommand();
                    kbli.CommandText = "SELECT BusinessId, Code, KbliVersion FROM BusinessKbli WHERE BusinessId IN ("
                        + string.Join(',', ids.Select((_, i) => "@i" + i)) + ") ORDER BY BusinessId, Position";
                    for (var i = 0; i < ids.Count; i++) Add(kbli, "i" + i, ids[i]);
                    await using var reader = await kbli.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(reader.GetInt64(0));
                        json.WriteStringValue(reader.GetString(1));
                        json.WriteStringValue(reader.GetString(2));
                        json.WriteEndArray();
                    }
                }
                json.WriteEndArray();
                json.WriteNumber("page", query.Page);
                json.WriteNumber("pageSize", query.PageSize);
                json.WriteEndObject();
                await json.FlushAsync(ct);
            })
            .WithName("BareListBusinesses")
            .WithSummary("Benchmark only: the business list SQL through plain ADO.NET")
            .WithTags("Benchmarks")
            .RequireAuthorization(Policies.Admin);
    }

    private static void Add(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
