using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Catalog;

/// <summary>The new endpoints are in the OpenAPI document (the client's types are generated from it).</summary>
public sealed class CatalogOpenApiTests : ApiTest
{
    [Test]
    public async Task OpenApi_DocumentsProductReadinessWorkflowAndCatalogOperations()
    {
        var doc = await OpenApiDocumentAsync();
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _)))
            .Select(o => o.Value.GetProperty("operationId").GetString())
            .ToHashSet();

        Assert.That(operations, Is.SupersetOf(new[]
        {
            "CreateProduct", "ListBusinessProducts", "ListProducts", "GetProduct", "UpdateProduct", "DeleteProduct",
            "UploadProductPhoto", "GetProductPhoto", "DeleteProductPhoto", "ListProductCategories", "GetReadiness", "ListReadiness", "RecordTaxStatus",
            "ListTaxStatus", "TransitionEkatalog", "ListEkatalogTransitions", "ListCatalog", "GetCatalogProduct", "GetCatalogPhoto",
        }));
        var upload = doc.GetProperty("paths").GetProperty("/api/v1/products/{productId}/photos").GetProperty("post");
        Assert.That(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _), Is.True);
    }
}
