using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedanUmkm.Api.Tests.Infrastructure;

namespace MedanUmkm.Api.Tests.Features.Groups;

/// <summary>Bodies and shortcuts for groups, aid distributions and loan referrals.</summary>
public static class GroupTestData
{
    public static async Task<string> NewBusiness(HttpClient client, string? name = null) =>
        (await TestData.RegisterBusiness(client, TestData.Business(name))).Body.GetProperty("id").GetString()!;

    public static JsonObject Group(string leaderId, string? name = null, string kecamatan = "12.71.11", string kind = "sector_cluster") => new()
    {
        ["name"] = name ?? $"Kelompok Uji {TestData.Next()}",
        ["kind"] = kind,
        ["kecamatanCode"] = kecamatan,
        ["leaderBusinessId"] = leaderId,
        ["formedOn"] = "2023-05-02",
    };

    public static async Task<(JsonElement Body, string ETag)> Create(HttpClient client, string url, JsonObject body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>A group led by a new business; returns the group and its leader's id.</summary>
    public static async Task<(JsonElement Group, string ETag, string LeaderId)> NewGroup(HttpClient client, string kecamatan = "12.71.11", string? name = null)
    {
        var leader = await NewBusiness(client);
        var (g, etag) = await Create(client, "/api/v1/groups", Group(leader, name, kecamatan));
        return (g, etag, leader);
    }

    public static async Task AddMember(HttpClient client, string groupId, string businessId)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/groups/{groupId}/members", new { businessId });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    public static JsonObject AidBody(string groupId, string programme = "APBD Kota Medan", int budgetYear = 2025,
        string? handedOverOn = null, string? documentNumber = null, long unitValue = 18_500_000, int quantity = 2) => new()
    {
        ["groupId"] = groupId,
        ["items"] = new JsonArray(
            new JsonObject { ["name"] = "Mesin sangrai kopi 5 kg", ["quantity"] = quantity, ["unit"] = "unit", ["unitValueIdr"] = unitValue },
            new JsonObject { ["name"] = "Timbangan digital", ["quantity"] = 1, ["unit"] = "unit", ["unitValueIdr"] = 1_500_000L }),
        ["programme"] = programme,
        ["budgetYear"] = budgetYear,
        ["handedOverOn"] = handedOverOn,
        ["handoverDocumentNumber"] = documentNumber,
    };

    public static async Task<(JsonElement Body, string ETag)> Send(HttpClient client, HttpMethod method, string url, string etag, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.ToString());
    }

    /// <summary>Records aid to a group and marks it delivered on the given date.</summary>
    public static async Task<JsonElement> DeliveredAid(HttpClient client, string groupId, string handedOverOn,
        string programme = "APBD Kota Medan", int budgetYear = 2025, long unitValue = 18_500_000)
    {
        var (aid, etag) = await Create(client, "/api/v1/aid-distributions",
            AidBody(groupId, programme, budgetYear, handedOverOn, $"BAST/{TestData.Next()}/2025", unitValue));
        var (delivered, _) = await Send(client, HttpMethod.Post, $"/api/v1/aid-distributions/{aid.GetProperty("id").GetString()}/status",
            etag, new { to = "delivered" });
        return delivered;
    }

    public static JsonObject Loan(string businessId, string bank = "bri", string product = "kur_micro", long amount = 50_000_000,
        string? referredOn = "2025-01-10") => new()
    {
        ["businessId"] = businessId,
        ["bank"] = bank,
        ["product"] = product,
        ["amountRequestedIdr"] = amount,
        ["purpose"] = "Modal kerja pembelian bahan baku",
        ["referredOn"] = referredOn,
    };

    /// <summary>Refers a loan and moves it through the given statuses (amounts: approved = requested, disbursed = approved).</summary>
    public static async Task<JsonElement> LoanThrough(HttpClient client, JsonObject loan, params string[] statuses)
    {
        var (body, etag) = await Create(client, "/api/v1/loan-referrals", loan);
        var id = body.GetProperty("id").GetString()!;
        var amount = loan["amountRequestedIdr"]!.GetValue<long>();
        foreach (var to in statuses)
            (body, etag) = await Send(client, HttpMethod.Post, $"/api/v1/loan-referrals/{id}/status", etag,
                new { to, on = (string?)null, amountApprovedIdr = amount, amountDisbursedIdr = amount });
        return body;
    }
}
