using System.Net;
using System.Text;
using MedanUmkm.Api.Features.Imports;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MedanUmkm.Api.Tests.Features.Imports;

/// <summary>Two API processes on one database: each import job is claimed, and run, by exactly one of them.</summary>
[Category("Api")]
public sealed class ImportTwoInstancesTests
{
    [Test]
    public async Task TwoInstancesOfferedTheSameJobs_RunEachJobOnce()
    {
        if (ApiFactory.OnSqlServer) Assert.Ignore("uses a SQLite file shared by two API instances");
        var directory = Path.Combine(Path.GetTempPath(), "medanumkm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory, "shared.db")}",
            ["Imports:Directory"] = Path.Combine(directory, "imports"),
        };
        try
        {
            await using var first = new ApiFactory(settings);
            var admin = await first.As(Roles.Admin);
            await using var second = new ApiFactory(settings);
            var secondQueue = second.Services.GetRequiredService<ImportQueue>(); // starts the second host and its worker

            // Every job is offered to both instances' workers, as a shared queue would.
            var ids = new List<int>();
            for (var i = 0; i < 8; i++)
            {
                var csv = ImportTestFiles.Csv(TestData.Business($"Usaha Dua Instans {i}"), TestData.Business());
                var response = await ImportTestFiles.Upload(admin, Encoding.UTF8.GetBytes(csv), $"umkm{i}.csv", dryRun: false);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
                var id = int.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
                secondQueue.Enqueue(id);
                ids.Add(id);
            }

            for (var wait = 0; wait < 600; wait++)
            {
                if (await first.ScalarAsync<long>("SELECT COUNT(*) FROM ImportJobs WHERE Status IN ('succeeded', 'failed')") == ids.Count) break;
                await Task.Delay(100);
            }

            Assert.That(await first.ScalarAsync<long>("SELECT COUNT(*) FROM ImportJobs WHERE Status = 'succeeded'"), Is.EqualTo(ids.Count));
            foreach (var id in ids)
            {
                Assert.That(await first.ScalarAsync<long>(
                    "SELECT COUNT(*) FROM AuditEvents WHERE EntityType = 'import' AND EntityId = @Id AND Action = 'committed'", new { Id = id.ToString() }),
                    Is.EqualTo(1), $"job {id} was committed once");
                Assert.That(await first.ScalarAsync<long>("SELECT CreatedCount FROM ImportJobs WHERE Id = @Id", new { Id = id }), Is.EqualTo(2),
                    $"job {id} was run once (a second run would find its rows already there)");
            }
            Assert.That(await first.ScalarAsync<long>("SELECT COUNT(*) FROM Businesses WHERE Name LIKE 'Usaha Dua Instans %'"), Is.EqualTo(ids.Count));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
