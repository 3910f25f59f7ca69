using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Monitoring.Server.Tests.Http;

/// <summary>
/// Real Kestrel on 127.0.0.1: X-Forwarded-For and X-Forwarded-Proto count only when the connection comes from a proxy
/// the settings name. What the pipeline took for the client's address is read as the answer starts, where the rate limits
/// and the audit trail read it.
/// </summary>
[Collection(nameof(ServerHosts))]
[StorageIndependent]
public sealed class ForwardedHeadersTests
{
    private const string Client = "203.0.113.7";

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("10.9.9.9", null, false)]
    [InlineData(null, "10.0.0.0/8", false)]
    [InlineData("127.0.0.1", null, true)]
    [InlineData(null, "127.0.0.0/8", true)]
    public async Task Forwarded_headers_are_believed_only_from_a_known_proxy(string? knownProxies, string? knownNetworks, bool believed)
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["AllowedHosts"] = "monitoring.test" };
        if (knownProxies is not null) settings["Monitoring:ForwardedHeaders:KnownProxies"] = knownProxies;
        if (knownNetworks is not null) settings["Monitoring:ForwardedHeaders:KnownNetworks"] = knownNetworks;
        var seen = new ConcurrentQueue<IPAddress?>();
        using var factory = new MonitoringFactory(folder.Path, settings);
        using var server = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressRecorder(seen))));
        server.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        async Task<(IPAddress? Seen, HttpResponseMessage Response)> SendAsync(string forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
            request.Headers.Host = "monitoring.test";
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            request.Headers.Add("X-Forwarded-Proto", "https");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (seen.Last(), response);
        }

        var (clientAddress, answer) = await SendAsync(Client);
        Assert.Equal(IPAddress.Parse(believed ? Client : "127.0.0.1"), clientAddress);
        // HTTPS through the proxy gets Strict-Transport-Security; a client's own claim to HTTPS does not.
        Assert.Equal(believed, answer.Headers.Contains("Strict-Transport-Security"));

        // Through a known proxy the client is the last address it did not name as a proxy: what the client wrote in
        // front of its own address is not believed.
        (clientAddress, _) = await SendAsync($"198.51.100.9, {Client}");
        Assert.Equal(IPAddress.Parse(believed ? Client : "127.0.0.1"), clientAddress);
    }

    private sealed class ClientAddressRecorder(ConcurrentQueue<IPAddress?> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // As the answer starts, before the client can read it: the pipeline has settled the address by then.
            app.Use((context, inner) =>
            {
                context.Response.OnStarting(() =>
                {
                    seen.Enqueue(context.Connection.RemoteIpAddress);
                    return Task.CompletedTask;
                });
                return inner(context);
            });
            next(app);
        };
    }
}
