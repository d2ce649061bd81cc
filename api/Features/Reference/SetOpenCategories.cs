using MedanUmkm.Api.Infrastructure.Http;
using FluentValidation;
using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Products;
using MedanUmkm.Api.Infrastructure.Audit;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>Replaces the set of open categories; audited; every stored readiness row is marked stale and recomputed by the refresh job.</summary>
public static class SetOpenCategories
{
    public static void Map(RouteGroupBuilder group) => group
        .MapPut("/open-catalogue-categories", ([FromBody] Input body, ISender sender, CancellationToken ct) =>
            sender.Send(new Command(body), ct))
        .WithName(nameof(SetOpenCategories))
        .WithSummary("Set the categories open in the local e-katalog (admin)")
        .WithDescription("Replaces the list. Products of a closed category miss the category_open requirement. Audited; stored readiness is marked stale and recomputed in the background within seconds.")
        .RequireAuthorization(Policies.Admin);

    /// <param name="Categories" example="[&quot;food_beverage&quot;,&quot;craft&quot;]">Every category open from now on.</param>
    public sealed record Input(IReadOnlyList<ProductCategory>? Categories);

    public sealed record Command(Input Body) : ICommand<IReadOnlyList<OpenCategoryResponse>>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Body.Categories).NotNull().MaxItems(Enum.GetValues<ProductCategory>().Length).OverridePropertyName("categories")
                .WithMessage("Each category may appear once.");
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
