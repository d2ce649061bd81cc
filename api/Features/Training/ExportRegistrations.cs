using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using FluentValidation;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// A session's attendance list (confirmed and waitlisted registrations) as CSV (UTF-8 with BOM, for Excel)
/// or XLSX, for the office's paperwork. Phone numbers are masked unless the caller may see personal data.
/// </summary>
public static class ExportRegistrations
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/export", async (string id, [FromQuery] string? format, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new Query(TrainingSql.ParseId(id), format), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
        .WithName(nameof(ExportRegistrations))
        .WithSummary("Download a session's attendance list (format=csv or xlsx)")
        .WithDescription("Business name, owner, NIB, kecamatan, phone (masked unless the caller may see personal data), status and attendance of the confirmed and waitlisted registrations. CSV is UTF-8 with a byte order mark so that Excel shows Indonesian text correctly.")
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: XlsxType)
        .RequireAuthorization(Policies.TrainingRead);

    /// <param name="SessionId">The session (from the route).</param>
    /// <param name="Format" example="xlsx">csv or xlsx.</param>
    public sealed record Query(int SessionId, string? Format) : IQuery<Response>;

    public sealed record Response(byte[] Content, string ContentType, string FileName);

    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] Header = ["Nama usaha", "Pemilik", "NIB", "Kecamatan", "Telepon", "Status", "Hadir"];

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Format).Must(f => f is "csv" or "xlsx").WithMessage("format must be csv or xlsx.");
    }

    public sealed class Handler(DbSession db, CurrentActor actor) : IQueryHandler<Query, Response>
    {
        private const string Sql = TrainingSql.SelectRegistration + """

            WHERE r.SessionId = @SessionId AND r.Status <> 'cancelled'
            ORDER BY CASE WHEN r.Status = 'confirmed' THEN 0 ELSE 1 END, r.WaitlistSeq, b.Name, r.Id
            """;

        public async ValueTask<Response> Handle(Query query, CancellationToken ct)
        {
            var session = await TrainingSql.LoadSessionAsync(db, query.SessionId, ct);
            var rows = (await db.QueryAsync<RegistrationRow>(Sql, new { query.SessionId }, ct))
                .Select(r => TrainingMapper.ToResponse(r).ForCaller(actor))
                .Select(r => new[]
                {
                    r.BusinessName, r.OwnerName, r.Nib, r.KecamatanName, r.Phone ?? "",
                    r.Status == RegistrationStatus.Confirmed ? "terdaftar" : $"daftar tunggu ({r.WaitlistPosition})",
                    r.Attended switch { true => "hadir", false => "tidak hadir", null => "" },
                })
                .ToList();
            var name = $"peserta-pelatihan-{session.Id}-{session.StartsAt:yyyy-MM-dd}";
            return query.Format == "xlsx"
                ? new Response(Xlsx(session.Title, rows), XlsxType, name + ".xlsx")
                : new Response(Csv(rows), CsvType, name + ".csv");
        }
    }

    /// <summary>RFC 4180: comma separated, CRLF, fields with comma, quote or line break quoted (quotes doubled); UTF-8 with BOM.</summary>
    public static byte[] Csv(IEnumerable<string[]> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in new[] { Header }.Concat(rows))
            sb.AppendJoin(',', row.Select(CsvField)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string CsvField(string value)
    {
        // A leading =, +, -, @, tab or CR would make Excel evaluate the cell as a formula: prefix it
        // with a quote (phone numbers such as +6281265432109 stay as they are; see CellText.Safe).
        value = MedanUmkm.Api.Infrastructure.Tabular.CellText.Safe(value);
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// A minimal SpreadsheetML workbook (one sheet, inline strings) written with System.IO.Compression:
    /// the parts Excel, LibreOffice and Google Sheets need, nothing more.
    /// </summary>
    public static byte[] Xlsx(string sheetTitle, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string path, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            Part("xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{SecurityElement.Escape(SheetName(sheetTitle))}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""")
                .Append("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var r = 0;
            foreach (var row in new[] { Header }.Concat(rows))
            {
                r++;
                sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
                for (var c = 0; c < row.Length; c++)
                    sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .Append(SecurityElement.Escape(XmlSafe(row[c]))).Append("</t></is></c>");
                sheet.Append("</row>");
            }
            sheet.Append("</sheetData></worksheet>");
            Part("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return stream.ToArray();
    }

    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim();
        return clean.Length == 0 ? "Peserta" : clean.Length > 31 ? clean[..31] : clean;
    }

    // XML 1.0 forbids most control characters even when escaped.
    private static string XmlSafe(string s) => new(s.Where(ch => ch is '\t' or '\n' or '\r' || ch >= ' ').ToArray());
}
