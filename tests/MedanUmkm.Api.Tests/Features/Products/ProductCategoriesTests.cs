using MedanUmkm.Api.Features.Products;

namespace MedanUmkm.Api.Tests.Features.Products;

/// <summary>Which KBLI codes fit a product category, without HTTP.</summary>
public sealed class ProductCategoriesTests
{
    [TestCase(ProductCategory.FoodBeverage, "10792", true)]
    [TestCase(ProductCategory.FoodBeverage, "56101", true)]
    [TestCase(ProductCategory.FoodBeverage, "14111", false)]
    [TestCase(ProductCategory.Fashion, "47711", true)] // retail covers every category
    [TestCase(ProductCategory.Furniture, "31001", true)]
    [TestCase(ProductCategory.Other, "99999", true)]
    public void Matches(ProductCategory category, string kbli, bool expected) =>
        Assert.That(ProductCategories.Matches(category, kbli, "2025"), Is.EqualTo(expected));

    [Test]
    public void Describe() =>
        Assert.That(ProductCategories.Describe(ProductCategory.Furniture), Is.EqualTo("31xxx or 46xxx or 47xxx"));
}
