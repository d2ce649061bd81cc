using MedanUmkm.Api.Domain;
using MedanUmkm.Api.Features.Training;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Training;

public sealed class TrainingDemoSeederTests : ApiTest
{
    private DateTimeOffset _now;

    [OneTimeSetUp]
    public async Task RunSeeder()
    {
        var context = new DemoContext(Now);
        _now = context.Now;
        for (var i = 0; i < 60; i++) context.BusinessIds.Add(int.Parse(await TrainingTestData.NewBusiness(Officer)));
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<TrainingDemoSeeder>().Single();
        Assert.That(seeder.Order, Is.EqualTo(30));
        await db.BeginAsync(CancellationToken.None);
        await seeder.SeedAsync(db, context, CancellationToken.None);
        await db.CommitAsync(CancellationToken.None);
    }

    [Test]
    public async Task Seeder_FillsEachOfTheLastEightQuartersWithSixToTenSessions()
    {
        var today = DateOnly.FromDateTime(_now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        for (var back = 1; back <= 8; back++)
        {
            var start = OfficeTime.QuarterStart(today, back);
            var quarter = OfficeTime.QuarterText(start.Year, (start.Month - 1) / 3 + 1);
            var count = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingSessions WHERE Quarter = @Quarter", new { Quarter = quarter });
            Assert.That(count, Is.InRange(6, 10), quarter);
            Assert.That(await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingSessions WHERE Quarter = @Quarter AND Status IN ('planned', 'open')",
                new { Quarter = quarter }), Is.EqualTo(0), quarter);
        }
    }

    [Test]
    public async Task Seeder_PlansNextQuarter()
    {
        var next = OfficeTime.QuarterStart(DateOnly.FromDateTime(_now.ToOffset(TimeSpan.FromHours(7)).DateTime), -1);
        var quarter = OfficeTime.QuarterText(next.Year, (next.Month - 1) / 3 + 1);

        var upcoming = await Expect(await Viewer.GetAsync($"/api/v1/training-sessions?quarter={quarter}"), System.Net.HttpStatusCode.OK);

        Assert.That(upcoming.GetProperty("totalCount").GetInt32(), Is.InRange(6, 10));
        Assert.That(upcoming.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("status").GetString()),
            Has.All.AnyOf("planned", "open"));
    }

    [Test]
    public async Task Seeder_AttendanceIsRealisticAndCapacityNeverExceeded()
    {
        var attended = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE Attended = 1");
        var recorded = await Factory.ScalarAsync<int>("SELECT COUNT(*) FROM TrainingRegistrations WHERE Attended IS NOT NULL");
        var overbooked = await Factory.ScalarAsync<int>("""
            SELECT COUNT(*) FROM TrainingSessions s
            WHERE (SELECT COUNT(*) FROM TrainingRegistrations r WHERE r.SessionId = s.Id AND r.Status = 'confirmed') > s.Capacity
            """);

        Assert.That(recorded, Is.GreaterThan(100));
        Assert.That((double)attended / recorded, Is.InRange(0.7, 0.9));
        Assert.That(overbooked, Is.EqualTo(0));
    }
}
