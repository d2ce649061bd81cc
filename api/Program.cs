using MedanUmkm.Api.Benchmarking;
using MedanUmkm.Api.Demo;
using MedanUmkm.Api.Infrastructure.Auth;
using MedanUmkm.Api.Infrastructure.Database;
using MedanUmkm.Api.Infrastructure.Http;
using MedanUmkm.Api.Infrastructure.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.AddMedanLogging().AddMedanTelemetry();

builder.Services
    .AddMedanApi(builder.Configuration)
    .AddDatabase(builder.Configuration)
    .AddDemoData(builder.Configuration)
    .AddMedanAuth(builder.Configuration)
    .AddMedanRateLimiting(builder.Configuration)
    .AddMedanOpenApi();

var app = builder.Build();

app.UseMedanPipeline();
app.MapHealth();
app.MapMetrics();
app.MapFeatureEndpoints();
app.MapBareBenchmarkEndpoints();

await app.PrepareDatabaseAsync();
await app.SeedDemoDataAsync();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
