using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Monitoring.Testing;

/// <summary>The real server in memory on its own SQLite file; settings per test; restartable over the same file.</summary>
public sealed class MonitoringFactory(string directory, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
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
}

