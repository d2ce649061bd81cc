using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>The categories open in the city's local e-katalog (a reference list the admin keeps).</summary>
public static class ListOpenCategories
{
    public static void Map(RouteGroupBuilder group) => group
        .MapGet("/open-catalogue-categories", (ISender sender, CancellationToken ct) => sender.Send(new Query(), ct))
        .WithName(nameof(ListOpenCategories))
        .WithSummary("Product categories and whether the city's local e-katalog has them open")
        .RequireAuthorization(Policies.BusinessesRead);

    public sealed record Query : IQuery<IReadOnlyList<OpenCategoryResponse>>;

    public sealed class Row
    {
        public string Category { get; init; } = "";
        public DateOnly? OpenedOn { get; init; }
    }

    public const string Sql = "SELECT Category, OpenedOn FROM OpenCatalogCategories";

    public sealed class Handler(DbSession db) : IQueryHandler<Query, IReadOnlyList<OpenCategoryResponse>>
    {
        public async ValueTask<IReadOnlyList<OpenCategoryResponse>> Handle(Query query, CancellationToken ct) => await LoadAsync(db, ct);
    }

    public static async Task<IReadOnlyList<OpenCategoryResponse>> LoadAsync(DbSession db, CancellationToken ct)
    {
        var open = (await db.QueryAsync<Row>(Sql, null, ct)).ToDictionary(r => r.Category);
        return Enum.GetValues<ProductCategory>()
            .Select(c => open.TryGetValue(EnumText.Of(c), out var r) ? new OpenCategoryResponse(c, true, r.OpenedOn) : new OpenCategoryResponse(c, false, null))
            .ToList();
    }
}
