using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>Route table of /api/v1/reference.</summary>
public sealed class ReferenceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reference").WithTags("Reference");
        group.MapGet("/kecamatan", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return TypedResults.Ok(await sender.Send(new ListKecamatan.Query(), ct));
            })
            .WithName(nameof(ListKecamatan))
            .WithSummary("Medan's 21 kecamatan")
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/kelurahan", async ([AsParameters] ListKelurahan.Query query, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var list = await sender.Send(query, ct);
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return TypedResults.Ok(list);
            })
            .WithName(nameof(ListKelurahan))
            .WithSummary("Medan's kelurahan (Kemendagri codes), optionally of one kecamatan")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/kelurahan/unmatched", async ([AsParameters] ListUnmatchedKelurahan.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListUnmatchedKelurahan))
            .WithSummary("Businesses whose kelurahan text matches no kelurahan of their kecamatan")
            .WithDescription("What migration 163 could not match by name, and any name typed since without a code: for the office to fix by choosing the kelurahan.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/kbli", async ([AsParameters] ListKbli.Query query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName(nameof(ListKbli))
            .WithSummary("KBLI 2020 reference: search by code prefix or title")
            .WithDescription("Sections, divisions and the 5-digit codes the reference list holds (see README for its source); a business's code that is not listed is accepted with a warning.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapGet("/open-catalogue-categories", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListOpenCategories.Query(), ct)))
            .WithName(nameof(ListOpenCategories))
            .WithSummary("Product categories and whether the city's local e-katalog has them open")
            .RequireAuthorization(Policies.BusinessesRead);

        group.MapPut("/open-catalogue-categories", async ([Microsoft.AspNetCore.Mvc.FromBody] SetOpenCategories.Input body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SetOpenCategories.Command(body), ct)))
            .WithName(nameof(SetOpenCategories))
            .WithSummary("Set the categories open in the local e-katalog (admin)")
            .WithDescription("Replaces the list. Products of a closed category miss the category_open requirement. Audited; readiness is recomputed.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Admin);
    }
}
