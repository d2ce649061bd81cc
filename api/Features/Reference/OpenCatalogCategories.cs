using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Database;
using Mediator;
using MedanUmkm.Api.Infrastructure.Pipeline;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>A product category and whether the city's local catalogue has it open.</summary>
/// <param name="Category" example="food_beverage">Product category.</param>
/// <param name="Open" example="true">Open in the local catalogue: products of it can be listed.</param>
/// <param name="OpenedOn" example="2024-01-01">Since when (open ones).</param>
public sealed record OpenCategoryResponse(ProductCategory Category, bool Open, DateOnly? OpenedOn);

/// <summary>The categories open in the city's local e-katalog (a reference list the admin keeps).</summary>
public static class ListOpenCategories
{
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

/// <summary>Replaces the set of open categories; audited; readiness of every business is recomputed.</summary>
public static class SetOpenCategories
{
    /// <param name="Categories" example="[&quot;food_beverage&quot;,&quot;craft&quot;]">Every category open from now on.</param>
    public sealed record Input(IReadOnlyList<ProductCategory>? Categories);

    public sealed record Command(Input Body) : ICommand<IReadOnlyList<OpenCategoryResponse>>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.Categories).NotNull().OverridePropertyName("categories");
            RuleForEach(c => c.Body.Categories).IsInEnum().OverridePropertyName("categories");
        }
    }

    public sealed class Handler(DbSession db, AuditTrail audit, TimeProvider clock, BusinessChanges changes) : ICommandHandler<Command, IReadOnlyList<OpenCategoryResponse>>
    {
        private const string DeleteSql = "DELETE FROM OpenCatalogCategories WHERE Category NOT IN @Keep";
        private const string DeleteAllSql = "DELETE FROM OpenCatalogCategories";
        private const string InsertSql = """
            INSERT INTO OpenCatalogCategories (Category, OpenedOn)
            SELECT @Category, @OpenedOn WHERE NOT EXISTS (SELECT 1 FROM OpenCatalogCategories WHERE Category = @Category)
            """;

        public async ValueTask<IReadOnlyList<OpenCategoryResponse>> Handle(Command command, CancellationToken ct)
        {
            var before = await ListOpenCategories.LoadAsync(db, ct);
            var keep = command.Body.Categories!.Distinct().Select(c => EnumText.Of(c)).ToArray();
            if (keep.Length == 0) await db.ExecuteAsync(DeleteAllSql, null, ct);
            else await db.ExecuteAsync(DeleteSql, new { Keep = keep }, ct);
            var today = OfficeTime.Today(clock);
            await db.ExecuteAsync(InsertSql, keep.Select(c => new { Category = c, OpenedOn = today }), ct);
            var after = await ListOpenCategories.LoadAsync(db, ct);
            await audit.RecordAsync("open_catalog_categories", "local", "updated",
                new { open = before.Where(c => c.Open).Select(c => EnumText.Of(c.Category)).ToList() },
                new { open = after.Where(c => c.Open).Select(c => EnumText.Of(c.Category)).ToList() }, ct);
            changes.TouchAll();
            return after;
        }
    }
}
