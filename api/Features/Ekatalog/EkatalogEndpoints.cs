using MedanUmkm.Api.Features.Businesses;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Ekatalog;

/// <summary>Route table of e-katalog readiness, tax status (KSWP) and the listing workflow.</summary>
public sealed class EkatalogEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var business = app.MapGroup("/businesses/{id}").WithTags("E-katalog");

        business.MapGet("/ekatalog-readiness", async (string id, DateOnly? asOf, HttpContext http, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetReadiness.Query(BusinessSql.ParseId(id), asOf, Language.Of(http.Request)), ct)))
            .WithName(nameof(GetReadiness))
            .WithSummary("E-katalog readiness checklist of a business, as of a date")
            .WithDescription("Each requirement of the catalogue (GET /api/v1/requirements?scope=ekatalog) with met / missing / expiring (within 30 days) / " +
                             "advisory / not_applicable, a reasonCode with reasonParams, a reason text (Accept-Language: id by default, or en), " +
                             "the rule version applied and its legal basis. asOf=YYYY-MM-DD evaluates the rules in force and the data on another day.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessesRead);

        business.MapPost("/tax-status", async (string id, [FromBody] RecordTaxStatus.Input body, ISender sender, CancellationToken ct) =>
            {
                var created = await sender.Send(new RecordTaxStatus.Command(BusinessSql.ParseId(id), body), ct);
                return TypedResults.Created($"/api/v1/businesses/{created.BusinessId}/tax-status", created);
            })
            .WithName(nameof(RecordTaxStatus))
            .WithSummary("Record a tax status confirmation (KSWP) check")
            .WithDescription("The latest check counts: current when valid, until the next annual return deadline (31 March individuals, 30 April entities). Recomputes readiness.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffWrite);

        business.MapGet("/tax-status", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListTaxStatus.Query(BusinessSql.ParseId(id)), ct)))
            .WithName(nameof(ListTaxStatus))
            .WithSummary("KSWP checks of a business, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        business.MapPost("/ekatalog-transitions", async (string id, [FromBody] TransitionEkatalog.Input body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var businessId = BusinessSql.ParseId(id);
                var version = await ETags.RequireIfMatchAsync(http, "Business", id, "Businesses", businessId);
                var entry = await sender.Send(new TransitionEkatalog.Command(businessId, version, body), ct);
                ETags.Set(http, entry.BusinessVersion);
                return TypedResults.Created($"/api/v1/businesses/{entry.BusinessId}/ekatalog-transitions", entry);
            })
            .WithName(nameof(TransitionEkatalog))
            .WithSummary("Move a business in the e-katalog workflow (If-Match of the business required)")
            .WithDescription("not_started -> preparing -> submitted -> listed; submitted -> rejected (reason) -> preparing; " +
                             "listed -> delisted (reason) -> preparing; preparing -> not_started. Other steps are a 409 naming the allowed ones; " +
                             "submitting a business that is not ready is a 409 naming what is missing. The response ETag is the business's new version.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(Policies.StaffWrite);

        business.MapGet("/ekatalog-transitions", async (string id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEkatalogTransitions.Query(BusinessSql.ParseId(id)), ct)))
            .WithName(nameof(ListEkatalogTransitions))
            .WithSummary("E-katalog history of a business, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.StaffRead);

        app.MapGet("/ekatalog-readiness", async ([AsParameters] ListReadiness.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithTags("E-katalog")
            .WithName(nameof(ListReadiness))
            .WithSummary("Businesses by e-katalog readiness")
            .WithDescription("Filters: ready=true|false, missing=halal (comma list, all missing), maxMissing=1 (almost ready), kecamatan, ekatalogStatus, q.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);
    }
}
