using System.Net;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Groups;

public sealed class GroupsOpenApiTests : ApiTest
{
    [Test]
    public async Task OpenApiDocument_DescribesGroupsAidAndLoanOperations()
    {
        var doc = await OpenApiDocumentAsync();
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("operationId", out _))
                .Select(o => o.Value.GetProperty("operationId").GetString()))
            .ToHashSet();

        Assert.That(operations, Is.SupersetOf(new[]
        {
            "ListGroups", "CreateGroup", "UpdateGroup", "DeleteGroup", "AddGroupMember", "RemoveGroupMember", "ListBusinessGroups",
            "RecordAidDistribution", "ChangeAidStatus", "UploadHandoverDocument", "GetHandoverDocument", "ListBusinessAid",
            "AidValueReport", "AidBeneficiariesReport", "GroupsNeverHelpedReport", "GroupsWithMemberLoansReport",
            "ReferLoan", "ChangeLoanStatus", "ListBusinessLoanReferrals", "LoanApprovalRatesReport", "LoanDisbursementsByQuarterReport",
        }));
    }
}
