using MedanUmkm.Api.Domain;
using Mediator;
using MedanUmkm.Api.Infrastructure.Auth;

namespace MedanUmkm.Api.Features.Products;

/// <summary>The product categories and the KBLI prefixes that cover each (see <see cref="ProductCategories"/>).</summary>
public static class ListProductCategories
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/categories", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=3600";
                return await sender.Send(new Query(), ct);
            })
        .WithName(nameof(ListProductCategories))
        .WithSummary("Product categories with the KBLI prefixes that cover each")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query : IQuery<IReadOnlyList<CategoryResponse>>;

    /// <param name="Code" example="food_beverage">Category code used by products and filters.</param>
    /// <param name="KbliPrefixes" example="[&quot;10&quot;,&quot;11&quot;]">A business needs a KBLI starting with one of these to sell the category; empty = any KBLI.</param>
    public sealed record CategoryResponse(string Code, IReadOnlyList<string> KbliPrefixes);

    public sealed class Handler : IQueryHandler<Query, IReadOnlyList<CategoryResponse>>
    {
        public ValueTask<IReadOnlyList<CategoryResponse>> Handle(Query query, CancellationToken ct) =>
            ValueTask.FromResult<IReadOnlyList<CategoryResponse>>(ProductCategories.KbliPrefixes
                .Select(kv => new CategoryResponse(EnumText.Of(kv.Key), kv.Value)).ToList());
    }
}
