using MedanUmkm.Api.Infrastructure.Http;

namespace MedanUmkm.Api.Features.Aid;

/// <summary>
/// /api/v1/aid-distributions (aid to groups), /api/v1/aid-reports and /api/v1/businesses/{id}/aid.
/// Each use case maps its own route.
/// </summary>
public sealed class AidGroup : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/aid-distributions").WithTags("Aid distributions").Versioned("Aid distribution", "AidDistributions");
        ListAidDistributions.Map(group);
        GetAidDistribution.Map(group);
        RecordAidDistribution.Map(group);
        UpdateAidDistribution.Map(group);
        ChangeAidStatus.Map(group);
        UploadHandoverDocument.Map(group);
        GetHandoverDocument.Map(group);

        var reports = app.MapGroup("/aid-reports").WithTags("Aid reports");
        AidValueReport.Map(reports);
        AidBeneficiariesReport.Map(reports);
        GroupsNeverHelpedReport.Map(reports);
        GroupsWithMemberLoansReport.Map(reports);

        ListBusinessAid.Map(app.MapGroup("/businesses").WithTags("Aid distributions"));
    }
}
