using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Auth;

/// <summary>The sign-in calls the auth tests make, and reading problem details.</summary>
public static class AuthApi
{
    /// <summary>A new client sending <paramref name="token"/> as <c>Authorization: Bearer</c>.</summary>
    public static HttpClient Bearer(MonitoringFactory factory, string? token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> TokenAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { userName, password });

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, bool remember = false) =>
        client.PostAsJsonAsync("/api/auth/signin", new { userName, password, remember });

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The fields a validation problem names.</summary>
    public static async Task<string[]> FieldsAsync(HttpResponseMessage response) =>
        [.. (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name)];

    public static async Task<HttpResponseMessage> CreateUserAsync(HttpClient admin, string userName, string role, string? unitId = null,
        string password = MonitoringFactory.UserPassword) =>
        await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = userName, password, role, unitId });

    /// <summary>A client signed in on the page's cookie, holding the antiforgery token from /api/auth/me.</summary>
    public static async Task<(HttpClient Client, string Csrf)> CookieClientAsync(MonitoringFactory factory, string userName, string password)
    {
        var client = factory.CreateClient();
        var signIn = await SignInAsync(client, userName, password);
        Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
        var me = await JsonAsync(await client.GetAsync("/api/auth/me"));
        return (client, me.GetProperty("antiforgeryToken").GetString()!);
    }
}
