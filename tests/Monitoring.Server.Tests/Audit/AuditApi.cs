using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Audit;

/// <summary>Reading the trail as the auditor does, and waiting for a line the writer has not written yet.</summary>
public static class AuditApi
{
    public static async Task<JsonElement> PageAsync(HttpClient admin, string query = "")
    {
        var response = await admin.GetAsync("/api/admin/audit?" + query);
        Assert.True(response.IsSuccessStatusCode, $"GET /api/admin/audit?{query} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement[] Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    /// <summary>The newest line of <paramref name="action"/> (about <paramref name="target"/>, when given), once written.</summary>
    public static async Task<JsonElement> LineAsync(HttpClient admin, string action, string? target = null, Func<JsonElement, bool>? where = null)
    {
        var query = $"action={Uri.EscapeDataString(action)}" + (target is null ? "" : $"&target={Uri.EscapeDataString(target)}");
        var page = await Eventually.Until(() => PageAsync(admin, query),
            p => Items(p).Any(i => i.GetProperty("action").GetString() == action && (where?.Invoke(i) ?? true)), what: $"a line {action} {target}");
        return Items(page).First(i => i.GetProperty("action").GetString() == action && (where?.Invoke(i) ?? true));
    }

    /// <summary>Information calls from as many callers, all at once; their statuses.</summary>
    public static async Task<HttpStatusCode[]> IntakeFloodAsync(Api api, int calls, string numberPrefix)
    {
        await api.Client.TokenAsync();
        return await Task.WhenAll(Enumerable.Range(0, calls).Select(async i =>
            (await api.Client.PostAsJsonAsync("/api/interactions", new { callerNumber = $"{numberPrefix}{i:D6}", kind = "information" })).StatusCode));
    }

    public static string Text(this JsonElement line, string name) => line.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : line.GetProperty(name).ToString();
}
