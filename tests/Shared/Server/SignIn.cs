using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Testing;

/// <summary>
/// Signing in as the API's clients do, over any HTTP client (the in-memory server, Kestrel, a center process): the
/// admin the center creates on first start, and one user per role and unit made through the admin API.
/// </summary>
public static class SignIn
{
    public const string AdminPassword = "admin-password-for-tests";
    public const string UserPassword = "user-password-for-tests";

    /// <summary>What a test center starts with: a known admin password, no second factor required, and no limit on
    /// sign-ins, which tests make by the dozen from one address and often as one name (the limits' own tests set them).
    /// The intake's per-token limit stays at its default, so that every test runs under it.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Monitoring:Auth:BootstrapAdminPassword"] = AdminPassword,
        ["Monitoring:Auth:TwoFactorRoles"] = "none",
        ["Monitoring:Limits:SignInPerAddress"] = "0",
        ["Monitoring:Limits:SignInPerUserName"] = "0",
        // Tests open many cases of one category at one spot and count them apart; the linking tests turn it back on.
        ["Monitoring:Linking:Automatic"] = "false",
        // Today's tests are about Polda Metro Jaya's center; the national ones ask for "all" or another Polda themselves.
        ["Monitoring:Jurisdiction:Polda"] = "polda-metro-jaya",
    };

    public static string UserName(string role, string? unitId) => unitId is null ? role : $"{role}.{unitId}";

    public static string DisplayName(string role, string? unitId) => $"Uji {role} {unitId}".TrimEnd();

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName} → {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates the user of this role and unit (once; a second time finds it there) and signs them in.</summary>
    public static async Task<string> UserTokenAsync(HttpClient client, string role, string? unitId)
    {
        if (role == "admin" && unitId is null) return await TokenAsync(client, "admin", AdminPassword);
        var admin = await TokenAsync(client, "admin", AdminPassword);
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/admin/users")
        {
            Content = JsonContent.Create(new
            {
                userName = UserName(role, unitId), displayName = DisplayName(role, unitId), password = UserPassword, role, unitId,
            }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        var created = await client.SendAsync(create);
        Assert.True(created.IsSuccessStatusCode || created.StatusCode == System.Net.HttpStatusCode.Conflict,
            $"creating {UserName(role, unitId)} → {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return await TokenAsync(client, UserName(role, unitId), UserPassword);
    }

    public static HttpClient Carrying(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
