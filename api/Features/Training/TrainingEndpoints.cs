using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Training;

/// <summary>Route table of /api/v1/training-sessions, /api/v1/training-reports and /api/v1/businesses/{id}/trainings.</summary>
public sealed class TrainingEndpoints : IEndpointGroup
{
    private const string Tag = "Training";

    public void Map(IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/training-sessions").WithTags(Tag);

        sessions.MapGet("/", async ([AsParameters] ListTrainingSessions.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListTrainingSessions))
            .WithSummary("List training sessions")
            .WithDescription("Paging, sort, and filters by quarter (e.g. 2027-Q1), topic, status, kecamatan and Jakarta start dates from/to.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        sessions.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var session = await sender.Send(new GetTrainingSession.Query(TrainingSql.ParseId(id)), ct);
                ETags.Set(http, session.Version);
                return TypedResults.Ok(session);
            })
            .WithName(nameof(GetTrainingSession))
            .WithSummary("Read one training session (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        sessions.MapPost("/", async ([FromBody] TrainingSessionInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new PlanTrainingSession.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/training-sessions/{created.Id}", created);
            })
            .WithName(nameof(PlanTrainingSession))
            .WithSummary("Plan a training session")
            .WithDescription("Times are ISO 8601 with offset (Asia/Jakarta is +07:00), stored in UTC and returned in +07:00; the quarter is derived from the Jakarta start date. The session starts as planned.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffWrite);

        sessions.MapPut("/{id}", async (string id, [FromBody] TrainingSessionInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var sessionId = TrainingSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Training session", id, "TrainingSessions", sessionId);
                var updated = await sender.Send(new UpdateTrainingSession.Command(sessionId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateTrainingSession))
            .WithSummary("Edit a planned or open session (If-Match required)")
            .WithDescription("Capacity may not drop below the confirmed seats (409 capacity_below_confirmed); raising it promotes waitlisted businesses. Completed and cancelled sessions are closed (409 session_closed).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        sessions.MapPost("/{id}/status", async (string id, [FromBody] ChangeTrainingSessionStatus.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var sessionId = TrainingSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Training session", id, "TrainingSessions", sessionId);
                var changed = await sender.Send(new ChangeTrainingSessionStatus.Command(sessionId, version, body), ct);
                ETags.Set(http, changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName(nameof(ChangeTrainingSessionStatus))
            .WithSummary("Change a session's status (If-Match required)")
            .WithDescription("Allowed moves: planned -> open | cancelled; open -> completed | cancelled. Anything else is a 409 invalid_transition naming the allowed moves; completing a session that has not started is a 409 session_not_started.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        var registrations = sessions.MapGroup("/{id}/registrations");

        registrations.MapGet("/", async (string id, [AsParameters] RegistrationListParameters p, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListRegistrations.Query(TrainingSql.ParseId(id), p.Page ?? 1, p.PageSize ?? 25, p.Sort, p.Status), ct)))
            .WithName(nameof(ListRegistrations))
            .WithSummary("List a session's registrations")
            .WithDescription("Filter by status (confirmed, waitlisted, cancelled). Phone numbers are masked unless the caller may see personal data.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        registrations.MapGet("/export", async (string id, string? format, ISender sender, CancellationToken ct) =>
            {
                var file = await sender.Send(new ExportRegistrations.Query(TrainingSql.ParseId(id), format), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName(nameof(ExportRegistrations))
            .WithSummary("Download a session's attendance list (format=csv or xlsx)")
            .WithDescription("Business name, owner, NIB, kecamatan, phone (masked unless the caller may see personal data), status and attendance of the confirmed and waitlisted registrations. CSV is UTF-8 with a byte order mark so that Excel shows Indonesian text correctly.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ExportRegistrations.XlsxType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        registrations.MapGet("/{registrationId}", async (string id, string registrationId, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var registration = await sender.Send(new GetRegistration.Query(TrainingSql.ParseId(id), TrainingSql.ParseId(registrationId, "Registration")), ct);
                ETags.Set(http, registration.Version);
                return TypedResults.Ok(registration);
            })
            .WithName(nameof(GetRegistration))
            .WithSummary("Read one registration (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        registrations.MapPost("/", async (string id, [FromBody] RegisterForTraining.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RegisterForTraining.Command(TrainingSql.ParseId(id), body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/training-sessions/{created.SessionId}/registrations/{created.Id}", created);
            })
            .WithName(nameof(RegisterForTraining))
            .WithSummary("Register a business for an open session")
            .WithDescription("One seat per business (409 already_registered). When the session is full: 409 session_full, or with waitlistIfFull 201 with status waitlisted and waitlistPosition. Only open sessions (409 session_not_open) and active businesses (409 business_inactive).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        MapCancel(registrations.MapDelete("/{registrationId}", Cancel), "CancelRegistration", "Cancel a registration (If-Match required)");
        MapCancel(registrations.MapPost("/{registrationId}/cancel", Cancel), "CancelRegistrationByPost", "Cancel a registration (POST form; If-Match required)");

        sessions.MapPut("/{id}/attendance", async (string id, [FromBody] List<RecordAttendance.Item> body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordAttendance.Command(TrainingSql.ParseId(id), body), ct)))
            .WithName(nameof(RecordAttendance))
            .WithSummary("Record attendance in bulk")
            .WithDescription("[{registrationId, attended, outcomeNote}] for confirmed registrations, once the session has started or is completed (409 session_not_started otherwise). Sending a registration again overwrites its record.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        app.MapGet("/businesses/{id}/trainings", async (string id, [AsParameters] HistoryParameters p, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBusinessTrainings.Query(BusinessSql.ParseId(id), p.Page ?? 1, p.PageSize ?? 25, p.Sort), ct)))
            .WithTags(Tag)
            .WithName(nameof(ListBusinessTrainings))
            .WithSummary("A business's training history")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        var reports = app.MapGroup("/training-reports").WithTags(Tag);

        reports.MapGet("/untrained", async ([AsParameters] ListUntrainedBusinesses.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListUntrainedBusinesses))
            .WithSummary("Active businesses with no attended training in the last N quarters")
            .WithDescription("The window is the current quarter (Asia/Jakarta) and the quarters-1 before it; a registration without attendance does not count as trained.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/attendance", async ([AsParameters] GetAttendanceReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(GetAttendanceReport))
            .WithSummary("Attendance rate per session and per quarter")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/ekatalog-effect", async ([AsParameters] GetEkatalogEffect.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(GetEkatalogEffect))
            .WithSummary("Share of trained vs. untrained businesses listed in the e-katalog within 6 months")
            .WithDescription("Listing date is approximated by the business's last update while its e-katalog status is listed (listingDateSource says so) until the e-katalog transition history exists.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<RegistrationResponse>> Cancel(
        string id, string registrationId, HttpContext http, ISender sender, CancellationToken ct)
    {
        var sessionId = TrainingSql.ParseId(id);
        var regId = TrainingSql.ParseId(registrationId, "Registration");
        var version = await ETags.RequireIfMatchAsync(http, "Registration", registrationId, "TrainingRegistrations", regId);
        var cancelled = await sender.Send(new CancelRegistration.Command(sessionId, regId, version), ct);
        ETags.Set(http, cancelled.Version);
        return TypedResults.Ok(cancelled);
    }

    private static void MapCancel(RouteHandlerBuilder route, string name, string summary) => route
        .WithName(name)
        .WithSummary(summary)
        .WithDescription("Only while the session is open. A freed confirmed seat goes to the first business on the waitlist.")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired)
        .RequireAuthorization(Policies.StaffWrite);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="registeredAt">registeredAt, businessName, status; prefix - for descending.</param>
    /// <param name="Status" example="confirmed">confirmed, waitlisted or cancelled.</param>
    public sealed record RegistrationListParameters(int? Page, int? PageSize, string? Sort, string? Status);

    /// <param name="Page" example="1">1-based page number.</param>
    /// <param name="PageSize" example="25">1 to 100.</param>
    /// <param name="Sort" example="-startsAt">startsAt or title; prefix - for descending.</param>
    public sealed record HistoryParameters(int? Page, int? PageSize, string? Sort);
}
