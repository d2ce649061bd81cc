using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Training;

/// <summary>
/// /api/v1/training-sessions (with their registrations), /api/v1/businesses/{id}/trainings and
/// /api/v1/training-reports. Each use case maps its own route.
/// </summary>
public sealed class TrainingGroup : IEndpointGroup
{
    private const string Tag = "Training";

    public void Map(IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/training-sessions").WithTags(Tag).Versioned("Training session", "TrainingSessions");
        ListTrainingSessions.Map(sessions);
        GetTrainingSession.Map(sessions);
        PlanTrainingSession.Map(sessions);
        UpdateTrainingSession.Map(sessions);
        ChangeTrainingSessionStatus.Map(sessions);

        var registrations = sessions.MapGroup("/{id}/registrations");
        ListRegistrations.Map(registrations);
        ExportRegistrations.Map(registrations);
        GetRegistration.Map(registrations);
        RegisterForTraining.Map(registrations);
        CancelRegistration.Map(registrations);

        RecordAttendance.Map(sessions);

        ListBusinessTrainings.Map(app.MapGroup("/businesses").WithTags(Tag));

        var reports = app.MapGroup("/training-reports").WithTags(Tag);
        ListUntrainedBusinesses.Map(reports);
        GetAttendanceReport.Map(reports);
        GetEkatalogEffect.Map(reports);
    }
}
