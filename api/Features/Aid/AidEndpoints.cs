using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>Route table of /api/v1/aid-distributions, /api/v1/aid-reports and /api/v1/businesses/{id}/aid.</summary>
public sealed class AidEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/aid-distributions").WithTags("Aid distributions");

        group.MapGet("/", async ([AsParameters] ListAidDistributions.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListAidDistributions))
            .WithSummary("List aid distributions")
            .WithDescription("Paging, sort, and filters by group, kecamatan, programme, budget year and status.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        group.MapGet("/{id}", async (string id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var found = await sender.Send(new GetAidDistribution.Query(AidSql.ParseId(id)), ct);
                ETags.Set(http, found.Version);
                return TypedResults.Ok(found);
            })
            .WithName(nameof(GetAidDistribution))
            .WithSummary("Read one aid distribution (with ETag)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        group.MapPost("/", async ([FromBody] AidInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RecordAidDistribution.Command(body), ct);
                ETags.Set(http, created.Version);
                return TypedResults.Created($"/api/v1/aid-distributions/{created.Id}", created);
            })
            .WithName(nameof(RecordAidDistribution))
            .WithSummary("Plan aid to a group")
            .WithDescription("Aid goes to groups only. Starts as planned; the total is computed from the items. An inactive group is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPut("/{id}", async (string id, [FromBody] AidInput body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var aidId = AidSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Aid distribution", id, "AidDistributions", aidId);
                var updated = await sender.Send(new UpdateAidDistribution.Command(aidId, version, body), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UpdateAidDistribution))
            .WithSummary("Change planned aid (If-Match required)")
            .WithDescription("Delivered or cancelled aid is a 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPost("/{id}/status", async (string id, [FromBody] ChangeAidStatus.Body body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var aidId = AidSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Aid distribution", id, "AidDistributions", aidId);
                var changed = await sender.Send(new ChangeAidStatus.Command(aidId, version, body), ct);
                ETags.Set(http, changed.Version);
                return TypedResults.Ok(changed);
            })
            .WithName(nameof(ChangeAidStatus))
            .WithSummary("Mark aid delivered or cancelled (If-Match required)")
            .WithDescription("planned -> delivered | cancelled. delivered needs handedOverOn and handoverDocumentNumber " +
                             "(409 listing what is missing in 'missing'); any other move is a 409 listing the allowed ones.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapPut("/{id}/handover-document", async (string id, IFormFile file, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var aidId = AidSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Aid distribution", id, "AidDistributions", aidId);
                var content = Array.Empty<byte>();
                if (file.Length <= UploadHandoverDocument.MaxBytes)
                {
                    using var buffer = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(buffer, ct);
                    content = buffer.ToArray();
                }
                var updated = await sender.Send(new UploadHandoverDocument.Command(aidId, version, file.FileName, file.Length, content), ct);
                ETags.Set(http, updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName(nameof(UploadHandoverDocument))
            .WithSummary("Upload the signed handover document (multipart field 'file'; If-Match required)")
            .WithDescription("PDF, PNG or JPEG, recognised by content (415 otherwise), at most 5 MB (413). Stored in the database; replaces any earlier one.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(UploadHandoverDocument.MaxBytes + 64 * 1024))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        group.MapGet("/{id}/handover-document", async (string id, ISender sender, CancellationToken ct) =>
            {
                var document = await sender.Send(new GetHandoverDocument.Query(AidSql.ParseId(id)), ct);
                return TypedResults.File(document.Content, document.ContentType, document.FileName);
            })
            .WithName(nameof(GetHandoverDocument))
            .WithSummary("Download the handover document")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        var reports = app.MapGroup("/aid-reports").WithTags("Aid reports");

        reports.MapGet("/value", async ([AsParameters] AidValueReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(AidValueReport))
            .WithSummary("Value of delivered aid per group, kecamatan, programme or budget year")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/beneficiaries", async ([AsParameters] AidBeneficiariesReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(AidBeneficiariesReport))
            .WithSummary("Businesses that benefited from aid through their groups")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/groups-never-helped", async ([AsParameters] GroupsNeverHelpedReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(GroupsNeverHelpedReport))
            .WithSummary("Active groups that never had aid delivered")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        reports.MapGet("/groups-with-member-loans", async ([AsParameters] GroupsWithMemberLoansReport.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(GroupsWithMemberLoansReport))
            .WithSummary("Groups that got aid in a year, its value, and which members also got a bank loan")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.StaffRead);

        app.MapGroup("/businesses").WithTags("Aid distributions")
            .MapGet("/{id}/aid", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBusinessAid.Query(BusinessSql.ParseId(id)), ct)))
            .WithName(nameof(ListBusinessAid))
            .WithSummary("Aid received by a business through its groups")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);
    }
}
