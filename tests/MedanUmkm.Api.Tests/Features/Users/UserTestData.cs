using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Users;

public static class UserTestData
{
    public const string Password = "Medan2026umkm";

    public static string Email() => $"staf{TestData.Next()}@medanumkm.go.id";

    /// <summary>Creates a user through the API as admin; returns id, e-mail and ETag.</summary>
    public static async Task<(string Id, string Email, string ETag)> CreateUser(HttpClient admin, string role, string? email = null)
    {
        email ??= Email();
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, name = "Rahmat Hidayat", role, password = Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetString()!, email, response.Headers.ETag!.ToString());
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password });
}
