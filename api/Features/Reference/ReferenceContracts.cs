using MedanUmkm.Api.Features.Products;

namespace MedanUmkm.Api.Features.Reference;

/// <summary>A product category and whether the city's local catalogue has it open.</summary>
/// <param name="Category" example="food_beverage">Product category.</param>
/// <param name="Open" example="true">Open in the local catalogue: products of it can be listed.</param>
/// <param name="OpenedOn" example="2024-01-01">Since when (open ones).</param>
public sealed record OpenCategoryResponse(ProductCategory Category, bool Open, DateOnly? OpenedOn);
