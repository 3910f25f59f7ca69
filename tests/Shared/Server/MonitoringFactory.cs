using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;

namespace Monitoring.Testing;

/// <summary>The real server in memory on its own SQLite file; settings per test; restartable over the same file.</summary>
public sealed class MonitoringFactory(string directory, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The first admin's password (Monitoring:Auth:BootstrapAdminPassword) unless a test's settings say otherwise.</summary>
    public const string AdminPassword = "admin-password-for-tests";

    /// <summary>The password of every person <see cref="ClientAsAsync"/> creates.</summary>
    public const string UserPassword = "user-password-for-tests";

    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

    public string Folder => directory;

    /// <summary>Serves on real Kestrel at 127.0.0.1 on a free port, for a real browser; returns the base address.</summary>
    public Uri StartKestrel(int port = 0)
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public JsonSerializerOptions Json => Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var storage = TestStorage.For(directory);
        builder.UseSetting("Monitoring:Storage:Provider", storage.Provider.ToString());
        builder.UseSetting("Monitoring:Storage:ConnectionString", storage.ConnectionString);
        builder.UseSetting("Monitoring:Auth:BootstrapAdminPassword", AdminPassword);
        builder.UseSetting("Monitoring:Auth:TwoFactorRoles", "none");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Rows in the journal: what "changes nothing" is measured by.</summary>
    public long JournalRows() => TestStorage.JournalRows(directory);

    public async Task<T> GetJsonAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>A client signed in as the first admin with a bearer access token; made once per factory.</summary>
    public Task<HttpClient> AdminClientAsync() =>
        _clients.GetOrAdd(Roles.Admin, _ => new Lazy<Task<HttpClient>>(() => TokenClientAsync(AdminBootstrap.AdminUserName, AdminPassword))).Value;

    /// <summary>
    /// A client carrying the bearer access token of a person with <paramref name="role"/> (and <paramref name="unitId"/>),
    /// created through POST /api/admin/users once per role and unit per factory. A scoped role without a unit gets the
    /// root of the jurisdiction tree, which sees every unit.
    /// </summary>
    public Task<HttpClient> ClientAsAsync(string role, string? unitId = null) =>
        _clients.GetOrAdd($"{role}|{unitId}", _ => new Lazy<Task<HttpClient>>(() => NewPersonClientAsync(role, unitId))).Value;

    private async Task<HttpClient> NewPersonClientAsync(string role, string? unitId)
    {
        unitId ??= Roles.Scoped.Contains(role) ? JurisdictionTree.Default.Root.Id.Value : null;
        var userName = $"test-{role}-{unitId ?? "all"}";
        var admin = await AdminClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = $"Test {role}", password = UserPassword, role, unitId });
        Assert.True(created.IsSuccessStatusCode, $"POST /api/admin/users → {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return await TokenClientAsync(userName, UserPassword);
    }

    /// <summary>A new client with the access token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> TokenClientAsync(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(client, userName, password));
        return client;
    }

    public async Task<string> AccessTokenAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"POST /api/auth/token as {userName} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
