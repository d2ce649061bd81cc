using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class TrainingOpenApiTests : ApiTest
{
    [Test]
    public async Task OpenApi_DocumentsEveryTrainingOperation()
    {
        var doc = await OpenApiDocumentAsync();

        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object && o.Value.TryGetProperty("operationId", out _)))
            .Select(o => o.Value.GetProperty("operationId").GetString())
            .ToHashSet();
        Assert.That(operations, Is.SupersetOf(new[]
        {
            "ListTrainingSessions", "GetTrainingSession", "PlanTrainingSession", "UpdateTrainingSession", "ChangeTrainingSessionStatus",
            "ListRegistrations", "ExportRegistrations", "GetRegistration", "RegisterForTraining", "CancelRegistration",
            "CancelRegistrationByPost", "RecordAttendance", "ListBusinessTrainings", "ListUntrainedBusinesses",
            "GetAttendanceReport", "GetEkatalogEffect",
        }));
    }
}
