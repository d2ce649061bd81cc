using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using MedanUmkm.Api.Infrastructure.Observability;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Infrastructure.Observability;

public sealed class TracingTests : ApiTest
{
    [Test]
    public async Task RegisteringABusiness_TracesTheHandlerAndItsStatements_ByName_WithoutValues()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var body = TestData.Business();
        var nik = body["ownerNik"]!.GetValue<string>();

        var response = await Officer.PostAsJsonAsync("/api/v1/businesses", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var traceId = response.Headers.GetValues("X-Request-Id").Single();

        var mine = stopped.Where(a => a.TraceId.ToString() == traceId).ToList();
        var handler = mine.SingleOrDefault(a => a.DisplayName == "RegisterBusiness.Command");
        Assert.That(handler, Is.Not.Null, string.Join(", ", mine.Select(a => a.DisplayName)));
        var statements = mine.Where(a => a.Kind == ActivityKind.Client).ToList();
        Assert.That(statements, Is.Not.Empty);
        Assert.That(statements.All(s => s.ParentSpanId == handler!.SpanId || IsBelow(s, handler!, mine)), Is.True,
            "every statement of the command runs inside the handler's activity");
        Assert.That(statements.Select(s => s.GetTagItem("db.operation.name")), Does.Contain("INSERT"));
        foreach (var activity in mine)
        {
            Assert.That(activity.DisplayName, Does.Not.Contain(nik).And.Length.LessThan(80));
            Assert.That(activity.TagObjects.Select(t => t.Value?.ToString() ?? ""), Has.None.Contain(nik));
        }
    }

    private static bool IsBelow(Activity activity, Activity ancestor, List<Activity> all)
    {
        for (var parent = activity.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId) return true;
            var next = all.FirstOrDefault(a => a.SpanId == parent);
            if (next is null) return false;
            parent = next.ParentSpanId;
        }
        return false;
    }

    [TestCase("SELECT IsActive, SecurityStamp FROM Users WHERE Id = @Id", "UserCheckSql", "UserCheckSql")]
    [TestCase("UPDATE ImportJobs SET Status = @Status", "ImportSql.FailSql", "ImportSql.FailSql")]
    [TestCase("  insert into [Businesses] (Name) VALUES (@Name)", "$\"INSERT INTO Businesses ...\"", "INSERT Businesses")]
    [TestCase("SELECT COUNT(*) FROM Users WHERE Email = 'rina@example.co.id'", "\"SELECT COUNT(*) FROM Users WHERE Email = 'rina@example.co.id'\"", "SELECT Users")]
    [TestCase("WITH x AS (SELECT 1) SELECT * FROM x", null, "WITH x")]
    public void StatementName_IsTheConstantOrTheFirstKeywordAndTable(string sql, string? expression, string expected) =>
        Assert.That(Telemetry.StatementName(sql, expression), Is.EqualTo(expected));
}
