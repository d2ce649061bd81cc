using System.Globalization;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Tabular;
using MedanUmkm.Api.Infrastructure.Texts;
using Mediator;
using MedanUmkm.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// A session's attendance list ("daftar hadir") of its confirmed and waitlisted registrations, in
/// the caller's language: as XLSX and as a print-styled page (format=html) with the session header
/// (title, topic, date, venue, trainer), numbered rows, outcome notes and a signature column; as
/// CSV (UTF-8 with BOM, ';' by default) the same table without the signature column, for the
/// office's paperwork. Phone numbers are masked unless the caller may see personal data.
/// </summary>
public static class ExportRegistrations
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/export", async (string id, [FromQuery] string? format, [FromQuery] string? separator, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new Query(TrainingSql.ParseId(id), format, separator), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
        .WithName(nameof(ExportRegistrations))
        .WithSummary("Download a session's attendance list (format=xlsx, html to print, or csv)")
        .WithDescription("""
            The attendance list (daftar hadir) of the confirmed and waitlisted registrations: xlsx and html (a page styled for
            printing, A4 landscape) carry the session header (title, topic, date and time in WIB, venue, trainer), numbered rows,
            business, owner, NIB, kecamatan, phone (masked unless the caller may see personal data), status, attendance,
            outcome notes and an empty signature column; csv (UTF-8 with BOM, separator=semicolon by default or comma) the
            same table without the signature column. Texts in the caller's language (?lang=en or Accept-Language: en).
            """)
        .Produces(StatusCodes.Status200OK, contentType: "text/csv")
        .Produces(StatusCodes.Status200OK, contentType: XlsxType)
        .Produces(StatusCodes.Status200OK, contentType: "text/html")
        .RequireAuthorization(Policies.TrainingRead);

    /// <param name="SessionId">The session (from the route).</param>
    /// <param name="Format" example="xlsx">xlsx, html (to print) or csv.</param>
    /// <param name="Separator" example="semicolon">CSV only: semicolon (default) or comma.</param>
    public sealed record Query(int SessionId, string? Format, string? Separator = null) : IQuery<Response>;

    public sealed record Response(byte[] Content, string ContentType, string FileName);

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Format).Must(f => f is "csv" or "xlsx" or "html")
                .WithErrorCode("attendance_format_invalid").WithMessage(_ => ServerTexts.Get("training.attendance.format_invalid"));
            RuleFor(q => q.Separator).Must(s => CsvSeparator.Parse(s) is not null)
                .WithErrorCode("attendance_separator_invalid").WithMessage(_ => ServerTexts.Get("training.attendance.separator_invalid"));
        }
    }

    private static readonly string[] Columns = ["no", "business", "owner", "nib", "kecamatan", "phone", "status", "attended", "outcome", "signature"];
    private static readonly double[] Widths = [5, 30, 24, 16, 18, 17, 18, 12, 30, 22];

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
                .Select((r, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), r.BusinessName, r.OwnerName, r.Nib, r.KecamatanName, r.Phone ?? "",
                    r.Status == RegistrationStatus.Confirmed
                        ? ServerTexts.Get("training.attendance.status.confirmed")
                        : ServerTexts.Get("training.attendance.status.waitlisted", ("position", r.WaitlistPosition?.ToString(CultureInfo.InvariantCulture))),
                    r.Attended switch
                    {
                        true => ServerTexts.Get("training.attendance.attended.yes"),
                        false => ServerTexts.Get("training.attendance.attended.no"),
                        null => "",
                    },
                    r.OutcomeNote ?? "",
                    "",
                ])
                .ToList();
            var name = $"{ServerTexts.Get("training.attendance.file")}-{session.Id}-{session.StartsAt:yyyy-MM-dd}";
            var list = Document(session, rows);
            switch (query.Format)
            {
                case "xlsx":
                    using (var buffer = new MemoryStream())
                    {
                        await list.WriteXlsxAsync(buffer, ct);
                        return new Response(buffer.ToArray(), XlsxType, name + ".xlsx");
                    }
                case "html":
                    return new Response(System.Text.Encoding.UTF8.GetBytes(list.Html()), "text/html; charset=utf-8", name + ".html");
                default:
                    using (var buffer = new MemoryStream())
                    {
                        // The CSV is the data: no signature column to sign on a screen.
                        await using (var csv = TabularFormats.Writer(TabularFormat.Csv, buffer, CsvSeparator.Parse(query.Separator)!.Value))
                        {
                            await csv.WriteHeaderAsync(list.Header.SkipLast(1).Select(h => new TabularColumn(h, "", "")).ToList(), ct);
                            foreach (var row in rows) await csv.WriteRowAsync(row.SkipLast(1).Cast<object?>().ToList(), ct);
                            await csv.CompleteAsync(ct);
                        }
                        return new Response(buffer.ToArray(), TabularFormats.ContentType(TabularFormat.Csv), name + ".csv");
                    }
            }
        }
    }

    /// <summary>The attendance list in the request's language.</summary>
    private static PrintedList Document(TrainingSessionResponse session, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var language = TextLanguage.Current;
        var culture = TextLanguage.Culture(language);
        var (start, end) = (OfficeTime.ToOffice(session.StartsAt), OfficeTime.ToOffice(session.EndsAt));
        var time = language == TextLanguage.English ? "HH:mm" : "HH.mm";
        var day = start.ToString("dddd, d MMMM yyyy", culture);
        if (start.Date != end.Date) day += " – " + end.ToString("dddd, d MMMM yyyy", culture);
        return new PrintedList(
            ServerTexts.Get("training.attendance.sheet"),
            ServerTexts.Get("training.attendance.title"),
            ServerTexts.Get("training.attendance.issuer"),
            [
                (ServerTexts.Get("training.attendance.fact.title"), session.Title),
                (ServerTexts.Get("training.attendance.fact.topic"), ServerTexts.Get($"training.attendance.topic.{EnumText.Of(session.Topic)}")),
                (ServerTexts.Get("training.attendance.fact.date"), ServerTexts.Get("training.attendance.when",
                    ("day", day), ("start", start.ToString(time, culture)), ("end", end.ToString(time, culture)))),
                (ServerTexts.Get("training.attendance.fact.venue"), $"{session.Venue} ({session.KecamatanName})"),
                (ServerTexts.Get("training.attendance.fact.trainer"), session.Trainer),
            ],
            Columns.Select(c => ServerTexts.Get($"training.attendance.column.{c}")).ToList(),
            rows,
            Widths,
            HandwrittenColumns: 1,
            language);
    }
}
