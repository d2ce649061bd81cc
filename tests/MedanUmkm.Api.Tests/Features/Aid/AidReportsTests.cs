using System.Net;
using System.Text.Json;
using MedanUmkm.Api.Features.Groups;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MedanUmkm.Api.Tests.Features.Groups.GroupTestData;

namespace MedanUmkm.Api.Tests.Features.Aid;

/// <summary>AidValueReport, AidBeneficiariesReport, GroupsNeverHelpedReport and GroupsWithMemberLoansReport.</summary>
public sealed class AidReportsTests : ApiTest
{
    [Test]
    public async Task GroupsWithMemberLoans_AnswersWhichGroupsGotAidInTheYear_WorthHowMuch_AndWhichMembersGotALoan()
    {
        // Aid handed over in 2021 (a year used only by this test).
        var (group, _, leader) = await NewGroup(Officer, "12.71.19", "Klaster Bordir Petisah");
        var groupId = group.GetProperty("id").GetString()!;
        var borrower = await NewBusiness(Admin, "Bordir Kak Nur");
        var refused = await NewBusiness(Admin, "Bordir Ditolak");
        await AddMember(Officer, groupId, borrower);
        await AddMember(Officer, groupId, refused);
        var first = await DeliveredAid(Officer, groupId, "2021-03-10", budgetYear: 2021);
        var second = await DeliveredAid(Officer, groupId, "2021-09-01", "CSR Bank Sumut", 2021, unitValue: 1_000_000);
        await DeliveredAid(Officer, groupId, "2020-12-31", budgetYear: 2020);
        var (other, _, _) = await NewGroup(Officer);
        await DeliveredAid(Officer, other.GetProperty("id").GetString()!, "2022-01-01", budgetYear: 2022);
        var loan = await LoanThrough(Officer, Loan(borrower, "bank_sumut", "kur_micro", 75_000_000), "submitted", "approved", "disbursed");
        await LoanThrough(Officer, Loan(refused), "submitted", "rejected");
        await LoanThrough(Officer, Loan(leader), "submitted");

        var report = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/groups-with-member-loans?year=2021"), HttpStatusCode.OK);

        Assert.That(report.GetProperty("year").GetInt32(), Is.EqualTo(2021));
        Assert.That(report.GetProperty("groups").GetInt32(), Is.EqualTo(1));
        var line = report.GetProperty("items")[0];
        Assert.That(line.GetProperty("name").GetString(), Is.EqualTo("Klaster Bordir Petisah"));
        var expected = first.GetProperty("totalValueIdr").GetInt64() + second.GetProperty("totalValueIdr").GetInt64();
        Assert.That(line.GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(expected));
        Assert.That(report.GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(expected));
        Assert.That(line.GetProperty("distributions").GetArrayLength(), Is.EqualTo(2));
        Assert.That(line.GetProperty("distributions")[0].GetProperty("items")[0].GetProperty("name").GetString(), Is.EqualTo("Mesin sangrai kopi 5 kg"));
        var withLoans = line.GetProperty("membersWithLoans");
        Assert.That(withLoans.GetArrayLength(), Is.EqualTo(1), "only approved or disbursed loans count");
        Assert.That(withLoans[0].GetProperty("businessId").GetString(), Is.EqualTo(borrower));
        Assert.That(withLoans[0].GetProperty("loans")[0].GetProperty("id").GetString(), Is.EqualTo(loan.GetProperty("id").GetString()));
        Assert.That(withLoans[0].GetProperty("loans")[0].GetProperty("amountDisbursedIdr").GetInt64(), Is.EqualTo(75_000_000L));
        Assert.That(report.GetProperty("membersWithLoans").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task GroupsWithMemberLoans_IgnoresPlannedAid_AndWithoutCredentialsReturns401()
    {
        var (group, _, _) = await NewGroup(Officer);
        await Create(Officer, "/api/v1/aid-distributions", AidBody(group.GetProperty("id").GetString()!, handedOverOn: "2018-05-05"));

        var report = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/groups-with-member-loans?year=2018"), HttpStatusCode.OK);

        Assert.That(report.GetProperty("groups").GetInt32(), Is.EqualTo(0));
        await Expect(await Anonymous.GetAsync("/api/v1/aid-reports/groups-with-member-loans?year=2018"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Value_PerKecamatanProgrammeYearAndGroup_CountsDeliveredOnly()
    {
        // Budget year 2017 is used only by this test.
        var (a, _, _) = await NewGroup(Officer, "12.71.08", "Kelompok Nelayan Belawan");
        var (b, _, _) = await NewGroup(Officer, "12.71.08");
        var delivered1 = await DeliveredAid(Officer, a.GetProperty("id").GetString()!, "2017-04-01", "DAK", 2017);
        var delivered2 = await DeliveredAid(Officer, b.GetProperty("id").GetString()!, "2017-05-01", "APBD Kota Medan", 2017);
        await Create(Officer, "/api/v1/aid-distributions", AidBody(a.GetProperty("id").GetString()!, "DAK", 2017));
        var total = delivered1.GetProperty("totalValueIdr").GetInt64() + delivered2.GetProperty("totalValueIdr").GetInt64();

        var byKecamatan = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/value?by=kecamatan&year=2017"), HttpStatusCode.OK);
        Assert.That(byKecamatan.GetArrayLength(), Is.EqualTo(1));
        Assert.That(byKecamatan[0].GetProperty("key").GetString(), Is.EqualTo("12.71.08"));
        Assert.That(byKecamatan[0].GetProperty("label").GetString(), Is.EqualTo("Medan Belawan"));
        Assert.That(byKecamatan[0].GetProperty("distributions").GetInt32(), Is.EqualTo(2));
        Assert.That(byKecamatan[0].GetProperty("groups").GetInt32(), Is.EqualTo(2));
        Assert.That(byKecamatan[0].GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(total));

        var byProgramme = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/value?by=programme&year=2017"), HttpStatusCode.OK);
        Assert.That(byProgramme.EnumerateArray().Select(r => r.GetProperty("key").GetString()), Is.EquivalentTo(new[] { "DAK", "APBD Kota Medan" }));

        var byYear = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/value?by=year&year=2017"), HttpStatusCode.OK);
        Assert.That(byYear[0].GetProperty("key").GetString(), Is.EqualTo("2017"));
        Assert.That(byYear[0].GetProperty("totalValueIdr").GetInt64(), Is.EqualTo(total));

        var byGroup = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/value?by=group&year=2017"), HttpStatusCode.OK);
        Assert.That(byGroup.EnumerateArray().Select(r => r.GetProperty("label").GetString()), Does.Contain("Kelompok Nelayan Belawan"));

        await ExpectFieldError(await Viewer.GetAsync("/api/v1/aid-reports/value?by=bank"), "by");
    }

    [Test]
    public async Task Beneficiaries_AreMembersOfGroupsWithDeliveredAid()
    {
        // Handover year 2016 is used only by this test.
        var (group, _, leader) = await NewGroup(Officer, "12.71.21");
        var member = await NewBusiness(Admin);
        await AddMember(Officer, group.GetProperty("id").GetString()!, member);
        var aid = await DeliveredAid(Officer, group.GetProperty("id").GetString()!, "2016-08-17", budgetYear: 2016);
        var (plannedOnly, _, outsider) = await NewGroup(Officer, "12.71.21");
        await Create(Officer, "/api/v1/aid-distributions", AidBody(plannedOnly.GetProperty("id").GetString()!, handedOverOn: "2016-08-17"));

        var page = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/beneficiaries?year=2016"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        var ids = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessId").GetString()).ToList();
        Assert.That(ids, Is.EquivalentTo(new[] { leader, member }));
        Assert.That(ids, Does.Not.Contain(outsider));
        Assert.That(page.GetProperty("items")[0].GetProperty("groupAidValueIdr").GetInt64(), Is.EqualTo(aid.GetProperty("totalValueIdr").GetInt64()));
    }

    [Test]
    public async Task NeverHelped_ListsActiveGroupsWithoutDeliveredAid()
    {
        // Kecamatan Medan Maimun (12.71.15) is used only by this test.
        var (helped, _, _) = await NewGroup(Officer, "12.71.15", "Maimun Dibantu");
        await DeliveredAid(Officer, helped.GetProperty("id").GetString()!, "2024-02-02");
        var (plannedOnly, _, _) = await NewGroup(Officer, "12.71.15", "Maimun Baru Direncanakan");
        await Create(Officer, "/api/v1/aid-distributions", AidBody(plannedOnly.GetProperty("id").GetString()!));
        await NewGroup(Officer, "12.71.15", "Maimun Belum Pernah");

        var page = await Expect(await Viewer.GetAsync("/api/v1/aid-reports/groups-never-helped?kecamatan=12.71.15"), HttpStatusCode.OK);

        Assert.That(page.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Maimun Baru Direncanakan", "Maimun Belum Pernah" }));
    }
}

/// <summary>The groups, aid and loans demo seeder, on a database of its own (it counts everything it finds).</summary>
public sealed class AidDemoSeederTests : ApiTest
{
    [Test]
    public async Task DemoSeeder_CreatesGroupsAidAndLoans_ThatTheReportsAnswer()
    {
        var admin = Admin;
        for (var i = 0; i < 60; i++)
        {
            var body = TestData.Business();
            body["kecamatanCode"] = $"12.71.{i % 21 + 1:D2}";
            await TestData.RegisterBusiness(admin, body);
        }
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbSession>();
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<GroupsAidLoansDemoSeeder>().Single();
            Assert.That(seeder.Order, Is.EqualTo(50));
            await db.BeginAsync(default);
            await seeder.SeedAsync(db, new DemoContext(Clock.GetUtcNow()), default);
            await db.CommitAsync(default);
        }

        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM BusinessGroups"), Is.EqualTo(60));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AidDistributions"), Is.EqualTo(80));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM LoanReferrals"), Is.EqualTo(300));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM BusinessGroups g WHERE NOT EXISTS (SELECT 1 FROM BusinessGroupMembers m WHERE m.GroupId = g.Id AND m.BusinessId = g.LeaderBusinessId)"), Is.EqualTo(0));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM AidDistributions WHERE Status = 'delivered' AND (HandedOverOn IS NULL OR HandoverDocumentNumber IS NULL)"), Is.EqualTo(0));
        Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM LoanReferrals WHERE AmountApprovedIdr > AmountRequestedIdr OR AmountDisbursedIdr > AmountApprovedIdr"), Is.EqualTo(0));
        var rates = await Expect(await admin.GetAsync("/api/v1/loan-reports/approval-rates"), HttpStatusCode.OK);
        var approved = rates.EnumerateArray().Sum(r => r.GetProperty("approved").GetInt32());
        var rejected = rates.EnumerateArray().Sum(r => r.GetProperty("rejected").GetInt32());
        Assert.That((double)approved / (approved + rejected), Is.InRange(0.5, 0.85));
        // Last (WIB) year: a whole year of demo handovers, whatever the day (on 1 January this year has none yet).
        var report = await Expect(await admin.GetAsync($"/api/v1/aid-reports/groups-with-member-loans?year={Today.Year - 1}"), HttpStatusCode.OK);
        Assert.That(report.GetProperty("groups").GetInt32(), Is.GreaterThan(0));
        var never = await Expect(await admin.GetAsync("/api/v1/aid-reports/groups-never-helped"), HttpStatusCode.OK);
        Assert.That(never.GetProperty("totalCount").GetInt32(), Is.GreaterThan(0));
    }
}
