using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;

namespace Monitoring.Testing;

/// <summary>The real server in memory on its own SQLite file; settings per test; restartable over the same file. A test that
/// reads the server's log lines passes a provider that keeps them.</summary>
public sealed class MonitoringFactory(string directory, IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The first admin's password (Monitoring:Auth:BootstrapAdminPassword) unless a test's settings say otherwise.</summary>
    public const string AdminPassword = SignIn.AdminPassword;

    /// <summary>The password of every person <see cref="ClientAsAsync"/> creates.</summary>
    public const string UserPassword = SignIn.UserPassword;

    private readonly ConcurrentDictionary<string, SignedInClient> _clients = new();

    public string Folder => directory;

    /// <summary>Serves on real Kestrel at 127.0.0.1 on a free port, for a real browser; returns the base address.</summary>
    public Uri StartKestrel(int port = 0)
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        _kestrel = new Uri(addresses.First());
        return _kestrel;
    }

    private Uri? _kestrel;

    /// <summary>A client of the in-memory server signed in as this role (and unit) from its first request; one per role and
    /// unit per factory, its person created through POST /api/admin/users.</summary>
    public SignedInClient ClientAs(string role, string? unitId = null)
    {
        // A scoped role without a unit gets the root of the tree, which sees every unit.
        unitId ??= Roles.Scoped.Contains(role) ? JurisdictionTree.Default.Root.Id.Value : null;
        return _clients.GetOrAdd($"{role}|{unitId}", _ => _kestrel is { } address
            ? SignedInClient.OverNetwork(address, role, unitId)
            : new(new SignedInHandler(() => CreateClient(), role, unitId) { InnerHandler = Server.CreateHandler() })
            {
                BaseAddress = Server.BaseAddress,
            });
    }

    public async Task<SignedInClient> ClientAsAsync(string role, string? unitId = null)
    {
        var client = ClientAs(role, unitId);
        await client.TokenAsync();
        return client;
    }

    /// <summary>The display name the signed-in clients' users are given: what the timeline shows for them.</summary>
    public static string DisplayNameOf(string role, string? unitId = null) => SignIn.DisplayName(role, unitId);

    /// <summary>The operator and manager clients an <see cref="Api"/> works with.</summary>
    public Api Api() => new(this, ClientAs("operator", "mabes"), ClientAs("manager"));

    public JsonSerializerOptions Json => Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var storage = TestStorage.For(directory);
        builder.UseSetting("Monitoring:Storage:Provider", storage.Provider.ToString());
        builder.UseSetting("Monitoring:Storage:ConnectionString", storage.ConnectionString);
        foreach (var (key, value) in SignIn.Settings.Concat(settings ?? new Dictionary<string, string?>())) builder.UseSetting(key, value);
        builder.ConfigureLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Warning);
            if (logs is not null) l.AddProvider(logs);
        });
        // Identity's 100,000 rounds are for stolen hashes; every test server hashes half a dozen passwords (the first
        // admin, the decoy, each signed-in client's person and sign-in), about 0.1 s each on this machine at full cost.
        // The same hasher and format run; the rounds are read back from each hash.
        builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>Rows in the journal: what "changes nothing" is measured by.</summary>
    public long JournalRows() => TestStorage.JournalRows(directory);

    public async Task<T> GetJsonAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>A client signed in as the first admin with a bearer access token.</summary>
    public async Task<HttpClient> AdminClientAsync() => await ClientAsAsync(Roles.Admin);

    /// <summary>A new client with the access token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> TokenClientAsync(string userName, string password)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(client, userName, password));
        return client;
    }

    public Task<string> AccessTokenAsync(HttpClient client, string userName, string password) => SignIn.TokenAsync(client, userName, password);
}
