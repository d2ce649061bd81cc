using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Training;

/// <summary>Sessions and registrations for the training tests.</summary>
public static class TrainingTestData
{
    public static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    /// <summary>A valid session body starting at <paramref name="startsAt"/> (default: 30 days after the test run's start) for two hours.</summary>
    public static JsonObject Session(DateTimeOffset? startsAt = null, int capacity = 20, string topic = "packaging",
        string kecamatan = "12.71.01", string? title = null)
    {
        var start = (startsAt ?? TestClock.Start.AddDays(30)).ToOffset(Wib);
        return new JsonObject
        {
            ["title"] = title ?? $"Pelatihan Kemasan Produk {TestData.Next()}",
            ["topic"] = topic,
            ["description"] = "Desain kemasan, label halal dan informasi gizi.",
            ["trainer"] = "Dewi Lestari Nasution, S.E.",
            ["venue"] = "Aula Dinas Koperasi UKM, Jl. Gatot Subroto",
            ["kecamatanCode"] = kecamatan,
            ["startsAt"] = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["endsAt"] = start.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            ["capacity"] = capacity,
        };
    }

    public static async Task<(JsonElement Body, string ETag)> Plan(HttpClient client, JsonObject? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/training-sessions", body ?? Session());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    public static async Task<HttpResponseMessage> ChangeStatus(HttpClient client, string id, string etag, string to)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/training-sessions/{id}/status")
        {
            Content = JsonContent.Create(new { to }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    /// <summary>Plans a session and opens it; returns its id and current ETag.</summary>
    public static async Task<(string Id, string ETag)> PlanOpen(HttpClient client, JsonObject? body = null)
    {
        var (session, etag) = await Plan(client, body);
        var id = session.GetProperty("id").GetString()!;
        var opened = await ChangeStatus(client, id, etag, "open");
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK), await opened.Content.ReadAsStringAsync());
        return (id, opened.Headers.ETag!.ToString());
    }

    public static async Task<string> NewBusiness(HttpClient client, string kecamatan = "12.71.01", string? name = null)
    {
        var body = TestData.Business(name);
        body["kecamatanCode"] = kecamatan;
        var (business, _) = await TestData.RegisterBusiness(client, body);
        return business.GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> Register(HttpClient client, string sessionId, string businessId, bool waitlist = false) =>
        client.PostAsJsonAsync($"/api/v1/training-sessions/{sessionId}/registrations",
            new { businessId, waitlistIfFull = waitlist });

    public static async Task<JsonElement> Registered(HttpClient client, string sessionId, string businessId, bool waitlist = false)
    {
        var response = await Register(client, sessionId, businessId, waitlist);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> Attendance(HttpClient client, string sessionId, params object[] items) =>
        client.PutAsJsonAsync($"/api/v1/training-sessions/{sessionId}/attendance", items);
}
